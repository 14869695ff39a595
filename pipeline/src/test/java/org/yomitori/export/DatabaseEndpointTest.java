package org.yomitori.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yomitori.config.ConfigException;
import org.yomitori.testing.Releases;
import org.yomitori.testing.ScanFixtures;

/** Database endpoints into an embedded H2 "core system": exact rows, keys, types and My Numbers. */
class DatabaseEndpointTest {
    private static final String TABLE = """
            CREATE TABLE claims (
                doc_id       VARCHAR(100) PRIMARY KEY,
                name         VARCHAR(10) NOT NULL,
                birth        DATE,
                my_number    VARCHAR(12),
                account_type VARCHAR(10),
                released     TIMESTAMP WITH TIME ZONE,
                note         VARCHAR(20) DEFAULT 'none')""";

    @TempDir
    Path dir;
    private ExportFixture fx;
    private DeliveryService service;

    @BeforeEach
    void open() throws Exception {
        fx = new ExportFixture(dir);
        fx.core(TABLE);
    }

    @AfterEach
    void close() {
        if (service != null) {
            service.close();
        }
        fx.close();
    }

    private static String endpoint(String mode, String extra, String columns) {
        return """
                id: claims
                template: jidou_teate
                %s
                database:
                  table: claims
                  mode: %s
                  key: doc_id
                columns:
                  - {name: doc_id, meta: document_id}
                %s""".formatted(extra, mode, columns);
    }

    private static final String COLUMNS = """
              - {name: name, field: claimant_name}
              - {name: birth, field: claimant_birth_date}
              - {name: my_number, field: claimant_my_number}
              - {name: account_type, field: account_type}
              - {name: released, meta: released_at}
            """;

    private String release(Map<String, ?> values) {
        String id = Releases.store(fx.db, ExportFixture.TEMPLATES.byId(ScanFixtures.JIDOU_TEATE).orElseThrow(), values,
                "complete", fx.clock.instant());
        Releases.verifyAndRelease(fx.db, id, Map.of(), fx.clock.instant());
        return id;
    }

    private static Map<String, Object> claimant(String name) {
        return Map.of("claimant_name", name, "claimant_birth_date", "1990-02-03", "claimant_my_number", "123456789018",
                "account_type", "普通");
    }

    @Test
    void releasedRecordsBecomeExactlyTheseRowsWithMyNumbersMasked() throws Exception {
        fx.endpoint("claims", endpoint("upsert", "", COLUMNS));
        service = fx.service();
        String a = release(claimant("山田 花子"));

        assertEquals(1, service.deliverDue());

        assertEquals(List.of(a + "|山田 花子|1990-02-03|********9018|普通|2025-04-01T10:00+09:00|none"),
                fx.coreRows("SELECT doc_id, name, birth, my_number, account_type, released, note FROM claims"));
        assertEquals("delivered", fx.outboxState(a));
    }

    @Test
    void anEndpointThatAllowsMyNumbersWritesThemWhole() throws Exception {
        fx.endpoint("claims", endpoint("upsert", "allow_my_number: true", COLUMNS));
        service = fx.service();
        release(claimant("山田 花子"));

        service.deliverDue();

        assertEquals(List.of("123456789018"), fx.coreRows("SELECT my_number FROM claims"));
    }

    @Test
    void deliveringARecordAgainUpdatesItsRowInsteadOfAddingOne() throws Exception {
        fx.endpoint("claims", endpoint("upsert", "", COLUMNS));
        service = fx.service();
        String a = release(claimant("山田 花子"));
        service.deliverDue();
        fx.core("UPDATE claims SET name = 'changed'");
        // as if the delivery had been given up after writing: an administrator re-drives it
        fx.db.transaction(c -> c.createStatement().executeUpdate("UPDATE deliveries SET state = 'dead'"));

        assertTrue(service.redrive(service.deadLetters().get(0).id()));
        assertEquals(1, service.deliverDue());

        assertEquals(List.of(a + "|山田 花子"), fx.coreRows("SELECT doc_id, name FROM claims"));
    }

    @Test
    void insertModeLeavesAnExistingRowAlone() throws Exception {
        fx.endpoint("claims", endpoint("insert", "", COLUMNS));
        service = fx.service();
        String a = release(claimant("山田 花子"));
        fx.core("INSERT INTO claims (doc_id, name) VALUES ('" + a + "', 'kept')");

        assertEquals(1, service.deliverDue());

        assertEquals(List.of(a + "|kept"), fx.coreRows("SELECT doc_id, name FROM claims"));
    }

    @Test
    void aValueTheColumnCannotTakeGoesToTheDeadLettersNamingRecordAndField() throws Exception {
        fx.endpoint("claims", endpoint("upsert", "", COLUMNS));
        service = fx.service();
        String longName = release(claimant("寿限無寿限無五劫の擦り切れ"));
        String ok = release(claimant("山田 花子"));

        assertEquals(1, service.deliverDue());

        DeadLetter dead = service.deadLetters().get(0);
        assertEquals(longName, dead.documentId());
        assertEquals("too_long", dead.errorCode());
        assertEquals("document " + longName + ", field 'claimant_name' (column name): 13 characters do not fit column"
                + " NAME (CHARACTER VARYING(10))", dead.message());
        assertEquals(List.of(ok), fx.coreRows("SELECT doc_id FROM claims"));
    }

    @Test
    void aMappingTheTableCannotTakeStopsTheStartNamingTheColumn() throws Exception {
        fx.core("CREATE TABLE numbers (doc_id VARCHAR(100) PRIMARY KEY, phone INTEGER)");
        fx.endpoint("claims", endpoint("upsert", "", "  - {name: phone, field: claimant_phone}\n")
                .replace("table: claims", "table: numbers"));

        ConfigException e = assertThrows(ConfigException.class, fx::service);

        assertTrue(e.getMessage().contains("column PHONE (INTEGER) cannot take field 'claimant_phone' of type phone"),
                e.getMessage());
    }

    @Test
    void aMissingColumnOrAnUnfilledRequiredColumnStopsTheStart() throws Exception {
        fx.endpoint("claims", endpoint("upsert", "", "  - {name: nickname, field: claimant_name}\n"));
        assertTrue(assertThrows(ConfigException.class, fx::service).getMessage().contains("has no column 'nickname'"));

        fx.endpoint("claims", endpoint("upsert", "", "  - {name: birth, field: claimant_birth_date}\n"));
        assertTrue(assertThrows(ConfigException.class, fx::service).getMessage()
                .contains("requires column NAME (CHARACTER VARYING(10)) (NOT NULL, no default)"));
    }
}
