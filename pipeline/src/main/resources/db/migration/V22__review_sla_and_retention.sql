-- Schedules (org.yomitori.schedule). review_overdue_at: when the SLA job found the document still
-- waiting for a person longer than yomitori.review.overdue-hours after its scan arrived (the
-- review queue shows such a document as overdue). images_deleted_at: when retention deleted the
-- page images and field crops of a released document; the record, its fields and the audit trail
-- stay.
ALTER TABLE documents ADD COLUMN review_overdue_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE documents ADD COLUMN images_deleted_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_documents_created ON documents (created_at);
CREATE INDEX ix_release_outbox_released ON release_outbox (released_at);
