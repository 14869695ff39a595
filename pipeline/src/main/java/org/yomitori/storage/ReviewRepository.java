package org.yomitori.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Documents' verification state: the queue, claims (leases), versions and how documents leave it.
 * Every change is a conditional UPDATE, so two verifiers racing for one document cannot both win.
 */
public final class ReviewRepository {
    private static final String OPEN = "d.status IN ('needs_review', 'unidentified')";
    private static final String SELECT = "SELECT d.id, d.scan_id, d.doc_index, d.template, d.status, d.pages, d.version,"
            + " d.lease_user, d.lease_expires_at, d.closed_by, d.closed_at, d.reject_reason, s.channel, s.original_name,"
            + " s.received_at, (SELECT COUNT(*) FROM fields f WHERE f.document_id = d.id AND f.status = 'review')"
            + " AS open_fields FROM documents d JOIN scans s ON s.id = d.scan_id";
    private static final String ORDER = " ORDER BY s.received_at, d.scan_id, d.doc_index";

    public Optional<ReviewDocument> find(Connection c, String id) throws SQLException {
        return Jdbc.first(Jdbc.query(c, SELECT + " WHERE d.id = ?", ReviewRepository::map, id));
    }

    /** Documents waiting for a person, oldest first; {@code template} and {@code channel} filter when not null. */
    public List<ReviewDocument> open(Connection c, String template, String channel) throws SQLException {
        StringBuilder sql = new StringBuilder(SELECT + " WHERE " + OPEN);
        List<Object> args = new ArrayList<>();
        if (template != null) {
            sql.append(" AND d.template = ?");
            args.add(template);
        }
        if (channel != null) {
            sql.append(" AND s.channel = ?");
            args.add(channel);
        }
        return Jdbc.query(c, sql + ORDER, ReviewRepository::map, args.toArray());
    }

    /** A scan's documents in order. */
    public List<ReviewDocument> forScan(Connection c, long scanId) throws SQLException {
        return Jdbc.query(c, SELECT + " WHERE d.scan_id = ? ORDER BY d.doc_index", ReviewRepository::map, scanId);
    }

    /** Claims an open document for {@code user} unless someone else holds a live claim; true when claimed. */
    public boolean claim(Connection c, String id, String user, Instant now, Instant expiresAt) throws SQLException {
        return Jdbc.update(c, "UPDATE documents d SET lease_user = ?, lease_expires_at = ? WHERE d.id = ? AND " + OPEN
                + " AND (d.lease_user IS NULL OR d.lease_user = ? OR d.lease_expires_at <= ?)",
                user, expiresAt, id, user, now) == 1;
    }

    public void unclaim(Connection c, String id, String user) throws SQLException {
        Jdbc.update(c, "UPDATE documents SET lease_user = NULL, lease_expires_at = NULL WHERE id = ? AND lease_user = ?",
                id, user);
    }

    /**
     * The first step of every change by a verifier: raises the version and extends the claim, only
     * when the document is open, {@code user} holds a live claim and {@code version} is current.
     * The row stays locked until the transaction ends. False when any condition fails.
     */
    public boolean advance(Connection c, String id, int version, String user, Instant now, Instant leaseUntil)
            throws SQLException {
        return Jdbc.update(c, "UPDATE documents d SET version = version + 1, lease_expires_at = ? WHERE d.id = ? AND "
                + OPEN + " AND d.version = ? AND d.lease_user = ? AND d.lease_expires_at > ?",
                leaseUntil, id, version, user, now) == 1;
    }

    public void updateField(Connection c, String documentId, String name, String valueJson, double confidence,
                            String status, List<String> reasons) throws SQLException {
        Jdbc.update(c, "UPDATE fields SET value_json = ?, confidence = ?, status = ?, reasons = ? WHERE document_id = ?"
                + " AND name = ?", valueJson, confidence, status, String.join(",", reasons), documentId, name);
    }

    /** Gives an unidentified document its template, status and record (its fields are inserted separately). */
    public void identify(Connection c, String id, String template, String status, String recordJson)
            throws SQLException {
        Jdbc.update(c, "UPDATE documents SET template = ?, status = ?, record_json = ? WHERE id = ?", template, status,
                recordJson, id);
    }

    public void deletePages(Connection c, String id) throws SQLException {
        Jdbc.update(c, "DELETE FROM page_images WHERE document_id = ?", id);
    }

    /** Marks a document released with its final record; false when it was not open or complete. */
    public boolean release(Connection c, String id, String recordJson, String user, Instant at) throws SQLException {
        return Jdbc.update(c, "UPDATE documents SET status = 'released', record_json = ?, closed_by = ?, closed_at = ?,"
                + " lease_user = NULL, lease_expires_at = NULL WHERE id = ? AND status IN ('needs_review', 'complete')",
                recordJson, user, at, id) == 1;
    }

    /** Marks an open document rejected; false when it was not open. */
    public boolean reject(Connection c, String id, String reason, String user, Instant at) throws SQLException {
        return Jdbc.update(c, "UPDATE documents d SET status = 'rejected', reject_reason = ?, closed_by = ?,"
                + " closed_at = ?, lease_user = NULL, lease_expires_at = NULL WHERE d.id = ? AND " + OPEN,
                reason, user, at, id) == 1;
    }

    private static ReviewDocument map(ResultSet rs) throws SQLException {
        String pages = rs.getString("pages");
        return new ReviewDocument(rs.getString("id"), rs.getLong("scan_id"), rs.getInt("doc_index"),
                rs.getString("template"), rs.getString("status"),
                pages == null || pages.isEmpty() ? List.of() : Arrays.stream(pages.split(",")).map(Integer::valueOf).toList(),
                rs.getInt("version"), rs.getString("lease_user"), Jdbc.instant(rs, "lease_expires_at"),
                rs.getString("closed_by"), Jdbc.instant(rs, "closed_at"), rs.getString("reject_reason"),
                rs.getString("channel"), rs.getString("original_name"), Jdbc.instant(rs, "received_at"),
                rs.getInt("open_fields"));
    }
}
