package org.yomitori.export;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The deliveries table and the release_outbox rows it settles. */
final class DeliveryRepository {
    private static final String COLUMNS = "d.id, d.outbox_id, d.document_id, d.endpoint, d.state, d.attempts,"
            + " d.next_attempt_at, d.batch_id, d.error_code, d.error_field, d.error_message, d.updated_at, o.released_at";
    private static final String FROM = " FROM deliveries d JOIN release_outbox o ON o.id = d.outbox_id";

    /** A pending release_outbox row with no deliveries yet. */
    record Released(long outboxId, String documentId, String template) {
    }

    List<Released> unplanned(Connection c, int limit) throws SQLException {
        return Sql.query(c, "SELECT o.id, o.document_id, doc.template FROM release_outbox o"
                + " JOIN documents doc ON doc.id = o.document_id WHERE o.state = 'pending'"
                + " AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.outbox_id = o.id) ORDER BY o.id"
                + " FETCH FIRST ? ROWS ONLY", rs -> new Released(rs.getLong(1), rs.getString(2), rs.getString(3)), limit);
    }

    void add(Connection c, Released r, String endpoint, boolean held, Instant now) throws SQLException {
        Sql.update(c, "INSERT INTO deliveries (outbox_id, document_id, endpoint, state, next_attempt_at, created_at,"
                + " updated_at) SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS"
                + " (SELECT 1 FROM deliveries WHERE document_id = ? AND endpoint = ?)", r.outboxId(), r.documentId(),
                endpoint, held ? Delivery.HELD : Delivery.PENDING, now, now, now, r.documentId(), endpoint);
    }

    /** The outbox row is done when every delivery is, dead when one is dead, pending otherwise. */
    void settle(Connection c, long outboxId) throws SQLException {
        Sql.update(c, "UPDATE release_outbox SET state = CASE"
                + " WHEN EXISTS (SELECT 1 FROM deliveries WHERE outbox_id = ? AND state = 'dead') THEN 'dead'"
                + " WHEN NOT EXISTS (SELECT 1 FROM deliveries WHERE outbox_id = ? AND state <> 'delivered') THEN 'delivered'"
                + " ELSE 'pending' END WHERE id = ?", outboxId, outboxId, outboxId);
    }

    /** Batches that failed before (or were cut off by a crash) and are due again. */
    List<String> retryBatches(Connection c, String endpoint, Instant now) throws SQLException {
        return Sql.query(c, "SELECT DISTINCT batch_id FROM deliveries WHERE endpoint = ? AND state = 'pending'"
                + " AND batch_id IS NOT NULL AND next_attempt_at <= ? ORDER BY batch_id", rs -> rs.getString(1),
                endpoint, now);
    }

    List<Delivery> batch(Connection c, String batchId) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + FROM + " WHERE d.batch_id = ? AND d.state = 'pending' ORDER BY d.id",
                DeliveryRepository::map, batchId);
    }

    /** Pending deliveries of an endpoint that are due and not in a batch yet, oldest first. */
    List<Delivery> due(Connection c, String endpoint, Instant now, int limit) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + FROM + " WHERE d.endpoint = ? AND d.state = 'pending'"
                + " AND d.batch_id IS NULL AND d.next_attempt_at <= ? ORDER BY d.id FETCH FIRST ? ROWS ONLY",
                DeliveryRepository::map, endpoint, now, limit);
    }

    void assignBatch(Connection c, long id, String batchId) throws SQLException {
        Sql.update(c, "UPDATE deliveries SET batch_id = ? WHERE id = ?", batchId, id);
    }

    /** Counts an attempt before it starts, so one that crashes the process still counts. */
    void claim(Connection c, long id, Instant now) throws SQLException {
        Sql.update(c, "UPDATE deliveries SET attempts = attempts + 1, updated_at = ? WHERE id = ?", now, id);
    }

    void delivered(Connection c, long id, Instant now) throws SQLException {
        Sql.update(c, "UPDATE deliveries SET state = 'delivered', delivered_at = ?, updated_at = ?, error_code = NULL,"
                + " error_field = NULL, error_message = NULL WHERE id = ?", now, now, id);
    }

    void retryLater(Connection c, long id, Instant next, Failure f, Instant now) throws SQLException {
        Sql.update(c, "UPDATE deliveries SET next_attempt_at = ?, error_code = ?, error_field = ?, error_message = ?,"
                + " updated_at = ? WHERE id = ?", next, f.code(), f.field(), f.message(), now, id);
    }

    /** Gives up: the row leaves its batch, so a re-drive starts a new one. */
    void dead(Connection c, long id, Failure f, Instant now) throws SQLException {
        Sql.update(c, "UPDATE deliveries SET state = 'dead', batch_id = NULL, error_code = ?, error_field = ?,"
                + " error_message = ?, updated_at = ? WHERE id = ?", f.code(), f.field(), f.message(), now, id);
    }

    /** The export window opened: held deliveries of the endpoint are due now. */
    int releaseHeld(Connection c, String endpoint, Instant now) throws SQLException {
        return Sql.update(c, "UPDATE deliveries SET state = 'pending', next_attempt_at = ?, updated_at = ?"
                + " WHERE endpoint = ? AND state = 'held'", now, now, endpoint);
    }

    /** A dead delivery is tried again from scratch; its outbox row is pending again. */
    boolean redrive(Connection c, long id, Instant now) throws SQLException {
        return Sql.update(c, "UPDATE deliveries SET state = 'pending', attempts = 0, next_attempt_at = ?, batch_id = NULL,"
                + " error_code = NULL, error_field = NULL, error_message = NULL, updated_at = ? WHERE id = ?"
                + " AND state = 'dead'", now, now, id) > 0;
    }

    Optional<Delivery> find(Connection c, long id) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + FROM + " WHERE d.id = ?", DeliveryRepository::map, id).stream()
                .findFirst();
    }

    List<DeadLetter> dead(Connection c) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + ", doc.template FROM deliveries d"
                + " JOIN release_outbox o ON o.id = d.outbox_id JOIN documents doc ON doc.id = d.document_id"
                + " WHERE d.state = 'dead' ORDER BY d.updated_at DESC, d.id DESC", rs -> {
                    Delivery d = map(rs);
                    return new DeadLetter(d.id(), d.documentId(), d.endpoint(), rs.getString("template"), d.attempts(),
                            d.errorCode(), d.errorField(), d.errorMessage(), d.releasedAt(), d.updatedAt());
                });
    }

    /** Deliveries per state, e.g. {delivered=12, dead=1, held=3, pending=0}. */
    Map<String, Integer> counts(Connection c) throws SQLException {
        Map<String, Integer> out = new TreeMap<>();
        for (String state : List.of(Delivery.HELD, Delivery.PENDING, Delivery.DELIVERED, Delivery.DEAD)) {
            out.put(state, 0);
        }
        Sql.query(c, "SELECT state, COUNT(*) FROM deliveries GROUP BY state", rs -> out.put(rs.getString(1),
                rs.getInt(2)));
        return out;
    }

    private static Delivery map(ResultSet rs) throws SQLException {
        return new Delivery(rs.getLong("id"), rs.getLong("outbox_id"), rs.getString("document_id"),
                rs.getString("endpoint"), rs.getString("state"), rs.getInt("attempts"),
                Sql.instant(rs, "next_attempt_at"), rs.getString("batch_id"), rs.getString("error_code"),
                rs.getString("error_field"), rs.getString("error_message"), Sql.instant(rs, "updated_at"),
                Sql.instant(rs, "released_at"));
    }
}
