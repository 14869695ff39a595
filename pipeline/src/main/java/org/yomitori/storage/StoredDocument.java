package org.yomitori.storage;

import java.time.Instant;
import java.util.List;

/**
 * A document as stored.
 *
 * @param id         the record's document_id
 * @param docIndex   0-based position of the document within its scan
 * @param template   template id, or null when unidentified
 * @param status     complete, needs_review or unidentified
 * @param pages      0-based page indexes within the scan
 * @param recordJson the record exactly as exported
 * @param exportedAt when its JSON was written to the outbox, or null
 */
public record StoredDocument(String id, long scanId, int docIndex, String template, String status, List<Integer> pages,
                             String recordJson, Instant createdAt, Instant exportedAt) {
    public StoredDocument {
        pages = List.copyOf(pages);
    }
}
