package org.yomitori.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yomitori.extract.ExtractorSettings;
import org.yomitori.extract.FilledForms;
import org.yomitori.extract.PipelineExtractor;
import org.yomitori.storage.ReviewDocument;
import org.yomitori.template.Template;
import org.yomitori.template.TemplateRegistry;
import org.yomitori.testing.ScanFixtures;

/**
 * Unidentified documents: a 住民票 request read while its template was not installed comes out
 * unidentified; once it is, a verifier picks it and the document is read with it.
 */
class TemplatePickTest {
    private static TemplateRegistry all;
    private static Template juminhyo;
    private static PipelineExtractor withoutJuminhyo;

    @TempDir
    Path dir;
    private Station station;
    private Api anna;

    @BeforeAll
    static void engines() {
        all = FilledForms.sampleTemplates();
        juminhyo = all.byId(ScanFixtures.JUMINHYO).orElseThrow();
        withoutJuminhyo = new PipelineExtractor(ExtractorSettings.defaults(),
                TemplateRegistry.of(all.all().stream().filter(t -> t != juminhyo).toList()));
    }

    @AfterAll
    static void closeEngines() {
        withoutJuminhyo.close();
    }

    @BeforeEach
    void start() throws Exception {
        station = new Station(dir, withoutJuminhyo, all, "yomitori.auth.bcrypt-cost", "10");
        anna = station.user(station.admin(), "anna", "verifier");
    }

    @AfterEach
    void stop() {
        station.close();
    }

    private String unidentified(Map<String, Object> values) throws Exception {
        ReviewDocument d = station.drop("counter1", "unknown.png", ScanFixtures.filled(juminhyo, values)).get(0);
        assertEquals("unidentified", d.status());
        return d.id();
    }

    @Test
    void theVerifiersPickIsReadAndASureReadingIsReleased() throws Exception {
        String id = unidentified(ScanFixtures.juminhyoValues());
        JsonNode queued = anna.json("/api/queue").get(0);
        assertTrue(queued.get("template").isNull());
        assertEquals(0, anna.json("/api/documents/" + id).get("fields").size());
        int version = anna.post("/api/documents/" + id + "/claim", null).json().get("version").asInt();

        Api.Response r = anna.post("/api/documents/" + id + "/template",
                Api.body("template", ScanFixtures.JUMINHYO, "version", version));

        assertEquals(200, r.status(), r.toString());
        assertEquals(ScanFixtures.JUMINHYO, r.json().get("template").asText());
        assertEquals("released", r.json().get("status").asText());
        JsonNode doc = anna.json("/api/documents/" + id);
        assertEquals(juminhyo.fields().size(), doc.get("fields").size());
        assertEquals(juminhyo.width(), doc.get("pages").get(0).get("width").asInt(), "the page is now aligned");
        JsonNode record = anna.json("/api/documents/" + id + "/record");
        assertEquals("山田花子", record.get("fields").get("applicant_name").get("value").asText().replace(" ", ""));
        assertEquals(true, record.get("fields").get("cert_juminhyo").get("value").asBoolean());
        List<String> kinds = anna.json("/api/documents/" + id + "/history").findValuesAsText("kind");
        assertEquals(List.of("read", "template", "released"), kinds);
        assertEquals(0, anna.json("/api/queue").size());
        assertEquals(200, anna.get("/api/documents/" + id + "/fields/applicant_name/crop.png").status());
    }

    @Test
    void fieldsThatNeedAPersonWaitInTheQueueAfterThePick() throws Exception {
        Map<String, Object> values = new LinkedHashMap<>(ScanFixtures.juminhyoValues());
        values.put("applicant_postal_code", "123-45");
        String id = unidentified(values);
        int version = anna.post("/api/documents/" + id + "/claim", null).json().get("version").asInt();
        assertEquals("bad_value", anna.post("/api/documents/" + id + "/template",
                Api.body("template", "no_such_form", "version", version)).error());
        assertEquals("stale_version", anna.post("/api/documents/" + id + "/template",
                Api.body("template", ScanFixtures.JUMINHYO, "version", version + 5)).error());

        Api.Response r = anna.post("/api/documents/" + id + "/template",
                Api.body("template", ScanFixtures.JUMINHYO, "version", version));

        assertEquals("needs_review", r.json().get("status").asText());
        JsonNode queued = anna.json("/api/queue").get(0);
        assertEquals(ScanFixtures.JUMINHYO, queued.get("template").asText());
        assertTrue(queued.get("openFields").asInt() >= 1);
        Api.Response again = anna.post("/api/documents/" + id + "/template",
                Api.body("template", ScanFixtures.JUMINHYO, "version", r.json().get("version").asInt()));
        assertEquals(409, again.status());
        assertEquals("not_allowed", again.error(), "the form is known now");
    }
}
