package org.yomitori.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yomitori.config.YomitoriConfig;
import org.yomitori.export.DeliveryService;
import org.yomitori.export.ExportSettings;
import org.yomitori.schedule.Schedules;
import org.yomitori.storage.Database;
import org.yomitori.template.Template;
import org.yomitori.template.TemplateRegistry;
import org.yomitori.testing.Releases;
import org.yomitori.testing.ScanFixtures;
import org.yomitori.testing.TestClock;
import org.yomitori.testing.TestConfigs;

/** The operations API over HTTP: delivery counts, the review SLA and the daily summary as JSON. */
class OperationsApiTest {
    private static final Instant NOW = Instant.parse("2025-04-02T03:00:00Z");
    private static final Template FORM = ScanFixtures.template(ScanFixtures.JUMINHYO);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Database db;
    private DeliveryService deliveries;
    private Schedules schedules;
    private WebServer web;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        YomitoriConfig config = TestConfigs.inFolder(dir.resolve("data"), "yomitori.export.endpoints.dirs",
                dir.resolve("none").toString(), "yomitori.export.core-db.init-sql", "");
        TestClock clock = new TestClock(NOW, ZoneId.of("Asia/Tokyo"));
        db = Database.open(config.db().url(), config.db().user(), config.db().password());
        TemplateRegistry templates = TemplateRegistry.of(List.of(FORM));
        deliveries = DeliveryService.start(ExportSettings.of(config), db, templates, clock);
        schedules = Schedules.start(config, db, clock);
        web = WebServer.start(config, db, templates, clock, new WebServer.Operations(deliveries, schedules));
    }

    @AfterEach
    void stop() {
        web.close();
        schedules.close();
        deliveries.close();
        db.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void slaAndSummaryAreJsonForTheStatusPage() throws Exception {
        String waiting = Releases.store(db, FORM, Map.of(), "needs_review", NOW.minus(Duration.ofHours(30)));
        db.transaction(c -> c.createStatement().executeUpdate(
                "UPDATE fields SET status = 'review' WHERE name = 'applicant_name' AND document_id = '" + waiting + "'"));
        String released = Releases.store(db, FORM, Map.of(), "complete", NOW);
        Releases.verifyAndRelease(db, released, Map.of(), NOW);
        int fields = FORM.fields().size();

        assertEquals(JSON.readTree("{\"review_age_hours\":24,\"in_review\":1,\"overdue\":1,\"flagged\":0,"
                + "\"oldest\":\"2025-03-31T21:00:00Z\"}"), JSON.readTree(get("/api/sla").body()));
        assertEquals(JSON.readTree("{\"date\":\"2025-04-02\",\"zone\":\"Asia/Tokyo\",\"documents_in\":1,\"released\":1,"
                + "\"rejected\":0,\"errors\":0,\"straight_through\":1,\"stp_rate\":1.0,\"fields_auto\":" + fields
                + ",\"keying_hours_saved\":" + Math.round(fields * 8 / 36.0) / 100.0 + "}"),
                JSON.readTree(get("/api/summary?date=2025-04-02").body()));
        assertEquals("2025-04-02", JSON.readTree(get("/api/summary").body()).get("date").asText(), "today by default");
        assertEquals(400, get("/api/summary?date=2.4.2025").statusCode());
    }

    @Test
    void deliveriesAreCountedPerStateAndOnlyADeadOneCanBeRedriven() throws Exception {
        assertEquals(JSON.readTree("{\"held\":0,\"pending\":0,\"delivered\":0,\"dead\":0}"),
                JSON.readTree(get("/api/deliveries").body()));
        assertEquals("{\"dead\":[]}", get("/api/deliveries/dead").body());
        HttpResponse<String> redrive = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port()
                + "/api/deliveries/42/redrive")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(409, redrive.statusCode());
    }
}
