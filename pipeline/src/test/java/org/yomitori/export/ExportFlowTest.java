package org.yomitori.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yomitori.app.YomitoriApp;
import org.yomitori.auth.Accounts;
import org.yomitori.review.FieldEdit;
import org.yomitori.review.ReviewService;
import org.yomitori.config.YomitoriConfig;
import org.yomitori.samples.ScanWriter;
import org.yomitori.storage.Database;
import org.yomitori.storage.DocumentRepository;
import org.yomitori.storage.Scan;
import org.yomitori.storage.ScanRepository;
import org.yomitori.storage.ScanState;
import org.yomitori.storage.StoredDocument;
import org.yomitori.template.Template;
import org.yomitori.template.TemplateRegistry;
import org.yomitori.testing.Poll;
import org.yomitori.testing.Releases;
import org.yomitori.testing.ScanFixtures;
import org.yomitori.testing.TestConfigs;

/**
 * Delivery end to end on the real application: a generated scan dropped in a channel is read by
 * the real stages, a verifier confirms its values through the review service (the last save
 * releases it with its outbox row), and the export route delivers it to Shift_JIS CSV, JSON and
 * XML files and an H2 "core system" table.
 */
class ExportFlowTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final Charset SJIS = Charset.forName("Shift_JIS");
    private static final Template FORM = ScanFixtures.template(ScanFixtures.JUMINHYO);
    /**
     * What a verifier confirms: the values are the verifier's, whatever the OCR read. The postal
     * code is written on the form with a digit missing, so the document always waits for a person
     * (its invalid code goes to review) and is released by the verifier's last save.
     */
    private static final Map<String, Object> VERIFIED = Map.of("application_date", "2019-05-01",
            "applicant_name", "山田 花子", "applicant_kana", "ヤマダ ハナコ", "applicant_birth_date", "1989-01-08",
            "applicant_postal_code", "123-4567", "requester_relation", "本人", "cert_juminhyo", true,
            "cert_juminhyo_copies", "2");
    private static final String CSV_HEADER = "受付番号,申請日,氏名,フリガナ,生年月日,郵便番号,関係,住民票,通数\r\n";

    @TempDir
    Path dir;
    private YomitoriApp app;
    private YomitoriConfig config;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
    private String csrf;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private void configure(String window) throws Exception {
        Path endpoints = dir.resolve("endpoints");
        Files.createDirectories(endpoints);
        Files.writeString(endpoints.resolve("a-sjis.yaml"), Endpoints.SJIS_CSV + window);
        Files.writeString(endpoints.resolve("b-db.yaml"), Endpoints.CORE_TABLE);
        Files.writeString(endpoints.resolve("c-json.yaml"), Endpoints.JSON);
        Files.writeString(endpoints.resolve("d-xml.yaml"), Endpoints.XML);
        Path init = Files.writeString(dir.resolve("core.sql"), Endpoints.CORE_SQL);
        config = TestConfigs.inFolder(dir.resolve("data"), "yomitori.export.endpoints.dirs", endpoints.toString(),
                "yomitori.export.core-db.init-sql", init.toString(), "yomitori.export.poll-ms", "200");
    }

    /** Drops the generated scan, waits until it is read, and returns its document's id. */
    private String readScan() throws Exception {
        Path inbox = config.intake().channels().get(0).folder();
        Map<String, Object> written = new java.util.HashMap<>(ScanFixtures.juminhyoValues());
        written.put("applicant_postal_code", "123-456");
        ScanFixtures.scan(inbox.resolve("申請書.png"), ScanFixtures.filled(FORM, written), ScanWriter.Format.PNG);
        Scan done = Poll.until(TIMEOUT, "the scan read", () -> app.database()
                .read(c -> new ScanRepository().inState(c, ScanState.DONE)).stream().findFirst().orElse(null));
        StoredDocument doc = app.database().read(c -> new DocumentRepository().forScan(c, done.id())).get(0);
        assertEquals("needs_review", doc.status(), "the invalid postal code waits for a person");
        return doc.id();
    }

    /**
     * A verifier claims the document and saves each value (the postal code last): the save that
     * closes the last open field releases the document, in one transaction with its outbox row.
     */
    private static void verify(Database db, YomitoriConfig config, String id, Map<String, Object> values) {
        ReviewService review = new ReviewService(db, TemplateRegistry.load(config.templateFolders()),
                (t, pages, documentId, source) -> {
                    throw new IllegalStateException("no template pick here");
                }, config.layout(), config.review(), config.reading().cropMarginPx(), Clock.systemUTC());
        int version = review.claim(id, "verifier1").version();
        String last = "applicant_postal_code";
        for (Map.Entry<String, Object> v : values.entrySet()) {
            if (!v.getKey().equals(last)) {
                version = review.save(id, v.getKey(), new FieldEdit(v.getValue(), version, false, null), "verifier1")
                        .version();
            }
        }
        assertTrue(review.save(id, last, new FieldEdit(values.get(last), version, false, null), "verifier1").released());
    }

    private void awaitOutbox(Database db, String documentId, String state) {
        Poll.until(TIMEOUT, "the release " + state, () -> state.equals(outboxState(db, documentId)));
    }

    @Test
    void aReadAndReleasedScanIsDeliveredToEveryEndpointExactly() throws Exception {
        configure("");
        app = YomitoriApp.start(config);
        String id = readScan();

        verify(app.database(), config, id, VERIFIED);
        awaitOutbox(app.database(), id, "delivered");
        Instant releasedAt = releasedAt(app.database(), id);

        String csv = CSV_HEADER + id + ",令和元年5月1日,山田 花子,ヤマダ ハナコ,19890108,123-4567,本人,1,2\r\n";
        Path csvFile = config.dataDir().resolve("out/sjis/juminhyo-sjis_" + id + ".csv");
        assertArrayEquals(csv.getBytes(SJIS), Files.readAllBytes(csvFile));
        assertEquals(csv, new String(Files.readAllBytes(csvFile), SJIS), "read back as Shift_JIS, CRLF kept");
        assertEquals(List.of(id + "|山田 花子|1989-01-08|2|TRUE|" + releasedAt.atZone(ZoneId.systemDefault())
                .toOffsetDateTime()), Endpoints.coreRows(config), "released_at in the server's zone");
        assertEquals("{\r\n  \"document\" : \"" + id + "\",\r\n  \"name\" : \"山田 花子\",\r\n"
                + "  \"birth\" : \"平成元年1月8日\"\r\n}\r\n",
                Files.readString(config.dataDir().resolve("out/json/juminhyo-json_" + id + ".json")));
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<records endpoint=\"juminhyo-xml\" template=\""
                + "juminhyo_request\">\n  <record document_id=\"" + id + "\">\n    <field name=\"氏名\">山田 花子</field>\n"
                + "    <field name=\"備考\">&lt;確認済&gt; &amp; 発送</field>\n  </record>\n</records>\n",
                Files.readString(config.dataDir().resolve("out/xml/juminhyo-xml_" + id + ".xml")));
    }

    @Test
    void aGaijiShiftJisCannotHoldIsADeadLetterRedrivenOnceTheEndpointCanTakeIt() throws Exception {
        configure("");
        app = YomitoriApp.start(config);
        String id = readScan();
        Map<String, Object> gaiji = new java.util.HashMap<>(VERIFIED);
        gaiji.put("applicant_name", "𠮷田 花子");

        verify(app.database(), config, id, gaiji);
        awaitOutbox(app.database(), id, "dead");

        loginAsAdmin();
        JsonNode dead = get("/api/deliveries/dead").get("dead");
        assertEquals(1, dead.size(), "only the Shift_JIS endpoint refuses it");
        assertEquals("juminhyo-sjis", dead.get(0).get("endpoint").asText());
        assertEquals("applicant_name", dead.get(0).get("error_field").asText());
        assertEquals("document " + id + ", field 'applicant_name' (column 氏名): character 1 of 5 cannot be written"
                + " in Shift_JIS", dead.get(0).get("message").asText());
        assertFalse(Files.exists(config.dataDir().resolve("out/sjis")), "nothing is written, not even half a file");

        // the core system now reads UTF-8: the administrator changes the endpoint, restarts, re-drives
        app.close();
        Files.writeString(dir.resolve("endpoints/a-sjis.yaml"), Endpoints.SJIS_CSV.replace("Shift_JIS", "UTF-8"));
        app = YomitoriApp.start(config);
        loginAsAdmin();
        assertEquals(200, post("/api/deliveries/" + dead.get(0).get("id").asLong() + "/redrive"));
        awaitOutbox(app.database(), id, "delivered");
        String csv = Files.readString(config.dataDir().resolve("out/sjis/juminhyo-sjis_" + id + ".csv"));
        assertTrue(csv.contains(",𠮷田 花子,"), "the 外字 intact");
        assertEquals(0, get("/api/deliveries/dead").get("dead").size());
        assertEquals(409, post("/api/deliveries/" + dead.get(0).get("id").asLong() + "/redrive"));
    }

    /** Thrown by the fault hook: the process "dies" between writing and marking. */
    private static final class Crash extends Error {
        Crash() {
            super("simulated crash after the write");
        }
    }

    @Test
    void aCrashBetweenWritingAndMarkingNeitherDuplicatesNorLosesARecord() throws Exception {
        configure("");
        app = YomitoriApp.start(config);
        String id = readScan();
        app.close();
        app = null;
        Set<String> crashed = new HashSet<>();
        DeliveryFaults crashOncePerEndpoint = (endpoint, ids) -> {
            if (crashed.add(endpoint)) {
                throw new Crash();
            }
        };
        try (Database db = Database.open(config.db().url(), config.db().user(), config.db().password())) {
            verify(db, config, id, VERIFIED);
            for (int run = 0; run < 2; run++) { // run 1 dies after the CSV file, run 2 after the core row
                DeliveryService dying = DeliveryService.start(ExportSettings.of(config), db,
                        TemplateRegistry.load(config.templateFolders()), Clock.systemDefaultZone(), crashOncePerEndpoint);
                assertThrows(Crash.class, dying::deliverDue);
                dying.close();
            }
            assertEquals(Set.of("juminhyo-sjis", "juminhyo-db"), crashed);
            assertEquals(1, Endpoints.coreRows(config).size(), "the row was committed before the crash");
            assertEquals("pending", outboxState(db, id));
        }

        app = YomitoriApp.start(config); // the restart
        awaitOutbox(app.database(), id, "delivered");

        List<String> rows = Endpoints.coreRows(config);
        assertEquals(1, rows.size(), "one row, not two");
        assertTrue(rows.get(0).startsWith(id + "|山田 花子|1989-01-08|2|TRUE|"), rows.get(0));
        assertEquals(List.of("juminhyo-sjis_" + id + ".csv"), fileNames(config.dataDir().resolve("out/sjis")));
        assertEquals(4, deliveredEvents(id), "each of the four endpoints marked once");
    }

    @Test
    void anExportWindowSendsHeldRecordsAsOneBatchAtItsCronAndARemovedWindowIsForgotten() throws Exception {
        configure("");
        Path endpoints = dir.resolve("endpoints");
        Files.writeString(endpoints.resolve("e-window.yaml"), Endpoints.XML.replace("juminhyo-xml", "window-xml")
                .replace("out/xml", "out/window").replace("format: xml", "format: xml, per: batch")
                + "window: [\"0 0 0 1 1 ? 2099\", \"* * * * * ?\"]\n");
        List<String> ids;
        try (Database db = Database.open(config.db().url(), config.db().user(), config.db().password())) {
            ids = List.of(storedRelease(db), storedRelease(db)); // both released before any window can open
        }
        app = YomitoriApp.start(config);

        for (String id : ids) {
            awaitOutbox(app.database(), id, "delivered");
        }

        List<String> batches = fileNames(config.dataDir().resolve("out/window"));
        assertEquals(1, batches.size(), "both records in one batch file: " + batches);
        String xml = Files.readString(config.dataDir().resolve("out/window").resolve(batches.get(0)));
        assertTrue(xml.contains(ids.get(0)) && xml.contains(ids.get(1)));
        assertEquals(List.of("window-xml-1", "window-xml-2"), windowTriggers());

        app.close();
        Files.delete(endpoints.resolve("e-window.yaml"));
        app = YomitoriApp.start(config);
        assertEquals(List.of(), windowTriggers());
    }

    /** A released document stored without OCR (the window test needs two at once). */
    private static String storedRelease(Database db) {
        String id = Releases.store(db, FORM, VERIFIED, "complete", Instant.now());
        Releases.verifyAndRelease(db, id, Map.of(), Instant.now());
        return id;
    }

    private List<String> windowTriggers() {
        return app.database().read(c -> {
            List<String> names = new java.util.ArrayList<>();
            var rs = c.createStatement().executeQuery(
                    "SELECT TRIGGER_NAME FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP = 'export-window' ORDER BY 1");
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        });
    }

    private long deliveredEvents(String documentId) {
        return app.database().read(c -> {
            try (var ps = c.prepareStatement("SELECT COUNT(*) FROM events WHERE document_id = ? AND kind = 'delivered'")) {
                ps.setString(1, documentId);
                var rs = ps.executeQuery();
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static List<String> fileNames(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Instant releasedAt(Database db, String documentId) {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT released_at FROM release_outbox WHERE document_id = ?")) {
                ps.setString(1, documentId);
                var rs = ps.executeQuery();
                rs.next();
                return rs.getObject(1, java.time.OffsetDateTime.class).toInstant();
            }
        });
    }

    static String outboxState(Database db, String documentId) {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT state FROM release_outbox WHERE document_id = ?")) {
                ps.setString(1, documentId);
                var rs = ps.executeQuery();
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    /** Creates the first administrator (as the setup page would) once, and logs in over HTTP. */
    private void loginAsAdmin() throws Exception {
        Accounts accounts = new Accounts(app.database(), config.auth(), Clock.systemUTC());
        accounts.startSetup().ifPresent(token -> accounts.setup(token, "admin", "correct horse battery"));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/api/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"admin\",\"password\":\"correct horse battery\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        csrf = new ObjectMapper().readTree(r.body()).get("csrfToken").asText();
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return new ObjectMapper().readTree(r.body());
    }

    private int post(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.webPort() + path);
    }
}
