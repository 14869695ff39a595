package org.yomitori.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yomitori.app.YomitoriApp;
import org.yomitori.config.YomitoriConfig;
import org.yomitori.storage.Database;
import org.yomitori.storage.DocumentRepository;
import org.yomitori.template.Template;
import org.yomitori.testing.Poll;
import org.yomitori.testing.Releases;
import org.yomitori.testing.ScanFixtures;
import org.yomitori.testing.TestConfigs;

/**
 * The schedules on the real application: Camel's quartz routes from routes/schedules.camel.yaml
 * with crons firing every second, the JDBC job store in the pipeline's database, and a restart.
 */
class SchedulesFlowTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String EVERY_SECOND = "* * * * * ?";
    private static final Template FORM = ScanFixtures.template(ScanFixtures.JUMINHYO);

    @TempDir
    Path dir;
    private YomitoriApp app;
    private YomitoriConfig config;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private YomitoriConfig config() {
        return TestConfigs.inFolder(dir.resolve("data"), "yomitori.schedule.sla.cron", EVERY_SECOND,
                "yomitori.schedule.retention.cron", EVERY_SECOND, "yomitori.schedule.summary.cron", EVERY_SECOND,
                "yomitori.review.overdue-hours", "24", "yomitori.schedule.retention.image-days", "30",
                "yomitori.export.endpoints.dirs", dir.resolve("no-endpoints").toString());
    }

    @Test
    void slaRetentionAndSummaryFireAtTheirCronsAndKeepFiringAfterARestart() throws Exception {
        config = config();
        Instant now = Instant.now();
        String late;
        String fresh;
        String old;
        String recent;
        try (Database db = Database.open(config.db().url(), config.db().user(), config.db().password())) {
            late = inReview(db, now.minus(Duration.ofHours(25)));
            fresh = inReview(db, now.minus(Duration.ofHours(1)));
            old = released(db, now.minus(Duration.ofDays(31)));
            recent = released(db, now.minus(Duration.ofDays(29)));
        }
        app = YomitoriApp.start(config);

        Poll.until(TIMEOUT, "the overdue review task flagged", () -> overdueAt(late) != null);
        Poll.until(TIMEOUT, "the old images deleted", () -> imagesDeletedAt(old) != null);
        Path summary = config.dataDir().resolve("reports").resolve("summary-" + LocalDate.now().minusDays(1) + ".csv");
        Poll.until(TIMEOUT, "the daily summary written", () -> Files.isRegularFile(summary));

        assertEquals(null, overdueAt(fresh));
        assertFalse(Files.exists(image(old, "page-0.png")));
        assertFalse(Files.exists(config.layout().images(old)), "the document's image folder is gone");
        assertTrue(Files.exists(image(recent, "page-0.png")), "recent releases keep their images");
        assertEquals(FORM.fields().size(), app.database().read(c -> new DocumentRepository().fields(c, old)).size(),
                "the record stays");
        assertTrue(app.database().read(c -> new DocumentRepository().pages(c, old)).isEmpty());
        assertTrue(Files.readString(summary).startsWith(DailySummary.HEADER + "\r\n"));
        assertEquals(List.of("retention", "sla", "summary"), storedTriggers());

        app.close();
        Files.delete(summary);
        app = YomitoriApp.start(config);

        assertEquals(List.of("retention", "sla", "summary"), storedTriggers());
        Poll.until(TIMEOUT, "the daily summary written again after the restart", () -> Files.isRegularFile(summary));
        assertNotNull(overdueAt(late));
    }

    private String inReview(Database db, Instant readAt) {
        String id = Releases.store(db, FORM, Map.of("applicant_name", "山田 花子"), "needs_review", readAt);
        db.transaction(c -> c.createStatement().executeUpdate(
                "UPDATE fields SET status = 'review' WHERE name = 'applicant_name' AND document_id = '" + id + "'"));
        return id;
    }

    private String released(Database db, Instant releasedAt) throws Exception {
        String id = Releases.store(db, FORM, Map.of(), "complete", releasedAt.minus(Duration.ofHours(2)));
        Releases.verifyAndRelease(db, id, Map.of(), releasedAt);
        Files.createDirectories(config.layout().images(id));
        Files.write(image(id, "page-0.png"), new byte[] {1});
        for (var f : FORM.fields()) {
            Files.write(image(id, "field-" + f.name() + ".png"), new byte[] {2});
        }
        return id;
    }

    private Path image(String documentId, String name) {
        return config.layout().images(documentId).resolve(name);
    }

    private Instant overdueAt(String documentId) {
        return instant("SELECT review_overdue_at FROM documents WHERE id = ?", documentId);
    }

    private Instant imagesDeletedAt(String documentId) {
        return instant("SELECT images_deleted_at FROM documents WHERE id = ?", documentId);
    }

    private Instant instant(String sql, String id) {
        return app.database().read(c -> {
            try (var ps = c.prepareStatement(sql)) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return Sql.instant(rs, 1);
                }
            }
        });
    }

    private List<String> storedTriggers() {
        return app.database().read(c -> {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT t.TRIGGER_NAME FROM QRTZ_TRIGGERS t"
                    + " JOIN QRTZ_CRON_TRIGGERS ct ON ct.TRIGGER_NAME = t.TRIGGER_NAME AND ct.TRIGGER_GROUP = t.TRIGGER_GROUP"
                    + " WHERE t.TRIGGER_GROUP = 'yomitori' ORDER BY 1")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }
}
