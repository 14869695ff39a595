package org.yomitori.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yomitori.config.DataLayout;
import org.yomitori.config.YomitoriConfig;
import org.yomitori.intake.ContentHash;
import org.yomitori.intake.ReasonFiles;
import org.yomitori.samples.ScanWriter;
import org.yomitori.storage.DocumentRepository;
import org.yomitori.storage.Event;
import org.yomitori.storage.EventRepository;
import org.yomitori.storage.Scan;
import org.yomitori.storage.ScanRepository;
import org.yomitori.storage.ScanState;
import org.yomitori.storage.StoredDocument;
import org.yomitori.storage.StoredField;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.Template;
import org.yomitori.testing.Poll;
import org.yomitori.testing.ScanFixtures;
import org.yomitori.testing.TestConfigs;

/**
 * The walking pipeline end to end: the real Camel context with the YAML routes from routes/, real
 * drop folders, the real reading stages and an H2 file database. Waits by polling the database.
 */
class PipelineFlowTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Template FORM = ScanFixtures.template(ScanFixtures.JUMINHYO);

    @TempDir
    Path dir;
    private YomitoriApp app;
    private YomitoriConfig config;
    private DataLayout layout;
    private final ScanRepository scans = new ScanRepository();
    private final DocumentRepository documents = new DocumentRepository();
    private final EventRepository events = new EventRepository();

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private void start() throws Exception {
        config = TestConfigs.inFolder(dir.resolve("data"));
        layout = config.layout();
        app = YomitoriApp.start(config);
    }

    private Path inbox(String channel) {
        return config.intake().channels().stream().filter(c -> c.name().equals(channel)).findFirst().orElseThrow().folder();
    }

    private List<Scan> scansIn(ScanState state) {
        return app.database().read(c -> scans.inState(c, state));
    }

    private List<Scan> waitFor(ScanState state, int count) {
        return Poll.until(TIMEOUT, count + " scan(s) " + state.id(), () -> {
            List<Scan> found = scansIn(state);
            return found.size() >= count ? found : null;
        });
    }

    private static BufferedImage filledForm() {
        return ScanFixtures.filled(FORM, ScanFixtures.juminhyoValues());
    }

    @Test
    void aFilledFormDroppedInEveryFormatBecomesARecordInTheOutboxAndTheDatabase() throws Exception {
        start();
        BufferedImage page = filledForm();
        List<ScanWriter.Format> formats = List.of(ScanWriter.Format.PNG, ScanWriter.Format.JPEG,
                ScanWriter.Format.TIFF_G4, ScanWriter.Format.PDF_JPEG, ScanWriter.Format.PDF_G4);
        for (ScanWriter.Format format : formats) {
            String channel = format.ordinal() % 2 == 0 ? "counter1" : "scanner1";
            ScanFixtures.scan(inbox(channel).resolve("申請書-" + format + "." + format.extension()), page, format);
        }

        List<Scan> done = waitFor(ScanState.DONE, formats.size());

        for (Scan scan : done) {
            assertRecordOf(scan);
        }
        assertEquals(List.of("jpeg", "pdf", "pdf", "png", "tiff"), done.stream().map(Scan::format).sorted().toList());
    }

    /** The outbox file, the stored record and its rows agree, and the form was read. */
    private void assertRecordOf(Scan scan) throws IOException {
        assertTrue(Files.isRegularFile(layout.resolve(scan.archivePath())), scan.originalName());
        assertTrue(Files.isRegularFile(layout.processed(scan.channel()).resolve(scan.originalName())));
        List<StoredDocument> docs = app.database().read(c -> documents.forScan(c, scan.id()));
        assertEquals(1, docs.size(), scan.originalName());
        StoredDocument doc = docs.get(0);
        Path outbox = layout.outbox(ScanFixtures.JUMINHYO).resolve(doc.id() + ".json");
        JsonNode record = JSON.readTree(outbox.toFile());
        assertEquals(JSON.readTree(doc.recordJson()), record);
        assertEquals(doc.id(), record.get("document_id").asText());
        assertEquals(scan.originalName(), record.get("source").asText());
        assertEquals("[0]", record.get("pages").toString());
        assertEquals(ScanFixtures.JUMINHYO, record.get("template").asText());
        JsonNode fields = record.get("fields");
        assertEquals("山田花子", fields.get("applicant_name").get("value").asText().replace(" ", ""), scan.originalName());
        assertEquals("1234567", fields.get("applicant_postal_code").get("value").asText().replace("-", ""));
        assertTrue(fields.get("cert_juminhyo").get("value").asBoolean());
        assertEquals("本人", fields.get("requester_relation").get("value").asText());
        List<StoredField> rows = app.database().read(c -> documents.fields(c, doc.id()));
        assertEquals(FORM.fields().stream().map(FieldSpec::name).toList(), rows.stream().map(StoredField::name).toList());
        assertTrue(rows.stream().allMatch(f -> f.cropPath() != null && Files.isRegularFile(layout.resolve(f.cropPath()))));
        assertEquals(1, app.database().read(c -> documents.pages(c, doc.id())).size());
    }

    @Test
    void brokenFilesGoToTheErrorFolderWithReasonsAndAGoodFileDroppedAfterThemIsStillRead() throws Exception {
        start();
        Path inbox = inbox("counter1");
        ScanFixtures.corruptPng(inbox.resolve("broken.png"));
        ScanFixtures.empty(inbox.resolve("empty.pdf"));
        waitFor(ScanState.ERROR, 2);
        Path hidden = ScanFixtures.publish(inbox.resolve(".half-written.png"), new byte[] {1});
        Path partial = ScanFixtures.publish(inbox.resolve("upload.pdf.part"), new byte[] {1});
        ScanFixtures.scan(inbox.resolve("good.png"), filledForm(), ScanWriter.Format.PNG);

        Scan good = waitFor(ScanState.DONE, 1).get(0);

        assertEquals("good.png", good.originalName());
        for (String name : List.of("broken.png", "empty.pdf")) {
            Path moved = layout.error("counter1").resolve(name);
            assertTrue(Files.isRegularFile(moved), name);
            assertTrue(Files.readString(ReasonFiles.reasonFileOf(moved)).startsWith("このファイルは処理されませんでした。"));
        }
        assertEquals(List.of("corrupt", "empty"), scansIn(ScanState.ERROR).stream().map(Scan::reasonCode).toList());
        assertTrue(Files.exists(hidden) && Files.exists(partial), "hidden and partial files are left alone");
        assertEquals(1, app.database().read(c -> documents.forScan(c, good.id())).size());
    }

    @Test
    void theSameScanDroppedTwiceMakesNoSecondDocument() throws Exception {
        start();
        ScanFixtures.scan(inbox("counter1").resolve("a.png"), filledForm(), ScanWriter.Format.PNG);
        Scan original = waitFor(ScanState.DONE, 1).get(0);
        byte[] same = Files.readAllBytes(layout.resolve(original.archivePath()));
        ScanFixtures.publish(inbox("scanner1").resolve("again.png"), same);

        Scan duplicate = waitFor(ScanState.DUPLICATE, 1).get(0);

        assertEquals(original.id(), duplicate.duplicateOf());
        Path moved = layout.duplicates("scanner1").resolve("again.png");
        assertTrue(Files.readString(ReasonFiles.reasonFileOf(moved)).contains("受付番号 " + original.id()));
        assertEquals(1, app.database().read(c -> documents.forScan(c, original.id())).size());
        assertEquals(1, outboxFiles().size());
        assertNull(duplicate.sha256());
    }

    @Test
    void aScanACrashLeftBeingReadIsReadExactlyOnceOnRestart() throws Exception {
        config = TestConfigs.inFolder(dir.resolve("data"));
        layout = config.layout();
        Path scanFile = ScanFixtures.scan(dir.resolve("crashed.png"), filledForm(), ScanWriter.Format.PNG);
        String sha = ContentHash.sha256(scanFile);
        Path archived = layout.archive().resolve(sha.substring(0, 2)).resolve(sha + ".png");
        Files.createDirectories(archived.getParent());
        Files.copy(scanFile, archived);
        long id = crashedScan(sha, layout.relative(archived), Files.size(scanFile));

        app = YomitoriApp.start(config);
        waitFor(ScanState.DONE, 1);

        List<String> trail = app.database().read(c -> events.forScan(c, id)).stream().map(Event::kind).toList();
        assertEquals(List.of("reading", "requeued", "reading", "document", "done"), trail);
        assertEquals(1, app.database().read(c -> documents.forScan(c, id)).size());
        assertEquals(1, outboxFiles().size());
        assertEquals(2, app.database().read(c -> scans.find(c, id)).orElseThrow().attempts());
    }

    @Test
    void theWebShowsTheDropsOfTheDayAndTheDocumentWithItsMyNumberMasked() throws Exception {
        start();
        Template form = ScanFixtures.template(ScanFixtures.JIDOU_TEATE);
        BufferedImage page = ScanFixtures.filled(form,
                java.util.Map.of("claimant_name", "山田 花子", "claimant_my_number", "123456789018"));
        ScanFixtures.scan(inbox("counter1").resolve("児童手当.pdf"), page, ScanWriter.Format.PDF_JPEG);
        ScanFixtures.corruptPng(inbox("counter1").resolve("broken.png"));
        Scan done = waitFor(ScanState.DONE, 1).get(0);
        waitFor(ScanState.ERROR, 1);
        String documentId = app.database().read(c -> documents.forScan(c, done.id())).get(0).id();

        JsonNode counter = http("/api/scans").get("channels").get(0);
        assertEquals(2, counter.get("scans").size());
        assertEquals(1, counter.get("counts").get("error").asInt());
        assertEquals("corrupt", counter.get("error_files").get(0).get("reason").get("code").asText());
        JsonNode doc = http("/api/documents/" + documentId);
        assertEquals(ScanFixtures.JIDOU_TEATE, doc.get("template").asText());
        JsonNode myNumber = null;
        for (JsonNode f : doc.get("fields")) {
            myNumber = f.get("name").asText().equals("claimant_my_number") ? f : myNumber;
        }
        String shown = myNumber.get("value").asText();
        assertTrue(shown.matches("\\*{8,}\\d{4}"), "only the last 4 digits are shown: " + shown);
        assertFalse(new String(get("/api/documents/" + documentId).body()).contains("12345678"));
        assertEquals(404, status("/api/documents/" + documentId + "/fields/claimant_my_number/crop.png"));
        assertEquals(200, status("/api/documents/" + documentId + "/fields/claimant_name/crop.png"));
        assertEquals(200, status("/api/documents/" + documentId + "/pages/0.png"));
    }

    private HttpClient clerk;

    /** A clerk's browser: the first admin is set up with the console token and creates the clerk's account. */
    private HttpClient clerk() throws Exception {
        if (clerk == null) {
            HttpClient admin = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
            String token = app.accounts().startSetup().orElseThrow();
            String csrf = JSON.readTree(post(admin, "/api/setup", null, java.util.Map.of("token", token,
                    "username", "admin", "password", "a long admin passphrase")).body()).get("csrfToken").asText();
            post(admin, "/api/users", csrf, java.util.Map.of("username", "clerk", "password", "a long clerk passphrase",
                    "role", "clerk"));
            clerk = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
            post(clerk, "/api/login", null, java.util.Map.of("username", "clerk", "password", "a long clerk passphrase"));
        }
        return clerk;
    }

    private HttpResponse<byte[]> post(HttpClient client, String path, String csrf, Object body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.webPort() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        if (csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return clerk().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + app.webPort() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonNode http(String path) throws Exception {
        return JSON.readTree(get(path).body());
    }

    private int status(String path) throws Exception {
        return get(path).statusCode();
    }

    /** A database as a crash leaves it: the scan was claimed for reading and nothing more happened. */
    private long crashedScan(String sha, String archivePath, long size) {
        try (var db = org.yomitori.storage.Database.open(config.db().url(), config.db().user(), config.db().password())) {
            Instant t = Instant.now();
            return db.transaction(c -> {
                long id = scans.insert(c, new Scan(0, sha, "counter1", "crashed.png", archivePath, null, null, size,
                        "png", 1, ScanState.QUEUED, null, null, 0, t, t, t)).orElseThrow();
                scans.claim(c, id, t);
                events.add(c, id, null, t, "reading", "attempt=1");
                return id;
            });
        }
    }

    private List<Path> outboxFiles() throws IOException {
        try (Stream<Path> s = Files.walk(layout.outbox())) {
            return new ArrayList<>(s.filter(Files::isRegularFile).toList());
        }
    }
}
