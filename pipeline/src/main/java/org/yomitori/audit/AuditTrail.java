package org.yomitori.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.yomitori.storage.AuditEntry;
import org.yomitori.storage.AuditRepository;

/**
 * The append-only record of who changed what: every field change of a document (old and new
 * value, and the reason of an override), every change of a document's state, and account changes.
 * Written on the caller's transaction, so an entry exists exactly when its change was committed.
 */
public final class AuditTrail {
    /** The user name the pipeline acts under. */
    public static final String SYSTEM = "system";

    /** What an entry records. */
    public static final String READ = "read";
    public static final String FIELD = "field";
    public static final String ILLEGIBLE = "illegible";
    public static final String OVERRIDE = "override";
    public static final String TEMPLATE = "template";
    public static final String RELEASED = "released";
    public static final String REJECTED = "rejected";
    public static final String ACCOUNT = "account";

    private final AuditRepository entries = new AuditRepository();

    /** A change of a document's state (read, template picked, released, rejected); {@code detail} is the new state. */
    public void document(Connection tx, String documentId, Instant at, String user, String kind, String detail,
                         String reason) throws SQLException {
        entries.add(tx, new AuditEntry(0, documentId, null, at, user, kind, null, null, null, detail, reason));
    }

    /** A field's value changed from {@code oldJson} to {@code newJson} (JSON texts). */
    public void field(Connection tx, String documentId, Instant at, String user, String kind, String field,
                      String fieldType, String oldJson, String newJson, String reason) throws SQLException {
        entries.add(tx, new AuditEntry(0, documentId, null, at, user, kind, field, fieldType, oldJson, newJson, reason));
    }

    /** An account was created or changed; {@code what} is role, active, password or created. Never pass a password. */
    public void account(Connection tx, String subject, Instant at, String user, String what, String oldValue,
                        String newValue) throws SQLException {
        entries.add(tx, new AuditEntry(0, null, subject, at, user, ACCOUNT, what, null, oldValue, newValue, null));
    }

    /** A document's trail, oldest first. */
    public List<AuditEntry> history(Connection c, String documentId) throws SQLException {
        return entries.forDocument(c, documentId);
    }

    /** An account's changes, oldest first. */
    public List<AuditEntry> accountHistory(Connection c, String username) throws SQLException {
        return entries.forAccount(c, username);
    }
}
