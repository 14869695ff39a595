-- Verification: the document's version (optimistic locking: every change adds one, a save that
-- names an older version is refused), the verifier's claim on it (a lease that expires), and how
-- it left the queue (released or rejected, by whom, when, and a rejection's reason for the clerk).
ALTER TABLE documents ADD COLUMN version INT DEFAULT 0 NOT NULL;
ALTER TABLE documents ADD COLUMN lease_user VARCHAR(64);
ALTER TABLE documents ADD COLUMN lease_expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE documents ADD COLUMN closed_by VARCHAR(64);
ALTER TABLE documents ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE documents ADD COLUMN reject_reason VARCHAR(2000);
ALTER TABLE documents ADD CONSTRAINT ck_documents_status
    CHECK (status IN ('complete', 'needs_review', 'unidentified', 'released', 'rejected'));
CREATE INDEX ix_documents_status ON documents (status);
