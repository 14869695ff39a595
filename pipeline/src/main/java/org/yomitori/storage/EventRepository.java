package org.yomitori.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The events table: an append-only trail of what happened to scans and documents. */
public final class EventRepository {
    private static final String COLUMNS = "id, scan_id, document_id, at, kind, detail";

    public void add(Connection c, Long scanId, String documentId, Instant at, String kind, String detail)
            throws SQLException {
        Jdbc.update(c, "INSERT INTO events (scan_id, document_id, at, kind, detail) VALUES (?,?,?,?,?)",
                scanId, documentId, at, kind, detail);
    }

    /** A scan's events, oldest first. */
    public List<Event> forScan(Connection c, long scanId) throws SQLException {
        return Jdbc.query(c, "SELECT " + COLUMNS + " FROM events WHERE scan_id = ? ORDER BY id", EventRepository::map,
                scanId);
    }

    /** Events at or after {@code since}, newest first. */
    public List<Event> since(Connection c, Instant since) throws SQLException {
        return Jdbc.query(c, "SELECT " + COLUMNS + " FROM events WHERE at >= ? ORDER BY id DESC", EventRepository::map,
                since);
    }

    private static Event map(ResultSet rs) throws SQLException {
        return new Event(rs.getLong("id"), rs.getObject("scan_id", Long.class), rs.getString("document_id"),
                Jdbc.instant(rs, "at"), rs.getString("kind"), rs.getString("detail"));
    }
}
