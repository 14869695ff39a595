package org.yomitori.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yomitori.config.YomitoriConfig;
import org.yomitori.storage.Database;
import org.yomitori.storage.DocumentRepository;
import org.yomitori.storage.Scan;
import org.yomitori.storage.ScanRepository;
import org.yomitori.storage.ScanState;
import org.yomitori.template.Template;
import org.yomitori.testing.Releases;
import org.yomitori.testing.ScanFixtures;
import org.yomitori.testing.MutableClock;
import org.yomitori.testing.TestConfigs;

/** The scheduled jobs' work on a real database, with a hand-moved clock: exact counts and figures. */
class ScheduledJobsTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** 2025-04-02 09:00 in Tokyo. */
    private static final Instant NOW = Instant.parse("2025-04-02T00:00:00Z");
    private static final Template FORM = ScanFixtures.template(ScanFixtures.JUMINHYO);

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(NOW, TOKYO);
    private YomitoriConfig config;
    private Database db;

    @BeforeEach
    void open() {
        config = TestConfigs.inFolder(dir.resolve("data"), "yomitori.review.overdue-hours", "24",
                "yomitori.schedule.retention.image-days", "30", "yomitori.schedule.summary.seconds-per-field", "9");
        db = Database.open(config.db().url(), config.db().user(), config.db().password());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String inReview(Instant readAt, String... reviewFields) {
        String id = Releases.store(db, FORM, Map.of(), "needs_review", readAt);
        for (String field : reviewFields) {
            db.transaction(c -> c.createStatement().executeUpdate("UPDATE fields SET status = 'review' WHERE name = '"
                    + field + "' AND document_id = '" + id + "'"));
        }
        return id;
    }

    private Instant overdueAt(String id) {
        return db.read(c -> {
            var rs = c.createStatement().executeQuery("SELECT review_overdue_at FROM documents WHERE id = '" + id + "'");
            rs.next();
            return Sql.instant(rs, 1);
        });
    }

    @Test
    void reviewTasksWaitingLongerThanTheOverdueAgeAreFlaggedOnceAndCounted() {
        SlaMonitor sla = new SlaMonitor(db, clock, 24);
        String late = inReview(NOW.minus(Duration.ofHours(30)), "applicant_name");
        String borderline = inReview(NOW.minus(Duration.ofHours(24)), "applicant_name", "applicant_kana");
        String fresh = inReview(NOW.minus(Duration.ofHours(2)), "applicant_name");
        String unidentified = Releases.store(db, FORM, Map.of(), "unidentified", NOW.minus(Duration.ofHours(26)));
        String complete = Releases.store(db, FORM, Map.of(), "complete", NOW.minus(Duration.ofHours(50)));
        String released = inReview(NOW.minus(Duration.ofHours(50)));
        Releases.verifyAndRelease(db, released, Map.of(), NOW);

        assertEquals(3, sla.flagOverdue());
        assertEquals(0, sla.flagOverdue(), "flagged once");

        assertEquals(NOW, overdueAt(late));
        assertEquals(NOW, overdueAt(borderline));
        assertEquals(NOW, overdueAt(unidentified), "a document waiting for a template pick waits for a person too");
        assertNull(overdueAt(fresh));
        assertNull(overdueAt(complete));
        assertNull(overdueAt(released));
        assertEquals(new SlaCounts(24, 4, 3, 3, NOW.minus(Duration.ofHours(30))), sla.counts());
        clock.advance(Duration.ofHours(23));
        assertEquals(new SlaCounts(24, 4, 4, 3, NOW.minus(Duration.ofHours(30))), sla.counts(),
                "overdue now, flagged at the next run");
    }

    @Test
    void imagesOfDocumentsReleasedLongerAgoThanRetentionAreDeletedAndTheRecordStays() throws Exception {
        Retention retention = new Retention(db, config.layout(), clock, 30);
        String old = released(NOW.minus(Duration.ofDays(30)));
        String recent = released(NOW.minus(Duration.ofDays(29)));
        String unreleased = Releases.store(db, FORM, Map.of(), "complete", NOW.minus(Duration.ofDays(90)));
        images(unreleased);

        assertEquals(1, retention.deleteExpiredImages());
        assertEquals(0, retention.deleteExpiredImages(), "done once");

        assertFalse(Files.exists(config.layout().images(old)));
        assertTrue(db.read(c -> new DocumentRepository().pages(c, old)).isEmpty());
        assertTrue(db.read(c -> new DocumentRepository().fields(c, old)).stream().allMatch(f -> f.cropPath() == null));
        assertEquals(FORM.fields().size(), db.read(c -> new DocumentRepository().fields(c, old)).size());
        assertTrue(db.read(c -> new DocumentRepository().find(c, old)).isPresent());
        assertTrue(Files.exists(config.layout().images(recent).resolve("page-0.png")));
        assertTrue(Files.exists(config.layout().images(unreleased).resolve("page-0.png")));
    }

    private String released(Instant at) throws Exception {
        String id = Releases.store(db, FORM, Map.of(), "complete", at.minus(Duration.ofHours(1)));
        Releases.verifyAndRelease(db, id, Map.of(), at);
        images(id);
        return id;
    }

    private void images(String id) throws Exception {
        Files.createDirectories(config.layout().images(id));
        Files.write(config.layout().images(id).resolve("page-0.png"), new byte[] {1});
        Files.write(config.layout().images(id).resolve("field-applicant_name.png"), new byte[] {2});
    }

    @Test
    void theDailySummaryCountsOneCalendarDayOfTheServersZone() throws Exception {
        DailySummary summary = new DailySummary(db, clock, ScheduleSettings.of(config));
        Instant day = Instant.parse("2025-04-01T00:30:00Z"); // 09:30 in Tokyo on 2025-04-01
        String straight = Releases.store(db, FORM, Map.of(), "complete", day);
        Releases.verifyAndRelease(db, straight, Map.of(), day.plusSeconds(60));
        String corrected = Releases.store(db, FORM, Map.of(), "needs_review", day);
        Releases.verifyAndRelease(db, corrected, Map.of("applicant_name", "山田 花子", "applicant_kana", "ヤマダ"),
                day.plusSeconds(120));
        Releases.store(db, FORM, Map.of(), "needs_review", day); // still waiting
        Releases.store(db, FORM, Map.of(), "complete", Instant.parse("2025-03-31T14:59:59Z")); // 23:59 on 03-31
        db.transaction(c -> {
            new ScanRepository().insert(c, new Scan(0, null, "counter1", "broken.pdf", null, "error/x", null, 0, null,
                    null, ScanState.ERROR, "corrupt", "壊れています / corrupt", 0, day, day, day));
            return null;
        });
        String rejected = Releases.store(db, FORM, Map.of(), "needs_review", Instant.parse("2025-03-30T00:00:00Z"));
        db.transaction(c -> c.createStatement().executeUpdate("UPDATE documents SET status = 'rejected', closed_at ="
                + " TIMESTAMP WITH TIME ZONE '2025-04-01 10:00:00+09:00' WHERE id = '" + rejected + "'"));

        Summary s = summary.of(LocalDate.of(2025, 4, 1));

        int fields = FORM.fields().size();
        assertEquals(new Summary(LocalDate.of(2025, 4, 1), 3, 2, 1, 1, 1, 0.5, 2 * fields - 2,
                (2 * fields - 2) * 9 / 3600.0), s);
        Path file = summary.writeYesterday();
        assertEquals(config.dataDir().resolve("reports/summary-2025-04-01.csv"), file);
        assertEquals(DailySummary.HEADER + "\r\n" + String.format(java.util.Locale.ROOT,
                "2025-04-01,3,2,1,1,1,0.500,%d,%.2f", 2 * fields - 2, (2 * fields - 2) * 9 / 3600.0) + "\r\n",
                Files.readString(file));
    }
}
