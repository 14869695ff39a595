package org.yomitori.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yomitori.extract.ExtractorSettings;
import org.yomitori.extract.FilledForms;
import org.yomitori.extract.PipelineExtractor;
import org.yomitori.storage.ReviewDocument;
import org.yomitori.template.Box;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.Template;
import org.yomitori.template.TemplateRegistry;
import org.yomitori.testing.ScanFixtures;

/**
 * My Numbers (個人番号) on a 児童手当 claim whose number has a wrong check digit: masked on screen,
 * in crops and page images, in the history and in the released record for roles that may not see
 * them; shown to those that may (admins, and verifiers unless the setting says otherwise).
 */
class MyNumberMaskingTest {
    private static final String WRONG_CHECK_DIGIT = "123456789012";
    private static final String RIGHT = "123456789018";
    private static TemplateRegistry templates;
    private static Template jidouTeate;
    private static PipelineExtractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void engines() {
        templates = FilledForms.sampleTemplates();
        jidouTeate = templates.byId(ScanFixtures.JIDOU_TEATE).orElseThrow();
        extractor = new PipelineExtractor(ExtractorSettings.defaults(), templates);
    }

    @AfterAll
    static void closeEngines() {
        extractor.close();
    }

    private static String claimWithMyNumber(Station station) throws Exception {
        ReviewDocument d = station.drop("counter1", "児童手当.png", ScanFixtures.filled(jidouTeate,
                Map.of("claimant_name", "山田 太郎", "claimant_my_number", WRONG_CHECK_DIGIT))).get(0);
        assertEquals("needs_review", d.status());
        return d.id();
    }

    private static JsonNode myNumber(Api who, String id) throws Exception {
        for (JsonNode f : who.json("/api/documents/" + id).get("fields")) {
            if (f.get("type").asText().equals("my_number")) {
                return f;
            }
        }
        throw new AssertionError("no My Number field");
    }

    @Test
    void aClerkSeesOnlyTheLastFourDigitsEverywhereAVerifierSeesTheNumber() throws Exception {
        try (Station station = new Station(dir, extractor, templates, "yomitori.auth.bcrypt-cost", "10")) {
            Api admin = station.admin();
            Api vera = station.user(admin, "vera", "verifier");
            Api carol = station.user(admin, "carol", "clerk");
            String id = claimWithMyNumber(station);
            JsonNode seen = myNumber(vera, id);
            assertFalse(seen.get("masked").asBoolean());
            assertEquals("review", seen.get("status").asText());
            String name = seen.get("name").asText();
            assertEquals(200, vera.get("/api/documents/" + id + "/fields/" + name + "/crop.png").status());
            int version = vera.post("/api/documents/" + id + "/claim", null).json().get("version").asInt();
            Api.Response check = vera.post("/api/validate", Api.body("documentId", id, "field", name, "value", "1234 5678 9012"));
            assertEquals("check_digit", check.json().get("reasons").get(0).asText());
            Api.Response saved = vera.put("/api/documents/" + id + "/fields/" + name, Api.body("value", RIGHT, "version", version));
            assertEquals(RIGHT, saved.json().get("field").get("value").asText());

            JsonNode masked = myNumber(carol, id);
            assertTrue(masked.get("masked").asBoolean());
            assertEquals("********9018", masked.get("value").asText());
            assertTrue(masked.get("cropUrl").isNull());
            assertEquals(404, carol.get("/api/documents/" + id + "/fields/" + name + "/crop.png").status());
            String clerkView = new String(carol.get("/api/documents/" + id).body(), StandardCharsets.UTF_8)
                    + new String(carol.get("/api/documents/" + id + "/history").body(), StandardCharsets.UTF_8);
            assertFalse(clerkView.contains(RIGHT) || clerkView.contains("56789"), "no My Number digits beyond the last four");
            JsonNode change = fieldChange(carol.json("/api/documents/" + id + "/history"));
            assertEquals("********9018", change.get("new").asText());
            assertTrue(change.get("old").asText().matches("\\*+\\d{0,4}"), "the number as read, masked too");
            assertEquals(RIGHT, fieldChange(vera.json("/api/documents/" + id + "/history")).get("new").asText());
            assertPageBlankedFor(carol, vera, id, jidouTeate.fields().stream().filter(f -> f.name().equals(name))
                    .findFirst().orElseThrow());
            releaseAndCheckTheRecord(vera, carol, id, name, saved.json().get("version").asInt());
        }
    }

