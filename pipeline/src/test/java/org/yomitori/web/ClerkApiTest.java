package org.yomitori.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yomitori.intake.ReasonFiles;
import org.yomitori.reading.ReadingService;
import org.yomitori.samples.ScanWriter;
import org.yomitori.testing.ScanFixtures;

/** The clerks' status per channel and their error folder, with re-submission, over HTTP. */
class ClerkApiTest extends StationTest {
    private Api carol;

    @BeforeEach
    void start() throws Exception {
        carol = station.user(admin, "carol", "clerk");
    }

    @Test
    void todaysFilesAreCountedPerStateWithTheirReasons() throws Exception {
        Map<String, Object> doubtful = new LinkedHashMap<>(ScanFixtures.juminhyoValues());
        doubtful.put("applicant_phone", "1234");
        station.drop("counter1", "sure.png", ScanFixtures.filled(templates.byId(ScanFixtures.JUMINHYO).orElseThrow(),
                ScanFixtures.juminhyoValues()));
        station.drop("counter1", "doubtful.png", ScanFixtures.filled(templates.byId(ScanFixtures.JUMINHYO).orElseThrow(),
                doubtful));
        station.drop("counter1", "letter.png", ScanFixtures.page("お知らせ"));
        station.takeIn("counter1", ScanFixtures.corruptPng(station.inbox("counter1").resolve("broken.png")));
        station.takeIn("counter1", ScanFixtures.png(station.inbox("counter1").resolve("queued.png"), ScanFixtures.page("待ち")));

        JsonNode counter = carol.json("/api/channels").get(0);
        JsonNode scans = carol.json("/api/channels/counter1/scans");

        assertEquals("counter1", counter.get("channel").asText());
        JsonNode today = counter.get("today");
        assertEquals(5, today.get("received").asInt());
        for (String state : List.of("released", "review", "unidentified", "error", "queued")) {
            assertEquals(1, today.get(state).asInt(), state + " in " + today);
        }
        assertEquals(0, counter.get("overdue").asInt());
        assertEquals(List.of("queued.png", "broken.png", "letter.png", "doubtful.png", "sure.png"),
                scans.findValuesAsText("file"));
        assertEquals(List.of("queued", "error", "unidentified", "review", "released"), scans.findValuesAsText("state"));
        assertEquals("corrupt", scans.get(1).get("reasonCode").asText());
        assertTrue(scans.get(1).get("reasonMessage").asText().contains(" / "), "Japanese / English");
        assertEquals("released", scans.get(4).get("documents").get(0).get("status").asText());
        assertEquals(0, carol.json("/api/channels/counter1/scans?date=2025-03-31").size());
        assertEquals(0, carol.json("/api/channels").get(1).get("today").get("received").asInt());
        station.clock.advance(java.time.Duration.ofHours(25));
        assertEquals(401, carol.get("/api/channels").status(), "yesterday's session is over");
        carol.login("carol", Api.PASSWORD);
        assertEquals(2, carol.json("/api/channels").get(0).get("overdue").asInt(), "the review and the unidentified one");
        assertEquals(1, carol.json("/api/scans?date=2025-04-01").get("channels").get(0).get("counts").get("needs_review").asInt(),
                "the status page's own API still answers");
    }

    @Test
    void aFileRefusedAtIntakeIsResubmittedIntoItsDropFolder() throws Exception {
        station.takeIn("scanner1", ScanFixtures.corruptPng(station.inbox("scanner1").resolve("broken.png")));
        JsonNode listed = carol.json("/api/errors?channel=scanner1");
        assertEquals(1, listed.size());
        assertEquals("broken.png", listed.get(0).get("file").asText());
        assertEquals("corrupt", listed.get(0).get("reasonCode").asText());
        assertEquals(404, carol.post("/api/errors/scanner1/..%2Fbroken.png/resubmit", null).status());
        assertEquals(404, carol.post("/api/errors/scanner1/broken.png.reason.txt/resubmit", null).status());

        Api.Response r = carol.post("/api/errors/scanner1/broken.png/resubmit", null);

        assertEquals(202, r.status(), r.toString());
        assertFalse(r.json().get("requeued").asBoolean());
        assertTrue(Files.isRegularFile(station.inbox("scanner1").resolve("broken.png")), "back in the drop folder");
        assertEquals(0, carol.json("/api/errors").size());
        assertFalse(Files.exists(ReasonFiles.reasonFileOf(station.layout.error("scanner1").resolve("broken.png"))));
    }

    @Test
    void aScanThatFailedWhileBeingReadIsQueuedAgainAndRead() throws Exception {
        Path file = ScanFixtures.scan(station.inbox("counter1").resolve("申請書.png"),
                ScanFixtures.filled(templates.byId(ScanFixtures.JUMINHYO).orElseThrow(), ScanFixtures.juminhyoValues()),
                ScanWriter.Format.PNG);
        long scanId = station.takeIn("counter1", file).scanId();
        station.failWhileReading(scanId);
        JsonNode error = carol.json("/api/errors").get(0);
        assertEquals("internal_error", error.get("reasonCode").asText());
        assertEquals("error", carol.json("/api/channels/counter1/scans").get(0).get("state").asText());

        Api.Response r = carol.post("/api/errors/counter1/" + java.net.URLEncoder.encode("申請書.png",
                java.nio.charset.StandardCharsets.UTF_8) + "/resubmit", null);

        assertEquals(202, r.status(), r.toString());
        assertTrue(r.json().get("requeued").asBoolean());
        assertEquals(0, carol.json("/api/errors").size());
        assertEquals("queued", carol.json("/api/channels/counter1/scans").get(0).get("state").asText());
        assertEquals(ReadingService.Outcome.DONE, station.read(scanId));
        assertEquals("released", carol.json("/api/channels/counter1/scans").get(0).get("state").asText());
    }
}
