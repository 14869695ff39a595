package org.yomitori.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The scans table: one row per dropped file and its state. */
public final class ScanRepository {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = "id, sha256, channel, original_name, archive_path, moved_to, duplicate_of, "
            + "size, format, page_count, state, reason_code, reason_message, attempts, received_at, updated_at, released_at";

    /**
     * Stores a new scan (its id is ignored). Returns empty when a scan with the same sha256 exists
     * already: two channels may receive the same content at the same moment.
     */
    public OptionalLong insert(Connection c, Scan s) throws SQLException {
        String sql = "INSERT INTO scans (" + COLUMNS.substring("id, ".length()) + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, s.sha256());
            ps.setString(2, s.channel());
            ps.setString(3, s.originalName());
            ps.setString(4, s.archivePath());
            ps.setString(5, s.movedTo());
            ps.setObject(6, s.duplicateOf(), Types.BIGINT);
            ps.setLong(7, s.size());
            ps.setString(8, s.format());
            ps.setObject(9, s.pageCount(), Types.INTEGER);
            ps.setString(10, s.state().id());
            ps.setString(11, s.reasonCode());
            ps.setString(12, s.reasonMessage());
            ps.setInt(13, s.attempts());
            ps.setObject(14, Jdbc.time(s.receivedAt()));
            ps.setObject(15, Jdbc.time(s.updatedAt()));
            ps.setObject(16, Jdbc.time(s.releasedAt()));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return OptionalLong.of(keys.getLong(1));
            }
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState()) && s.sha256() != null) {
                return OptionalLong.empty();
            }
            throw e;
        }
    }

    public Optional<Scan> find(Connection c, long id) throws SQLException {
        return Jdbc.first(query(c, "SELECT " + COLUMNS + " FROM scans WHERE id = ?", id));
    }

    public Optional<Scan> findBySha256(Connection c, String sha256) throws SQLException {
        return Jdbc.first(query(c, "SELECT " + COLUMNS + " FROM scans WHERE sha256 = ?", sha256));
    }

    /** Scans in a state, oldest first. */
    public List<Scan> inState(Connection c, ScanState state) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM scans WHERE state = ? ORDER BY id", state.id());
    }

    /** Scans received in [{@code from}, {@code to}), newest first. */
    public List<Scan> receivedBetween(Connection c, Instant from, Instant to) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM scans WHERE received_at >= ? AND received_at < ? ORDER BY id DESC",
                from, to);
    }

    /** Moves a scan from one state to another; false when it was not in {@code from} (someone else has it). */
    public boolean transition(Connection c, long id, ScanState from, ScanState to, Instant at) throws SQLException {
        return Jdbc.update(c, "UPDATE scans SET state = ?, updated_at = ? WHERE id = ? AND state = ?",
                to.id(), at, id, from.id()) == 1;
    }

    /** Starts reading a queued scan and counts the attempt; false when it is not queued (someone else has it). */
    public boolean claim(Connection c, long id, Instant at) throws SQLException {
        return Jdbc.update(c, "UPDATE scans SET state = 'reading', attempts = attempts + 1, updated_at = ?"
                + " WHERE id = ? AND state = 'queued'", at, id) == 1;
    }

    /** Marks a scan failed with the reason a clerk will read, and where its file was put. */
    public void markError(Connection c, long id, String reasonCode, String reasonMessage, String movedTo, Instant at)
            throws SQLException {
        Jdbc.update(c, "UPDATE scans SET state = 'error', reason_code = ?, reason_message = ?, moved_to = COALESCE(?, moved_to),"
                + " updated_at = ? WHERE id = ?", reasonCode, reasonMessage, movedTo, at, id);
    }

    /** Records that the dropped file left the drop folder: moved to {@code movedTo}, or deleted (null). */
    public void markReleased(Connection c, long id, String movedTo, Instant at) throws SQLException {
        Jdbc.update(c, "UPDATE scans SET moved_to = ?, released_at = ?, updated_at = ? WHERE id = ?", movedTo, at, at, id);
    }

    /** The latest scan whose file was set aside at {@code movedTo} (a data-relative path). */
    public Optional<Scan> findByMovedTo(Connection c, String movedTo) throws SQLException {
        return Jdbc.first(query(c, "SELECT " + COLUMNS + " FROM scans WHERE moved_to = ? ORDER BY id DESC", movedTo));
    }

    /**
     * Queues a scan that failed while being read once more, as a clerk asked: its attempts start
     * again from zero and its reason is cleared. False when it is not a failed, archived scan.
     */
    public boolean requeueFailed(Connection c, long id, Instant at) throws SQLException {
        return Jdbc.update(c, "UPDATE scans SET state = 'queued', attempts = 0, reason_code = NULL, reason_message = NULL,"
                + " moved_to = NULL, updated_at = ? WHERE id = ? AND state = 'error' AND archive_path IS NOT NULL",
                at, id) == 1;
    }

    private static List<Scan> query(Connection c, String sql, Object... args) throws SQLException {
        return Jdbc.query(c, sql, ScanRepository::map, args);
    }

    private static Scan map(ResultSet rs) throws SQLException {
        return new Scan(rs.getLong("id"), rs.getString("sha256"), rs.getString("channel"), rs.getString("original_name"),
                rs.getString("archive_path"), rs.getString("moved_to"), rs.getObject("duplicate_of", Long.class),
                rs.getLong("size"), rs.getString("format"), rs.getObject("page_count", Integer.class),
                ScanState.fromId(rs.getString("state")), rs.getString("reason_code"), rs.getString("reason_message"),
                rs.getInt("attempts"), Jdbc.instant(rs, "received_at"), Jdbc.instant(rs, "updated_at"),
                Jdbc.instant(rs, "released_at"));
    }
}
