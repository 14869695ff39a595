package org.yomitori.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.yomitori.template.TemplateRegistry;
import org.yomitori.testing.ScanFixtures;

/**
 * Verifiers at work over HTTP on documents the real pipeline read from generated scans: claims and
 * their expiry, conflicting saves, validation and overrides, illegible fields, rejection, and the
 * release (with its outbox row) once nothing is open.
 */
class VerificationTest {
    private static TemplateRegistry templates;
    private static PipelineExtractor extractor;

    @TempDir
    Path dir;
    private Station station;
    private Api admin;
    private Api anna;
    private Api ben;

    @BeforeAll
    static void engines() {
        templates = FilledForms.sampleTemplates();
        extractor = new PipelineExtractor(ExtractorSettings.defaults(), templates);
    }

    @AfterAll
    static void closeEngines() {
        extractor.close();
    }

    @BeforeEach
    void start() throws Exception {
        station = new Station(dir, extractor, templates, "yomitori.auth.bcrypt-cost", "10");
        admin = station.admin();
        anna = station.user(admin, "anna", "verifier");
        ben = station.user(admin, "ben", "verifier");
    }

    @AfterEach
    void stop() {
        station.close();
    }

    /** A 住民票 request whose postal code and phone number break their rules, so they wait in review. */
    private String documentInReview() throws Exception {
        Map<String, Object> values = new LinkedHashMap<>(ScanFixtures.juminhyoValues());
        values.put("applicant_postal_code", "123-45");
        values.put("applicant_phone", "1234");
        List<ReviewDocument> docs = station.drop("counter1", "申請書.png",
                ScanFixtures.filled(templates.byId(ScanFixtures.JUMINHYO).orElseThrow(), values));
        assertEquals(1, docs.size());
        ReviewDocument d = docs.get(0);
        assertEquals("needs_review", d.status());
        List<String> open = reviewFields(admin, d.id());
        assertTrue(open.containsAll(List.of("applicant_postal_code", "applicant_phone")), open.toString());
        return d.id();
    }

    private static List<String> reviewFields(Api who, String id) throws Exception {
        List<String> names = new ArrayList<>();
        who.json("/api/documents/" + id).get("fields").forEach(f -> {
            if (f.get("status").asText().equals("review")) {
                names.add(f.get("name").asText());
            }
        });
        return names;
    }

