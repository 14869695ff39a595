package org.yomitori.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The sessions table, read together with the session's user (role and whether still active). */
public final class SessionRepository {

    public void insert(Connection c, SessionRecord s) throws SQLException {
        Jdbc.update(c, "INSERT INTO sessions (id_hash, username, csrf_token, created_at, last_seen_at) VALUES (?,?,?,?,?)",
                s.idHash(), s.username(), s.csrfToken(), s.createdAt(), s.lastSeenAt());
    }

    public Optional<SessionRecord> find(Connection c, String idHash) throws SQLException {
        return Jdbc.first(Jdbc.query(c, "SELECT s.id_hash, s.username, u.role, u.active, s.csrf_token, s.created_at,"
                + " s.last_seen_at FROM sessions s JOIN users u ON u.username = s.username WHERE s.id_hash = ?",
                rs -> new SessionRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getString(5), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "last_seen_at")), idHash));
    }

    public void touch(Connection c, String idHash, Instant at) throws SQLException {
        Jdbc.update(c, "UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?", at, idHash);
    }

    public void delete(Connection c, String idHash) throws SQLException {
        Jdbc.update(c, "DELETE FROM sessions WHERE id_hash = ?", idHash);
    }

    /** Ends every session of a user except {@code keepIdHash} (may be null): after a password change or deactivation. */
    public int deleteForUser(Connection c, String username, String keepIdHash) throws SQLException {
        return Jdbc.update(c, "DELETE FROM sessions WHERE username = ? AND id_hash <> COALESCE(?, '')", username,
                keepIdHash);
    }

    /** Removes sessions unused since {@code idleBefore} or started before {@code startedBefore}. */
    public int deleteExpired(Connection c, Instant idleBefore, Instant startedBefore) throws SQLException {
        return Jdbc.update(c, "DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?", idleBefore, startedBefore);
    }
}
