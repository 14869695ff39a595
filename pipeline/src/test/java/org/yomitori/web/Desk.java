package org.yomitori.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yomitori.storage.ReviewDocument;
import org.yomitori.template.TemplateRegistry;
import org.yomitori.testing.ScanFixtures;

/** What the verification tests share: a document waiting in review, and short-hands for a verifier's actions. */
final class Desk {
    private Desk() {
    }

    /** A 住民票 request whose postal code and phone number break their rules, so they wait in review. */
    static String documentInReview(Station station, Api admin, TemplateRegistry templates) throws Exception {
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

    static List<String> reviewFields(Api who, String id) throws Exception {
        List<String> names = new ArrayList<>();
        who.json("/api/documents/" + id).get("fields").forEach(f -> {
            if (f.get("status").asText().equals("review")) {
                names.add(f.get("name").asText());
            }
        });
        return names;
    }

    static JsonNode field(Api who, String id, String name) throws Exception {
        for (JsonNode f : who.json("/api/documents/" + id).get("fields")) {
            if (f.get("name").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no field " + name);
    }

    static int claim(Api who, String id) throws Exception {
        Api.Response r = who.post("/api/documents/" + id + "/claim", null);
        assertEquals(200, r.status(), r.toString());
        return r.json().get("version").asInt();
    }

    static Api.Response save(Api who, String id, String name, Object value, int version) throws Exception {
        return who.put("/api/documents/" + id + "/fields/" + name, Api.body("value", value, "version", version));
    }

    /** Saves every field still in review with a valid value, returning the last answer. */
    static Api.Response verifyAll(Api who, String id, int version) throws Exception {
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

    static int outboxRows(Station station, String id) {
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
    static void breakTheOutbox(Station station, String id) {
        station.db.transaction(c -> {
            try (var st = c.createStatement()) {
                st.execute("ALTER TABLE release_outbox ADD CONSTRAINT ck_test_refuse CHECK (document_id <> '" + id + "')");
            }
            return null;
        });
    }

    static void repairTheOutbox(Station station) {
        station.db.transaction(c -> {
            try (var st = c.createStatement()) {
                st.execute("ALTER TABLE release_outbox DROP CONSTRAINT ck_test_refuse");
            }
            return null;
        });
    }

    static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }
}
