package org.yomitori.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yomitori.config.ConfigException;
import org.yomitori.testing.PostgresCluster;
import org.yomitori.testing.Releases;
import org.yomitori.testing.ScanFixtures;

/**
 * A database endpoint on a real PostgreSQL server chosen by configuration alone
 * (yomitori.export.core-db.url/user). Skipped when the PostgreSQL server binaries are not installed.
 */
class PostgresEndpointTest {
    private static PostgresCluster postgres;

    @TempDir
    Path dir;
    private ExportFixture fx;
    private DeliveryService service;

    @BeforeAll
    static void startServer() throws Exception {
        postgres = PostgresCluster.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @BeforeEach
    void open() throws Exception {
        sql("DROP TABLE IF EXISTS claims");
        sql("""
                CREATE TABLE claims (
                    doc_id    VARCHAR(100) PRIMARY KEY,
                    name      VARCHAR(6) NOT NULL,
                    birth     DATE,
                    copies    INTEGER,
                    juminhyo  BOOLEAN,
                    released  TIMESTAMPTZ)""");
        fx = new ExportFixture(dir, "yomitori.export.core-db.url", postgres.url(), "yomitori.export.core-db.user",
                PostgresCluster.USER);
        fx.endpoint("claims", """
                id: claims
                template: juminhyo_request
                database: {table: claims, mode: upsert, key: doc_id}
                columns:
                  - {name: doc_id, meta: document_id}
                  - {name: name, field: applicant_name}
                  - {name: birth, field: applicant_birth_date}
                  - {name: copies, field: cert_juminhyo_copies}
                  - {name: juminhyo, field: cert_juminhyo}
                  - {name: released, meta: released_at}
                """);
    }

    @AfterEach
    void close() {
        if (service != null) {
            service.close();
        }
        fx.close();
    }

    private String release(String name) {
        String id = Releases.store(fx.db, ExportFixture.TEMPLATES.byId(ScanFixtures.JUMINHYO).orElseThrow(),
                Map.of("applicant_name", name, "applicant_birth_date", "1989-01-08", "cert_juminhyo_copies", "2",
                        "cert_juminhyo", true), "complete", fx.clock.instant());
        Releases.verifyAndRelease(fx.db, id, Map.of(), fx.clock.instant());
        return id;
    }

    @Test
    void releasedRecordsBecomeRowsInPostgresWithTypesAndCharactersIntact() throws Exception {
        service = fx.service();
        String a = release("𠮷田 花子");

        assertEquals(1, service.deliverDue());

        assertEquals(List.of(a + "|𠮷田 花子|1989-01-08|2|t|2025-04-01 01:00:00+00"),
                rows("SELECT doc_id, name, birth, copies, juminhyo, released AT TIME ZONE 'UTC' || '+00' FROM claims"));
    }

    @Test
    void aCrashAfterTheCommitAndARestartLeaveOneRow() throws Exception {
        String a = release("山田 花子");
        DeliveryService dying = fx.service((endpoint, ids) -> {
            throw new IllegalStateException("simulated crash after the commit");
        });
        assertThrows(IllegalStateException.class, dying::deliverDue);
        dying.close();

        service = fx.service();
        assertEquals(1, service.deliverDue());

        assertEquals(List.of(a + "|山田 花子"), rows("SELECT doc_id, name FROM claims"));
        assertEquals("delivered", fx.outboxState(a));
    }

    @Test
    void textLongerThanTheColumnIsADeadLetterAndTheMappingIsCheckedAgainstPostgres() throws Exception {
        service = fx.service();
        String tooLong = release("寿限無寿限無寿");

        service.deliverDue();

        assertEquals("too_long", service.deadLetters().get(0).errorCode());
        assertEquals(tooLong, service.deadLetters().get(0).documentId());
        assertTrue(rows("SELECT doc_id FROM claims").isEmpty());
        service.close();
        service = null;
        sql("ALTER TABLE claims ALTER COLUMN birth TYPE INTEGER USING NULL");
        ConfigException e = assertThrows(ConfigException.class, fx::service);
        assertTrue(e.getMessage().contains("column birth (int4) cannot take field 'applicant_birth_date' of type date"),
                e.getMessage());
    }

    private static void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(postgres.url(), PostgresCluster.USER, "");
             Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static List<String> rows(String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(postgres.url(), PostgresCluster.USER, "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    cells.add(rs.getString(i));
                }
                rows.add(String.join("|", cells));
            }
        }
        return rows;
    }
}
