package org.yomitori.storage;

import java.time.Instant;

/**
 * One entry of the audit trail.
 *
 * @param scanId     the scan concerned, or null
 * @param documentId the document concerned, or null
 * @param kind       received, duplicate, refused, reading, done, error, requeued...
 * @param detail     ids, codes and counts only, never field values
 */
public record Event(long id, Long scanId, String documentId, Instant at, String kind, String detail) {
}
