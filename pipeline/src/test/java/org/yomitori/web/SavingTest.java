package org.yomitori.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yomitori.storage.ReviewDocument;
import org.yomitori.testing.ScanFixtures;

/**
 * Saving what verifiers decide, over HTTP on documents the real pipeline read: validation and
 * recorded overrides, illegible fields, rejection to the clerk, and the release (with its outbox
 * row, in the same transaction) once nothing is open.
 */
class SavingTest extends StationTest {
    private Api anna;
    private Api ben;

    @BeforeEach
    void start() throws Exception {
        anna = station.user(admin, "anna", "verifier");
        ben = station.user(admin, "ben", "verifier");
    }

    @Test
    void aValueThatBreaksARuleIsSavedOnlyWithARecordedOverride() throws Exception {
        String id = Desk.documentInReview(station, admin, templates);
        int version = Desk.claim(anna, id);

        Api.Response refused = Desk.save(anna, id, "applicant_postal_code", "12-34", version);
        assertEquals(422, refused.status());
        assertEquals("invalid", refused.error());
        assertEquals("invalid_format", refused.json().get("reasons").get(0).asText());
        assertEquals("review", Desk.field(admin, id, "applicant_postal_code").get("status").asText());

        Api.Response kept = anna.put("/api/documents/" + id + "/fields/applicant_postal_code",
                Api.body("value", "12-34", "version", version, "override", Map.of("reason", "申請書の記載どおり")));
        assertEquals(200, kept.status(), kept.toString());
        JsonNode f = kept.json().get("field");
        assertEquals("12-34", f.get("value").asText());
        assertEquals("verified", f.get("status").asText());
        assertEquals("[\"invalid_format\",\"override\"]", f.get("reasons").toString());
        JsonNode override = Desk.last(anna.json("/api/documents/" + id + "/history"));
        assertEquals("override", override.get("kind").asText());
        assertEquals("anna", override.get("user").asText());
        assertEquals("applicant_postal_code", override.get("field").asText());
        assertEquals("12-34", override.get("new").asText());
        assertEquals("申請書の記載どおり", override.get("reason").asText());
    }

    @Test
    void theValidatorsAnswerBeforeSaving() throws Exception {
        String id = Desk.documentInReview(station, admin, templates);
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
        String id = Desk.documentInReview(station, admin, templates);
        int version = Desk.claim(anna, id);

        Api.Response r = anna.put("/api/documents/" + id + "/fields/applicant_phone",
                Api.body("value", null, "version", version, "illegible", true));

        assertEquals(200, r.status(), r.toString());
        JsonNode f = r.json().get("field");
        assertEquals("", f.get("value").asText());
        assertEquals("verified", f.get("status").asText());
        assertEquals("[\"illegible\"]", f.get("reasons").toString());
        JsonNode entry = Desk.last(anna.json("/api/documents/" + id + "/history"));
        assertEquals("illegible", entry.get("kind").asText());
        assertEquals("1234", entry.get("old").asText().replace("-", ""));
    }

    @Test
    void aRejectedDocumentGoesBackToTheClerkWithItsReason() throws Exception {
        String id = Desk.documentInReview(station, admin, templates);
        Api clerk = station.user(admin, "carol", "clerk");
        int version = Desk.claim(anna, id);

        Api.Response r = anna.post("/api/documents/" + id + "/reject", Api.body("reason", "裏面が未記入です", "version", version));

        assertEquals(200, r.status(), r.toString());
        assertEquals("rejected", r.json().get("status").asText());
        assertEquals(0, anna.json("/api/queue").size());
        JsonNode scan = clerk.json("/api/channels/counter1/scans").get(0);
        assertEquals("rejected", scan.get("state").asText());
        assertEquals("裏面が未記入です", scan.get("reasonMessage").asText());
        assertEquals(1, clerk.json("/api/channels").get(0).get("today").get("rejected").asInt());
        Api.Response after = Desk.save(anna, id, "applicant_phone", "03-1234-5678", version + 1);
        assertEquals(409, after.status());
        assertEquals("closed", after.error());
        JsonNode entry = Desk.last(clerk.json("/api/documents/" + id + "/history"));
        assertEquals("rejected", entry.get("kind").asText());
        assertEquals("裏面が未記入です", entry.get("reason").asText());
        assertEquals(0, Desk.outboxRows(station, id));
    }

    @Test
    void theDocumentIsReleasedWithItsOutboxRowOnlyWhenNoFieldIsOpen() throws Exception {
        String id = Desk.documentInReview(station, admin, templates);
        int version = Desk.claim(anna, id);
        Api.Response first = Desk.save(anna, id, "applicant_postal_code", "160-0023", version);
        assertEquals("needs_review", first.json().get("documentStatus").asText());
        assertFalse(first.json().get("released").asBoolean());
        assertEquals(0, Desk.outboxRows(station, id));
        Desk.breakTheOutbox(station, id);

        Api.Response failed = verifyAllExpectingFailure(id, first.json().get("version").asInt());

        assertEquals(500, failed.status(), "the outbox refused the row, so the whole save was undone");
        assertEquals("needs_review", station.document(id).status());
        assertTrue(Desk.reviewFields(admin, id).contains("applicant_phone"));
        assertEquals(first.json().get("version").asInt(), station.document(id).version());
        Desk.repairTheOutbox(station);

        Api.Response last = Desk.verifyAll(anna, id, first.json().get("version").asInt());

        assertTrue(last.json().get("released").asBoolean());
        assertEquals("released", last.json().get("documentStatus").asText());
        assertEquals(1, Desk.outboxRows(station, id));
        assertEquals("released", station.document(id).status());
        assertEquals(0, anna.json("/api/queue").size());
        JsonNode record = anna.json("/api/documents/" + id + "/record");
        assertEquals("complete", record.get("status").asText());
        assertEquals("160-0023", record.get("fields").get("applicant_postal_code").get("value").asText());
        assertEquals("verified", record.get("fields").get("applicant_postal_code").get("status").asText());
        assertEquals("auto", record.get("fields").get("cert_juminhyo").get("status").asText());
        JsonNode released = Desk.last(anna.json("/api/documents/" + id + "/history"));
        assertEquals("released", released.get("kind").asText());
        assertEquals("anna", released.get("user").asText());
    }

    private Api.Response verifyAllExpectingFailure(String id, int version) throws Exception {
        Api.Response r = null;
        for (String name : Desk.reviewFields(anna, id)) {
            Object value = name.equals("applicant_phone") ? "03-1234-5678" : Desk.field(anna, id, name).get("value").asText();
            r = Desk.save(anna, id, name, value, version);
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
        assertEquals(1, Desk.outboxRows(station, d.id()));
        JsonNode history = anna.json("/api/documents/" + d.id() + "/history");
        assertEquals(List.of("read", "released"), List.of(history.get(0).get("kind").asText(),
                history.get(1).get("kind").asText()));
        assertEquals("complete", history.get(0).get("new").asText());
        assertEquals(0, anna.json("/api/queue").size());
    }
}
