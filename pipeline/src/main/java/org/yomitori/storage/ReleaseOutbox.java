package org.yomitori.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The transactional outbox a released document is put in. Call {@link #enqueue} on the SAME
 * connection (transaction) that marks the document released: then a release is never lost and
 * never recorded twice (one row per document), whatever crashes afterwards.
 */
public final class ReleaseOutbox {
    private ReleaseOutbox() {
    }

    /** Adds the document once; enqueuing an already released document again changes nothing. */
    public static boolean enqueue(Connection tx, String documentId, Instant releasedAt) throws SQLException {
        try (PreparedStatement ps = tx.prepareStatement("""
                INSERT INTO release_outbox (document_id, released_at)
                SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM release_outbox WHERE document_id = ?)""")) {
            ps.setString(1, documentId);
            ps.setTimestamp(2, Timestamp.from(releasedAt));
            ps.setString(3, documentId);
            return ps.executeUpdate() > 0;
        }
    }
}
