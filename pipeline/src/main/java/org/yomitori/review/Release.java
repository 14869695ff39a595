package org.yomitori.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.yomitori.audit.AuditTrail;
import org.yomitori.record.DocumentRecord;
import org.yomitori.record.FieldResult;
import org.yomitori.record.FieldStatus;
import org.yomitori.record.RecordJson;
import org.yomitori.storage.DocumentRepository;
import org.yomitori.storage.ReleaseOutbox;
import org.yomitori.storage.ReviewDocument;
import org.yomitori.storage.ReviewRepository;
import org.yomitori.storage.StoredField;

/**
 * Releases a document once every field is {@code auto} or {@code verified}: its final record
 * (the record JSON shape, statuses as stored) replaces the stored one, the document becomes
 * {@code released}, the audit trail says who released it, and the release outbox gets its row —
 * all on the caller's transaction, so either all of it happens or none. A document with an open
 * field, or without a template, is never released.
 */
final class Release {
    static final ObjectMapper JSON = new ObjectMapper();

    private final DocumentRepository documents = new DocumentRepository();
    private final ReviewRepository review = new ReviewRepository();
    private final AuditTrail audit = new AuditTrail();

    /** Releases the document when nothing is open; true when it was released now. */
    boolean releaseIfDone(Connection tx, String documentId, String user, Instant at) throws SQLException {
        ReviewDocument d = review.find(tx, documentId).orElse(null);
        if (d == null || d.template() == null) {
            return false;
        }
        List<StoredField> fields = documents.fields(tx, documentId);
        if (fields.stream().anyMatch(f -> FieldStatus.REVIEW.id().equals(f.status()))) {
            return false;
        }
        List<FieldResult> results = fields.stream().map(Release::result).toList();
        DocumentRecord record = new DocumentRecord(d.id(), d.source(), d.pages(), d.template(),
                DocumentRecord.statusOf(d.template(), results), results);
        if (!review.release(tx, documentId, RecordJson.toPrettyJson(record), user, at)) {
            return false;
        }
        audit.document(tx, documentId, at, user, AuditTrail.RELEASED, ReviewDocument.RELEASED, null);
        ReleaseOutbox.enqueue(tx, documentId, at);
        return true;
    }

    private static FieldResult result(StoredField f) {
        double confidence = Math.max(0, Math.min(1, f.confidence()));
        return new FieldResult(f.name(), value(f.valueJson()), f.raw(), confidence, FieldStatus.fromId(f.status()),
                f.reasons());
    }

    /** A stored value back as a String, Boolean or List, as readers produce it. */
    static Object value(String json) {
        if (json == null) {
            return "";
        }
        try {
            Object v = JSON.readValue(json, Object.class);
            return v == null ? "" : v;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored field value is not JSON", e);
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a field value cannot be written as JSON", e);
        }
    }
}