    /** Confirms whatever else the OCR was unsure of, then reads the released record as both roles. */
    private static void releaseAndCheckTheRecord(Api vera, Api carol, String id, String name, int version)
            throws Exception {
        for (String open : Desk.reviewFields(vera, id)) {
            Object value = Api.JSON.convertValue(Desk.field(vera, id, open).get("value"), Object.class);
            Api.Response r = vera.put("/api/documents/" + id + "/fields/" + open, Api.body("value", value,
                    "version", version, "override", Map.of("reason", "用紙のとおり")));
            version = r.json().get("version").asInt();
        }
        assertEquals("released", vera.json("/api/documents/" + id).get("status").asText());
        assertEquals(RIGHT, vera.json("/api/documents/" + id + "/record").get("fields").get(name).get("value").asText());
        JsonNode masked = carol.json("/api/documents/" + id + "/record").get("fields").get(name);
        assertEquals("********9018", masked.get("value").asText());
        assertFalse(masked.get("raw").asText().matches(".*\\d{5,}.*"), "the raw reading is masked too");
    }

    private static JsonNode fieldChange(JsonNode history) {
        for (JsonNode e : history) {
            if (e.get("kind").asText().equals("field")) {
                return e;
            }
        }
        throw new AssertionError("no field change in " + history);
    }

    /** The clerk's page is painted grey over the My Number box; the verifier's shows the writing. */
    private static void assertPageBlankedFor(Api clerk, Api verifier, String id, FieldSpec field) throws Exception {
        Api.Response page = clerk.get("/api/documents/" + id + "/pages/0.png");
        assertEquals(200, page.status());
        assertTrue(page.raw().headers().firstValue("Cache-Control").orElse("").startsWith("private"));
        String etag = page.raw().headers().firstValue("ETag").orElseThrow();
        assertEquals(304, clerk.send("GET", "/api/documents/" + id + "/pages/0.png", null,
                Map.of("If-None-Match", etag)).status());
        Box b = field.box();
        BufferedImage masked = ImageIO.read(new ByteArrayInputStream(page.body()));
        BufferedImage plain = ImageIO.read(new ByteArrayInputStream(verifier.get("/api/documents/" + id + "/pages/0.png").body()));
        assertEquals(List.of(128), distinctGreys(masked, b), "one flat grey over the field");
        assertTrue(distinctGreys(plain, b).size() > 2, "the verifier sees the handwriting");
    }

    private static List<Integer> distinctGreys(BufferedImage image, Box b) {
        java.util.Set<Integer> greys = new java.util.TreeSet<>();
        for (int y = b.y(); y < b.y() + b.h(); y += 4) {
            for (int x = b.x(); x < b.x() + b.w(); x += 4) {
                greys.add(image.getRaster().getSample(x, y, 0));
            }
        }
        return List.copyOf(greys);
    }

    @Test
    void whenOnlyAdminsMaySeeMyNumbersVerifiersSeeThemMaskedToo() throws Exception {
        try (Station station = new Station(dir, extractor, templates, "yomitori.auth.bcrypt-cost", "10",
                "yomitori.review.my-number-roles", "admin")) {
            Api admin = station.admin();
            Api vera = station.user(admin, "vera", "verifier");
            String id = claimWithMyNumber(station);

            assertTrue(myNumber(vera, id).get("masked").asBoolean());
            assertFalse(vera.json("/api/session").get("myNumberAllowed").asBoolean());
            assertFalse(myNumber(admin, id).get("masked").asBoolean());
            assertTrue(admin.json("/api/session").get("myNumberAllowed").asBoolean());
        }
    }
}
