package org.yomitori.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yomitori.config.DataLayout;
import org.yomitori.config.YomitoriConfig;
import org.yomitori.intake.Reason;
import org.yomitori.intake.ReasonFiles;
import org.yomitori.storage.Database;
import org.yomitori.storage.DocumentRepository;
import org.yomitori.storage.PageImage;
import org.yomitori.storage.Scan;
import org.yomitori.storage.ScanRepository;
import org.yomitori.storage.ScanState;
import org.yomitori.storage.StoredDocument;
import org.yomitori.storage.StoredField;
import org.yomitori.template.Box;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.FieldType;
import org.yomitori.template.Template;
import org.yomitori.template.TemplateRegistry;
import org.yomitori.testing.ScanFixtures;
import org.yomitori.testing.TestConfigs;

/** The API over HTTP on a real H2 database holding the rows the reading stage stores. */
class WebServerTest {
    private static final Instant NOW = Instant.parse("2025-04-01T03:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Tokyo"));
    private static final Box MY_NUMBER_BOX = new Box(200, 400, 600, 80);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Database db;
    private WebServer web;
    private DataLayout layout;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        YomitoriConfig config = TestConfigs.inFolder(dir.resolve("data"));
        layout = config.layout();
        layout.create(config.intake().channels());
        db = Database.open(config.db().url(), "sa", "");
        Template template = template(dir.resolve("form.png"));
        storeScans();
        web = WebServer.start(config, db, TemplateRegistry.of(List.of(template)), CLOCK);
    }

    @AfterEach
    void stop() {
        web.close();
        db.close();
    }

    private static Template template(Path reference) throws IOException {
        ScanFixtures.png(reference, ScanFixtures.page("form"));
        FieldSpec name = field("name", FieldType.TEXT, new Box(200, 200, 600, 80));
        FieldSpec myNumber = field("my_number", FieldType.MY_NUMBER, MY_NUMBER_BOX);
        return new Template("test_form", 1, "テスト申請書", null, "ja", 150, 1240, 1754, 1, List.of(reference), List.of(),
                List.of(name, myNumber), reference);
    }

    private static FieldSpec field(String name, FieldType type, Box box) {
        return new FieldSpec(name, name + "欄", type, 0, box, "jpn", null, List.of(), false, null, List.of(), null,
                Map.of(), null, List.of(), 0.9, null, false);
    }

    private void storeScans() throws IOException {
        ScanRepository scans = new ScanRepository();
        DocumentRepository documents = new DocumentRepository();
        Path page = ScanFixtures.png(layout.images("abc-0").resolve("page-0.png"), ScanFixtures.page("filled"));
        Path crop = ScanFixtures.png(layout.images("abc-0").resolve("field-name.png"), ScanFixtures.page("crop"));
        Path errorFile = ScanFixtures.empty(layout.error("counter1").resolve("blank.pdf"));
        new ReasonFiles(layout, CLOCK).copyToError(errorFile, "x.pdf", "scanner1", Reason.internalError(), 9);
        db.transaction(c -> {
            long done = scans.insert(c, scan("a".repeat(64), "申請.pdf", ScanState.DONE, null)).orElseThrow();
            scans.insert(c, scan(null, "again.pdf", ScanState.DUPLICATE, null));
            scans.insert(c, scan(null, "blank.pdf", ScanState.ERROR, "empty"));
            documents.insert(c, new StoredDocument("abc-0", done, 0, "test_form", "needs_review", List.of(0), "{}", NOW, NOW));
            documents.insertFields(c, List.of(
                    new StoredField("abc-0", "name", "text", "\"山田 花子\"", "山田 花子", 0.97, "auto", List.of(),
                            layout.relative(crop), 0),
                    new StoredField("abc-0", "my_number", "my_number", "\"123456789012\"", "1234 5678 9012", 0.5,
                            "review", List.of("low_confidence"), layout.relative(crop), 1)));
            documents.insertPages(c, List.of(new PageImage("abc-0", 0, layout.relative(page))));
            return null;
        });
    }

    private static Scan scan(String sha, String name, ScanState state, String reason) {
        return new Scan(0, sha, "counter1", name, null, null, null, 10, "pdf", 1, state, reason,
                reason == null ? null : "空です / It is empty", 1, NOW, NOW, NOW);
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<byte[]> r = get(path);
        assertEquals(200, r.statusCode(), new String(r.body()));
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
        return JSON.readTree(r.body());
    }

    @Test
    void theStatusListsTodaysDropsPerChannelWithCountsAndTheErrorFolder() throws Exception {
        JsonNode status = json("/api/scans");
        assertEquals("2025-04-01", status.get("date").asText());
        JsonNode counter = status.get("channels").get(0);
        assertEquals("counter1", counter.get("name").asText());
        assertEquals(List.of("error", "duplicate", "needs_review"),
                counter.get("scans").findValuesAsText("outcome"));
        assertEquals(1, counter.get("counts").get("needs_review").asInt());
        JsonNode error = counter.get("scans").get(0);
        assertEquals("空です", error.get("reason").get("ja").asText());
        assertEquals("It is empty", error.get("reason").get("en").asText());
        JsonNode doc = counter.get("scans").get(2).get("documents").get(0);
        assertEquals("abc-0", doc.get("id").asText());
        assertEquals("テスト申請書", doc.get("title").asText());
        assertEquals(List.of("blank.pdf"), counter.get("error_files").findValuesAsText("file"));
        JsonNode scanner = status.get("channels").get(1);
        assertEquals(Reason.INTERNAL_ERROR, scanner.get("error_files").get(0).get("reason").get("code").asText());
        assertEquals(1, json("/api/scans?channel=scanner1").get("channels").size());
        assertEquals(0, json("/api/scans?date=2025-03-31").get("channels").get(0).get("scans").size());
    }

    @Test
    void aDocumentShowsItsFieldsWithMyNumberMaskedToItsLastFourDigits() throws Exception {
        JsonNode doc = json("/api/documents/abc-0");
        assertEquals("テスト申請書", doc.get("title").asText());
        assertEquals("申請.pdf", doc.get("source").asText());
        JsonNode name = doc.get("fields").get(0);
        assertEquals("山田 花子", name.get("value").asText());
        assertEquals("name欄", name.get("label").asText());
        assertEquals("/api/documents/abc-0/fields/name/crop.png", name.get("crop_url").asText());
        JsonNode myNumber = doc.get("fields").get(1);
        assertEquals("********9012", myNumber.get("value").asText());
        assertEquals("********9012", myNumber.get("raw").asText());
        assertFalse(myNumber.has("crop_url"));
        assertEquals(List.of("low_confidence"), List.of(myNumber.get("reasons").get(0).asText()));
        assertFalse(new String(get("/api/documents/abc-0").body()).contains("123456789012"));
    }

    @Test
    void pageImagesAreServedWithTheMyNumberBlankedAndItsCropIsNeverServed() throws Exception {
        HttpResponse<byte[]> page = get("/api/documents/abc-0/pages/0.png");
        assertEquals(200, page.statusCode());
        assertEquals("image/png", page.headers().firstValue("Content-Type").orElse(""));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(page.body()));
        int inside = image.getRaster().getSample(MY_NUMBER_BOX.x() + 10, MY_NUMBER_BOX.y() + 10, 0);
        int outside = image.getRaster().getSample(600, 1000, 0);
        assertTrue(inside > 60 && inside < 200, "masked grey, got " + inside);
        assertEquals(255, outside);
        assertEquals(200, get("/api/documents/abc-0/fields/name/crop.png").statusCode());
        assertEquals(404, get("/api/documents/abc-0/fields/my_number/crop.png").statusCode());
        assertEquals(404, get("/api/documents/abc-0/pages/5.png").statusCode());
        assertEquals(404, get("/api/documents/abc-0/pages/..%2F..%2Fdb.png").statusCode());
        assertEquals(404, get("/api/documents/nope").statusCode());
    }

    @Test
    void thePagesAreServedInJapaneseByDefault() throws Exception {
        String index = new String(get("/").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(index.contains("<html lang=\"ja\">") && index.contains("読取状況"), index);
        String i18n = new String(get("/i18n.js").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(i18n.contains("Reading status") && i18n.contains("lang"), "English strings and the switch");
        assertEquals(200, get("/document.html").statusCode());
        assertTrue(Files.isRegularFile(layout.images("abc-0").resolve("page-0.png")));
    }
}
