package org.yomitori.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yomitori.auth.Accounts;
import org.yomitori.config.YomitoriConfig;
import org.yomitori.export.DeliveryService;
import org.yomitori.export.ExportSettings;
import org.yomitori.review.ReviewService;
import org.yomitori.schedule.Schedules;
import org.yomitori.storage.Database;
import org.yomitori.template.Template;
import org.yomitori.template.TemplateRegistry;
import org.yomitori.testing.MutableClock;
import org.yomitori.testing.Releases;
import org.yomitori.testing.ScanFixtures;
import org.yomitori.testing.TestConfigs;

/**
 * The operations API over HTTP behind the guard: delivery counts and dead letters for admins, the
 * review SLA and the daily summary for anyone logged in, and its routes in the OpenAPI document.
 */
class OperationsApiTest {
    private static final Instant NOW = Instant.parse("2025-04-02T03:00:00Z");
    private static final Template FORM = ScanFixtures.template(ScanFixtures.JUMINHYO);

    @TempDir
    Path dir;
    private Database db;
    private DeliveryService deliveries;
    private Schedules schedules;
    private WebServer web;
    private Api admin;

    @BeforeEach
    void start() throws Exception {
        YomitoriConfig config = TestConfigs.inFolder(dir.resolve("data"), "yomitori.export.endpoints.dirs",
                dir.resolve("none").toString(), "yomitori.export.core-db.init-sql", "");
        MutableClock clock = new MutableClock(NOW, ZoneId.of("Asia/Tokyo"));
        db = Database.open(config.db().url(), config.db().user(), config.db().password());
        TemplateRegistry templates = TemplateRegistry.of(List.of(FORM));
        deliveries = DeliveryService.start(ExportSettings.of(config), db, templates, clock);
        schedules = Schedules.start(config, db, clock);
        ReviewService review = new ReviewService(db, templates, (t, pages, id, source) -> {
            throw new IllegalStateException("no template pick in these tests");
        }, config.layout(), config.review(), 24, clock);
        Accounts accounts = new Accounts(db, config.auth(), clock);
        web = WebServer.start(config, db, templates, review, accounts, clock,
                new WebServer.Operations(deliveries, schedules));
        admin = new Api(web.port());
        assertEquals(201, admin.setup(accounts.startSetup().orElseThrow(), "admin", Api.PASSWORD).status());
    }

    @AfterEach
    void stop() {
        web.close();
        schedules.close();
        deliveries.close();
        db.close();
    }

    private Api clerk() throws Exception {
        admin.createUser("clerk1", "clerk");
        Api clerk = new Api(web.port());
        clerk.login("clerk1", Api.PASSWORD);
        return clerk;
    }

    @Test
    void slaAndSummaryAreJsonForTheStatusPage() throws Exception {
        String waiting = Releases.store(db, FORM, Map.of(), "needs_review", NOW.minus(Duration.ofHours(30)));
        String released = Releases.store(db, FORM, Map.of(), "complete", NOW);
        Releases.verifyAndRelease(db, released, Map.of(), NOW);
        int fields = FORM.fields().size();
        Api clerk = clerk();

        assertEquals(Api.JSON.readTree("{\"review_age_hours\":24,\"in_review\":1,\"overdue\":1,\"flagged\":0,"
                + "\"oldest\":\"2025-03-31T21:00:00Z\"}"), clerk.json("/api/sla"), waiting);
        assertEquals(Api.JSON.readTree("{\"date\":\"2025-04-02\",\"zone\":\"Asia/Tokyo\",\"documents_in\":1,"
                + "\"released\":1,\"rejected\":0,\"errors\":0,\"straight_through\":1,\"stp_rate\":1.0,\"fields_auto\":"
                + fields + ",\"keying_hours_saved\":" + Math.round(fields * 8 / 36.0) / 100.0 + "}"),
                clerk.json("/api/summary?date=2025-04-02"));
        assertEquals("2025-04-02", clerk.json("/api/summary").get("date").asText(), "today by default");
        assertEquals("bad_request", clerk.get("/api/summary?date=2.4.2025").error());
    }

    @Test
    void deliveriesAndTheirDeadLettersAreForAdministratorsOnly() throws Exception {
        assertEquals(Api.JSON.readTree("{\"held\":0,\"pending\":0,\"delivered\":0,\"dead\":0}"),
                admin.json("/api/deliveries"));
        assertEquals(Api.JSON.readTree("{\"dead\":[]}"), admin.json("/api/deliveries/dead"));
        assertEquals("not_dead", admin.post("/api/deliveries/42/redrive", null).error());
        assertEquals(409, admin.post("/api/deliveries/42/redrive", null).status());

        Api clerk = clerk();
        assertEquals(403, clerk.get("/api/deliveries/dead").status());
        assertEquals(403, clerk.post("/api/deliveries/42/redrive", null).status());
        assertEquals(401, new Api(web.port()).get("/api/deliveries").status());
        admin.dropCsrf();
        assertEquals("csrf", admin.post("/api/deliveries/42/redrive", null).error());
    }

    @Test
    void theOpenApiDocumentDescribesTheOperationsRoutesWithTheirRoles() throws Exception {
        JsonNode paths = admin.json("/api/openapi.json").get("paths");
        List<String> described = new ArrayList<>();
        paths.fieldNames().forEachRemaining(p -> paths.get(p).fieldNames()
                .forEachRemaining(m -> described.add(m.toUpperCase(Locale.ROOT) + " " + p)));

        assertEquals(web.routes().stream().sorted().toList(), described.stream().sorted().toList());
        for (ApiRoutes.Route r : web.apiRoutes()) {
            JsonNode op = paths.get(r.path()).get(r.method().toLowerCase(Locale.ROOT));
            assertEquals(r.access().name().toLowerCase(Locale.ROOT), op.get("x-yomitori-role").asText(), r.toString());
        }
        assertTrue(web.routes().contains("POST /api/deliveries/{id}/redrive"));
    }
}