    private static JsonNode field(Api who, String id, String name) throws Exception {
        for (JsonNode f : who.json("/api/documents/" + id).get("fields")) {
            if (f.get("name").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no field " + name);
    }

    private static int claim(Api who, String id) throws Exception {
        Api.Response r = who.post("/api/documents/" + id + "/claim", null);
        assertEquals(200, r.status(), r.toString());
        return r.json().get("version").asInt();
    }

    private static Api.Response save(Api who, String id, String name, Object value, int version) throws Exception {
        return who.put("/api/documents/" + id + "/fields/" + name, Api.body("value", value, "version", version));
    }

    /** Saves every field still in review with a valid value, returning the last answer. */
    private Api.Response verifyAll(Api who, String id, int version) throws Exception {
        Map<String, Object> good = Map.of("applicant_postal_code", "160-0023", "applicant_phone", "03-1234-5678");
        Api.Response last = null;
        for (String name : reviewFields(who, id)) {
            Object value = good.getOrDefault(name, field(who, id, name).get("value"));
            last = save(who, id, name, Api.JSON.convertValue(value, Object.class), version);
            assertEquals(200, last.status(), name + ": " + last);
            version = last.json().get("version").asInt();
        }
        return last;
    }

    @Test
    void twoVerifiersNeverHoldTheSameDocument() throws Exception {
        String id = documentInReview();
        JsonNode queued = anna.json("/api/queue").get(0);
        assertEquals(id, queued.get("documentId").asText());
        assertEquals("住民票の写し等交付申請書", queued.get("title").asText());
        assertTrue(queued.get("lease").isNull());

        claim(anna, id);
        Api.Response taken = ben.post("/api/documents/" + id + "/claim", null);

        assertEquals(409, taken.status());
        assertEquals("claimed", taken.error());
        assertEquals("anna", taken.json().get("user").asText());
        assertEquals(204, ben.post("/api/queue/next", null).status(), "nothing else is waiting for ben");
        assertEquals("anna", ben.json("/api/queue").get(0).get("lease").get("user").asText());
        Api.Response bensSave = save(ben, id, "applicant_postal_code", "160-0023", 0);
        assertEquals(409, bensSave.status());
        assertEquals("not_claimed", bensSave.error());
        assertEquals(200, anna.post("/api/documents/" + id + "/claim", null).status(), "the holder may claim again");
    }

    @Test
    void anAbandonedClaimExpiresAndTheLateSaveIsRefused() throws Exception {
        String id = documentInReview();
        int version = claim(anna, id);

        station.clock.advance(Duration.ofMinutes(11));
        Api.Response next = ben.post("/api/queue/next", null);
        assertEquals(200, next.status(), next.toString());
        assertEquals(id, next.json().get("documentId").asText());
        assertEquals(200, save(ben, id, "applicant_postal_code", "160-0023", version).status());
        Api.Response late = save(anna, id, "applicant_postal_code", "999-9999", version);

        assertEquals(409, late.status());
        assertEquals("not_claimed", late.error());
        assertTrue(late.json().get("message").asText().contains("claim it again"));
        assertEquals("160-0023", field(admin, id, "applicant_postal_code").get("value").asText());
    }

    @Test
    void aSaveOnAnOldVersionIsRefusedAndOverwritesNothing() throws Exception {
        String id = documentInReview();
        int seenByAnna = claim(anna, id);
        anna.post("/api/documents/" + id + "/unclaim", null);
        int seenByBen = claim(ben, id);
        assertEquals(200, save(ben, id, "applicant_postal_code", "160-0023", seenByBen).status());
        ben.post("/api/documents/" + id + "/unclaim", null);
        claim(anna, id);

        Api.Response stale = save(anna, id, "applicant_postal_code", "100-0001", seenByAnna);

        assertEquals(409, stale.status());
        assertEquals("stale_version", stale.error());
        assertTrue(stale.json().get("message").asText().contains("reload"));
        JsonNode postal = field(admin, id, "applicant_postal_code");
        assertEquals("160-0023", postal.get("value").asText());
        assertEquals("verified", postal.get("status").asText());
    }

    @Test
    void twoSavesRacingOnOneVersionLetExactlyOneThrough() throws Exception {
        String id = documentInReview();
        int version = claim(anna, id);
        Callable<Integer> first = () -> save(anna, id, "applicant_postal_code", "160-0023", version).status();
        Callable<Integer> second = () -> save(anna, id, "applicant_phone", "03-1234-5678", version).status();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = pool.invokeAll(List.of(first, second));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            assertEquals(List.of(200, 409), statuses.stream().sorted().toList());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(version + 1, admin.json("/api/documents/" + id).get("version").asInt());
        List<String> stillOpen = reviewFields(admin, id);
        assertEquals(1, stillOpen.stream().filter(n -> n.equals("applicant_postal_code") || n.equals("applicant_phone"))
                .count(), "exactly one of the two fields was saved: " + stillOpen);
    }

    @Test
    void aValueThatBreaksARuleIsSavedOnlyWithARecordedOverride() throws Exception {
        String id = documentInReview();
        int version = claim(anna, id);

        Api.Response refused = save(anna, id, "applicant_postal_code", "12-34", version);
        assertEquals(422, refused.status());
        assertEquals("invalid", refused.error());
        assertEquals("invalid_format", refused.json().get("reasons").get(0).asText());
        assertEquals("review", field(admin, id, "applicant_postal_code").get("status").asText());

        Api.Response kept = anna.put("/api/documents/" + id + "/fields/applicant_postal_code",
                Api.body("value", "12-34", "version", version, "override", Map.of("reason", "申請書の記載どおり")));
        assertEquals(200, kept.status(), kept.toString());
        JsonNode f = kept.json().get("field");
        assertEquals("12-34", f.get("value").asText());
        assertEquals("verified", f.get("status").asText());
        assertEquals("[\"invalid_format\",\"override\"]", f.get("reasons").toString());
        JsonNode override = last(anna.json("/api/documents/" + id + "/history"));
        assertEquals("override", override.get("kind").asText());
        assertEquals("anna", override.get("user").asText());
        assertEquals("applicant_postal_code", override.get("field").asText());
        assertEquals("12-34", override.get("new").asText());
        assertEquals("申請書の記載どおり", override.get("reason").asText());
    }

    @Test
    void theValidatorsAnswerBeforeSaving() throws Exception {
        String id = documentInReview();
        JsonNode date = anna.post("/api/validate", Api.body("documentId", id, "field", "application_date",
                "value", "令和６年４月１日")).json();
        assertTrue(date.get("ok").asBoolean());
        assertEquals("2024-04-01", date.get("normalised").asText());
        assertEquals("令和6年4月1日", date.get("preview").asText());
        JsonNode kana = anna.post("/api/validate", Api.body("documentId", id, "field", "applicant_kana",
                "value", "やまだ ﾊﾅｺ")).json();
        assertEquals("ヤマダ ハナコ", kana.get("normalised").asText());
        JsonNode phone = anna.post("/api/validate", Api.body("documentId", id, "field", "applicant_phone",
                "value", "1234")).json();
        assertFalse(phone.get("ok").asBoolean());
        assertEquals("invalid_format", phone.get("reasons").get(0).asText());
        Api.Response option = anna.post("/api/validate", Api.body("documentId", id, "field", "requester_relation",
                "value", "宇宙人"));
        assertEquals(400, option.status());
        assertEquals("bad_value", option.error());
    }

    @Test
    void anIllegibleFieldIsStoredBlankVerifiedAndFlagged() throws Exception {
        String id = documentInReview();
        int version = claim(anna, id);

        Api.Response r = anna.put("/api/documents/" + id + "/fields/applicant_phone",
                Api.body("value", null, "version", version, "illegible", true));

        assertEquals(200, r.status(), r.toString());
        JsonNode f = r.json().get("field");
        assertEquals("", f.get("value").asText());
        assertEquals("verified", f.get("status").asText());
        assertEquals("[\"illegible\"]", f.get("reasons").toString());
        JsonNode entry = last(anna.json("/api/documents/" + id + "/history"));
        assertEquals("illegible", entry.get("kind").asText());
        assertEquals("1234", entry.get("old").asText().replace("-", ""));
    }

    @Test
    void aRejectedDocumentGoesBackToTheClerkWithItsReason() throws Exception {
        String id = documentInReview();
        Api clerk = station.user(admin, "carol", "clerk");
        int version = claim(anna, id);

        Api.Response r = anna.post("/api/documents/" + id + "/reject", Api.body("reason", "裏面が未記入です", "version", version));

        assertEquals(200, r.status(), r.toString());
        assertEquals("rejected", r.json().get("status").asText());
        assertEquals(0, anna.json("/api/queue").size());
        JsonNode scan = clerk.json("/api/channels/counter1/scans").get(0);
        assertEquals("rejected", scan.get("state").asText());
        assertEquals("裏面が未記入です", scan.get("reasonMessage").asText());
        assertEquals(1, clerk.json("/api/channels").get(0).get("today").get("rejected").asInt());
        Api.Response after = save(anna, id, "applicant_phone", "03-1234-5678", version + 1);
        assertEquals(409, after.status());
        assertEquals("closed", after.error());
        JsonNode entry = last(clerk.json("/api/documents/" + id + "/history"));
        assertEquals("rejected", entry.get("kind").asText());
        assertEquals("裏面が未記入です", entry.get("reason").asText());
        assertEquals(0, outboxRows(id));
    }

    @Test
    void theDocumentIsReleasedWithItsOutboxRowOnlyWhenNoFieldIsOpen() throws Exception {
        String id = documentInReview();
        int version = claim(anna, id);
        Api.Response first = save(anna, id, "applicant_postal_code", "160-0023", version);
        assertEquals("needs_review", first.json().get("documentStatus").asText());
        assertFalse(first.json().get("released").asBoolean());
        assertEquals(0, outboxRows(id));
        breakTheOutbox(id);

        Api.Response failed = verifyAllExpectingFailure(id, first.json().get("version").asInt());

        assertEquals(500, failed.status(), "the outbox refused the row, so the whole save was undone");
        assertEquals("needs_review", station.document(id).status());
        assertTrue(reviewFields(admin, id).contains("applicant_phone"));
        assertEquals(first.json().get("version").asInt(), station.document(id).version());
        repairTheOutbox();

        Api.Response last = verifyAll(anna, id, first.json().get("version").asInt());

        assertTrue(last.json().get("released").asBoolean());
        assertEquals("released", last.json().get("documentStatus").asText());
        assertEquals(1, outboxRows(id));
        assertEquals("released", station.document(id).status());
        assertEquals(0, anna.json("/api/queue").size());
        JsonNode record = anna.json("/api/documents/" + id + "/record");
        assertEquals("complete", record.get("status").asText());
        assertEquals("160-0023", record.get("fields").get("applicant_postal_code").get("value").asText());
        assertEquals("verified", record.get("fields").get("applicant_postal_code").get("status").asText());
        assertEquals("auto", record.get("fields").get("cert_juminhyo").get("status").asText());
        JsonNode released = last(anna.json("/api/documents/" + id + "/history"));
        assertEquals("released", released.get("kind").asText());
        assertEquals("anna", released.get("user").asText());
    }

    private Api.Response verifyAllExpectingFailure(String id, int version) throws Exception {
        Api.Response r = null;
        for (String name : reviewFields(anna, id)) {
            Object value = name.equals("applicant_phone") ? "03-1234-5678" : field(anna, id, name).get("value").asText();
            r = save(anna, id, name, value, version);
            if (r.status() != 200) {
                return r;
            }
            version = r.json().get("version").asInt();
        }
        return r;
    }

    @Test
    void aFormReadWithEveryFieldSureIsReleasedByTheReadingStepItself() throws Exception {
        ReviewDocument d = station.drop("scanner1", "sure.png",
                ScanFixtures.filled(templates.byId(ScanFixtures.JUMINHYO).orElseThrow(), ScanFixtures.juminhyoValues())).get(0);

        assertEquals("released", d.status());
        assertEquals("system", d.closedBy());
        assertEquals(1, outboxRows(d.id()));
        JsonNode history = anna.json("/api/documents/" + d.id() + "/history");
        assertEquals(List.of("read", "released"), List.of(history.get(0).get("kind").asText(),
                history.get(1).get("kind").asText()));
        assertEquals("complete", history.get(0).get("new").asText());
        assertEquals(0, anna.json("/api/queue").size());
    }

    private int outboxRows(String id) {
        return station.db.read(c -> {
            try (var ps = c.prepareStatement("SELECT COUNT(*) FROM release_outbox WHERE document_id = ?")) {
                ps.setString(1, id);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /** Makes the outbox refuse this document's row, as a full disk or a bug would. */
    private void breakTheOutbox(String id) {
        station.db.transaction(c -> {
            try (var st = c.createStatement()) {
                st.execute("ALTER TABLE release_outbox ADD CONSTRAINT ck_test_refuse CHECK (document_id <> '" + id + "')");
            }
            return null;
        });
    }

    private void repairTheOutbox() {
        station.db.transaction(c -> {
            try (var st = c.createStatement()) {
                st.execute("ALTER TABLE release_outbox DROP CONSTRAINT ck_test_refuse");
            }
            return null;
        });
    }

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }
}
