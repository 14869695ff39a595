package org.yomitori.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Claims over HTTP on documents the real pipeline read from generated scans: one verifier per
 * document, claims that expire, and saves that come too late or race each other.
 */
class VerificationTest extends StationTest {
    private Api anna;
    private Api ben;

    @BeforeEach
    void start() throws Exception {
        anna = station.user(admin, "anna", "verifier");
        ben = station.user(admin, "ben", "verifier");
    }

    @Test
    void twoVerifiersNeverHoldTheSameDocument() throws Exception {
        String id = Desk.documentInReview(station, admin, templates);
        JsonNode queued = anna.json("/api/queue").get(0);
        assertEquals(id, queued.get("documentId").asText());
        assertEquals("住民票の写し等交付申請書", queued.get("title").asText());
        assertTrue(queued.get("lease").isNull());

        Desk.claim(anna, id);
        Api.Response taken = ben.post("/api/documents/" + id + "/claim", null);

        assertEquals(409, taken.status());
        assertEquals("claimed", taken.error());
        assertEquals("anna", taken.json().get("user").asText());
        assertEquals(204, ben.post("/api/queue/next", null).status(), "nothing else is waiting for ben");
        assertEquals("anna", ben.json("/api/queue").get(0).get("lease").get("user").asText());
        Api.Response bensSave = Desk.save(ben, id, "applicant_postal_code", "160-0023", 0);
        assertEquals(409, bensSave.status());
        assertEquals("not_claimed", bensSave.error());
        assertEquals(200, anna.post("/api/documents/" + id + "/claim", null).status(), "the holder may claim again");
    }

    @Test
    void anAbandonedClaimExpiresAndTheLateSaveIsRefused() throws Exception {
        String id = Desk.documentInReview(station, admin, templates);
        int version = Desk.claim(anna, id);

        station.clock.advance(Duration.ofMinutes(11));
        Api.Response next = ben.post("/api/queue/next", null);
        assertEquals(200, next.status(), next.toString());
        assertEquals(id, next.json().get("documentId").asText());
        assertEquals(200, Desk.save(ben, id, "applicant_postal_code", "160-0023", version).status());
        Api.Response late = Desk.save(anna, id, "applicant_postal_code", "999-9999", version);

        assertEquals(409, late.status());
        assertEquals("not_claimed", late.error());
        assertTrue(late.json().get("message").asText().contains("claim it again"));
        assertEquals("160-0023", Desk.field(admin, id, "applicant_postal_code").get("value").asText());
    }

    @Test
    void aSaveOnAnOldVersionIsRefusedAndOverwritesNothing() throws Exception {
        String id = Desk.documentInReview(station, admin, templates);
        int seenByAnna = Desk.claim(anna, id);
        anna.post("/api/documents/" + id + "/unclaim", null);
        int seenByBen = Desk.claim(ben, id);
        assertEquals(200, Desk.save(ben, id, "applicant_postal_code", "160-0023", seenByBen).status());
        ben.post("/api/documents/" + id + "/unclaim", null);
        Desk.claim(anna, id);

        Api.Response stale = Desk.save(anna, id, "applicant_postal_code", "100-0001", seenByAnna);

        assertEquals(409, stale.status());
        assertEquals("stale_version", stale.error());
        assertTrue(stale.json().get("message").asText().contains("reload"));
        JsonNode postal = Desk.field(admin, id, "applicant_postal_code");
        assertEquals("160-0023", postal.get("value").asText());
        assertEquals("verified", postal.get("status").asText());
    }

    @Test
    void twoSavesRacingOnOneVersionLetExactlyOneThrough() throws Exception {
        String id = Desk.documentInReview(station, admin, templates);
        int version = Desk.claim(anna, id);
        Callable<Integer> first = () -> Desk.save(anna, id, "applicant_postal_code", "160-0023", version).status();
        Callable<Integer> second = () -> Desk.save(anna, id, "applicant_phone", "03-1234-5678", version).status();
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
        List<String> stillOpen = Desk.reviewFields(admin, id);
        assertEquals(1, stillOpen.stream().filter(n -> n.equals("applicant_postal_code") || n.equals("applicant_phone"))
                .count(), "exactly one of the two fields was saved: " + stillOpen);
    }
}
