-- The demo "core system" table for samples/endpoints/jidou-teate-db.yaml, created in the embedded
-- H2 core database at start-up (yomitori.export.core-db.init-sql). A real core system has its own
-- tables: point yomitori.export.core-db.url at it and set init-sql empty.
CREATE TABLE IF NOT EXISTS jidou_teate_claims (
    document_id         VARCHAR(100) PRIMARY KEY,
    released_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    request_date        DATE,
    claimant_name       VARCHAR(100),
    claimant_kana       VARCHAR(100),
    claimant_birth_date DATE,
    postal_code         VARCHAR(8),
    address             VARCHAR(200),
    phone               VARCHAR(20),
    my_number           VARCHAR(12),
    bank_code           VARCHAR(4),
    branch_code         VARCHAR(3),
    account_type        VARCHAR(10),
    account_number      VARCHAR(7)
);
