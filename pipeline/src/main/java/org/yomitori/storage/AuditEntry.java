package org.yomitori.storage;

import java.time.Instant;

/**
 * One line of the audit trail.
 *
 * @param id         database id (0 before it is stored)
 * @param documentId the document concerned, or null for an account change
 * @param subject    the account concerned by an account change, else null
 * @param username   who did it: a person, or {@code system} for the pipeline
 * @param kind       what happened (read, field, illegible, override, template, released, rejected, user...)
 * @param field      the field changed, or null
 * @param fieldType  the field's type when it was changed (so My Numbers stay masked), or null
 * @param oldValue   the value before (JSON text), or null
 * @param newValue   the value after (JSON text), or null
 * @param reason     why (an override or rejection reason), or null
 */
public record AuditEntry(long id, String documentId, String subject, Instant at, String username, String kind,
                         String field, String fieldType, String oldValue, String newValue, String reason) {
    @Override
    public String toString() { // values are personal data
        return "AuditEntry[" + id + ", " + documentId + ", " + kind + ", " + field + "]";
    }
}
