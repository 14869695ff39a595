package org.yomitori.schedule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yomitori.storage.AtomicFiles;
import org.yomitori.storage.Database;

/**
 * The daily summary: documents in, released, rejected, errors, straight-through-processing rate
 * and hours of keying saved, for any day (days are the server's calendar days), and written as a
 * one-row CSV for the previous day by the summary schedule.
 */
final class DailySummary {
    static final String HEADER = "date,documents_in,released,rejected,errors,straight_through,stp_rate,fields_auto,"
            + "keying_hours_saved";
    private static final Logger LOG = LoggerFactory.getLogger("schedule");
    private static final String RELEASED = "SELECT document_id FROM release_outbox WHERE released_at >= ? AND released_at < ?";

    private final Database db;
    private final Clock clock;
    private final ScheduleSettings settings;

    DailySummary(Database db, Clock clock, ScheduleSettings settings) {
        this.db = db;
        this.clock = clock;
        this.settings = settings;
    }

    Summary of(LocalDate date) {
        Instant from = date.atStartOfDay(clock.getZone()).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return db.read(c -> summary(c, date, from, to));
    }

    private Summary summary(Connection c, LocalDate date, Instant from, Instant to) throws SQLException {
        int in = Sql.count(c, "SELECT COUNT(*) FROM documents WHERE created_at >= ? AND created_at < ?", from, to);
        int released = Sql.count(c, "SELECT COUNT(*) FROM (" + RELEASED + ") r", from, to);
        int rejected = Sql.count(c, "SELECT COUNT(*) FROM documents WHERE status = 'rejected' AND closed_at >= ?"
                + " AND closed_at < ?", from, to);
        int errors = Sql.count(c, "SELECT COUNT(*) FROM scans WHERE state = 'error' AND updated_at >= ? AND updated_at < ?",
                from, to);
        int straight = Sql.count(c, "SELECT COUNT(*) FROM (" + RELEASED + ") r WHERE NOT EXISTS"
                + " (SELECT 1 FROM fields f WHERE f.document_id = r.document_id AND f.status <> 'auto')", from, to);
        int auto = Sql.count(c, "SELECT COUNT(*) FROM fields f WHERE f.status = 'auto' AND f.document_id IN ("
                + RELEASED + ")", from, to);
        double rate = released == 0 ? 0 : straight / (double) released;
        return new Summary(date, in, released, rejected, errors, straight, rate, auto,
                auto * settings.secondsPerField() / 3600.0);
    }

    /** Writes summary-&lt;yesterday&gt;.csv (UTF-8, CRLF) into the configured folder; returns the file. */
    Path writeYesterday() throws IOException {
        Summary s = of(LocalDate.now(clock).minusDays(1));
        Path file = settings.summaryFolder().resolve("summary-" + s.date() + ".csv");
        AtomicFiles.write(file, (HEADER + "\r\n" + row(s) + "\r\n").getBytes(StandardCharsets.UTF_8));
        LOG.info("daily summary for {} written to {}", s.date(), file);
        return file;
    }

    static String row(Summary s) {
        return String.format(Locale.ROOT, "%s,%d,%d,%d,%d,%d,%.3f,%d,%.2f", s.date(), s.documentsIn(), s.released(),
                s.rejected(), s.errors(), s.straightThrough(), s.stpRate(), s.fieldsAuto(), s.keyingHoursSaved());
    }
}
