package org.yomitori.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The users table. Accounts are never deleted, only made inactive. */
public final class UserRepository {
    private static final String COLUMNS = "username, password_hash, role, active, created_at, updated_at";

    public long count(Connection c) throws SQLException {
        return Jdbc.query(c, "SELECT COUNT(*) FROM users", rs -> rs.getLong(1)).get(0);
    }

    public long activeAdmins(Connection c) throws SQLException {
        return Jdbc.query(c, "SELECT COUNT(*) FROM users WHERE role = 'admin' AND active", rs -> rs.getLong(1)).get(0);
    }

    public void insert(Connection c, User u) throws SQLException {
        Jdbc.update(c, "INSERT INTO users (" + COLUMNS + ") VALUES (?,?,?,?,?,?)", u.username(), u.passwordHash(),
                u.role(), u.active(), u.createdAt(), u.updatedAt());
    }

    public Optional<User> find(Connection c, String username) throws SQLException {
        return Jdbc.first(Jdbc.query(c, "SELECT " + COLUMNS + " FROM users WHERE username = ?", UserRepository::map,
                username));
    }

    public List<User> all(Connection c) throws SQLException {
        return Jdbc.query(c, "SELECT " + COLUMNS + " FROM users ORDER BY username", UserRepository::map);
    }

    public void setRole(Connection c, String username, String role, Instant at) throws SQLException {
        Jdbc.update(c, "UPDATE users SET role = ?, updated_at = ? WHERE username = ?", role, at, username);
    }

    public void setActive(Connection c, String username, boolean active, Instant at) throws SQLException {
        Jdbc.update(c, "UPDATE users SET active = ?, updated_at = ? WHERE username = ?", active, at, username);
    }

    public void setPasswordHash(Connection c, String username, String hash, Instant at) throws SQLException {
        Jdbc.update(c, "UPDATE users SET password_hash = ?, updated_at = ? WHERE username = ?", hash, at, username);
    }

    private static User map(ResultSet rs) throws SQLException {
        return new User(rs.getString("username"), rs.getString("password_hash"), rs.getString("role"),
                rs.getBoolean("active"), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at"));
    }
}
