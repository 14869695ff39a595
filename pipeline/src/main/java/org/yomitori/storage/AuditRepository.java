package org.yomitori.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The audit_trail table: insert and read only (the table itself refuses updates and deletes). */
public final class AuditRepository {
    private static final String COLUMNS =
            "id, document_id, subject, at, username, kind, field, field_type, old_value, new_value, reason";

    public void add(Connection c, AuditEntry e) throws SQLException {
        Jdbc.update(c, "INSERT INTO audit_trail (" + COLUMNS.substring("id, ".length()) + ") VALUES (?,?,?,?,?,?,?,?,?,?)",
                e.documentId(), e.subject(), e.at(), e.username(), e.kind(), e.field(), e.fieldType(), e.oldValue(),
                e.newValue(), e.reason());
    }

    /** A document's trail, oldest first. */
    public List<AuditEntry> forDocument(Connection c, String documentId) throws SQLException {
        return Jdbc.query(c, "SELECT " + COLUMNS + " FROM audit_trail WHERE document_id = ? ORDER BY id",
                AuditRepository::map, documentId);
    }

    /** Changes to an account, oldest first. */
    public List<AuditEntry> forAccount(Connection c, String username) throws SQLException {
        return Jdbc.query(c, "SELECT " + COLUMNS + " FROM audit_trail WHERE subject = ? ORDER BY id",
                AuditRepository::map, username);
    }

    private static AuditEntry map(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getString("document_id"), rs.getString("subject"),
                Jdbc.instant(rs, "at"), rs.getString("username"), rs.getString("kind"), rs.getString("field"),
                rs.getString("field_type"), rs.getString("old_value"), rs.getString("new_value"), rs.getString("reason"));
    }
}
