package org.yomitori.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yomitori.storage.AuditEntry;
import org.yomitori.storage.Database;
import org.yomitori.storage.StorageException;

/** The audit trail on a real H2 database: entries come back in order, and none can be changed or removed. */
class AuditTrailTest {
    private static final Instant AT = Instant.parse("2025-04-01T01:00:00Z");

    @TempDir
    Path dir;
    private Database db;
    private final AuditTrail audit = new AuditTrail();

    @BeforeEach
    void open() {
        db = Database.open("jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
        db.transaction(c -> {
            audit.document(c, "doc-1", AT, AuditTrail.SYSTEM, AuditTrail.READ, "needs_review", null);
            audit.field(c, "doc-1", AT.plusSeconds(60), "anna", AuditTrail.OVERRIDE, "postal", "postal_code",
                    "\"12-345\"", "\"12-34\"", "申請書の記載どおり");
            audit.account(c, "anna", AT, "admin", "role", "clerk", "verifier");
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aDocumentsHistoryIsItsEntriesInOrder() {
        List<AuditEntry> history = db.read(c -> audit.history(c, "doc-1"));

        assertEquals(List.of("read", "override"), history.stream().map(AuditEntry::kind).toList());
        AuditEntry change = history.get(1);
        assertEquals("anna", change.username());
        assertEquals("\"12-345\"", change.oldValue());
        assertEquals("\"12-34\"", change.newValue());
        assertEquals("申請書の記載どおり", change.reason());
        assertEquals(AT.plusSeconds(60), change.at());
        assertEquals("verifier", db.read(c -> audit.accountHistory(c, "anna")).get(0).newValue());
    }

    @Test
    void noEntryCanBeChangedOrRemovedEvenBySql() {
        for (String sql : List.of("UPDATE audit_trail SET new_value = '\"forged\"'", "DELETE FROM audit_trail",
                "DELETE FROM audit_trail WHERE kind = 'read'")) {
            StorageException e = assertThrows(StorageException.class, () -> db.transaction(c -> {
                try (Statement st = c.createStatement()) {
                    return st.executeUpdate(sql);
                }
            }), sql);
            assertTrue(e.getMessage().contains("append-only"), e.getMessage());
        }
        assertEquals(2, db.read(c -> audit.history(c, "doc-1")).size());
        assertEquals("\"12-34\"", db.read(c -> audit.history(c, "doc-1")).get(1).newValue());
    }
}
