package org.yomitori.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yomitori.storage.Database;
import org.yomitori.storage.EventRepository;

/**
 * SLA escalation: a review task (a document waiting for a person, as the review queue counts
 * them) whose scan arrived longer ago than yomitori.review.overdue-hours — the age after which the
 * queue shows it overdue — is flagged in documents.review_overdue_at with an audit event and a
 * warning in the log, and counted for the status page.
 */
final class SlaMonitor {
    private static final Logger LOG = LoggerFactory.getLogger("schedule");
    /** The review queue's open documents (ReviewRepository), with the time their scan arrived. */
    private static final String WAITING = " FROM documents d JOIN scans s ON s.id = d.scan_id"
            + " WHERE d.status IN ('needs_review', 'unidentified')";

    private final Database db;
    private final Clock clock;
    private final int ageHours;
    private final EventRepository events = new EventRepository();

    SlaMonitor(Database db, Clock clock, int ageHours) {
        this.db = db;
        this.clock = clock;
        this.ageHours = ageHours;
    }

    /** Flags the review tasks that became overdue since the last run; returns how many. */
    int flagOverdue() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(Duration.ofHours(ageHours));
        int flagged = db.transaction(c -> {
            List<String> ids = Sql.query(c, "SELECT d.id" + WAITING + " AND d.review_overdue_at IS NULL"
                    + " AND s.received_at <= ?", rs -> rs.getString(1), cutoff);
            for (String id : ids) {
                Sql.update(c, "UPDATE documents SET review_overdue_at = ? WHERE id = ?", now, id);
                events.add(c, null, id, now, "review_overdue", "age_hours>=" + ageHours);
            }
            return ids.size();
        });
        if (flagged > 0) {
            LOG.warn("{} review task(s) waiting longer than {} h flagged overdue", flagged, ageHours);
        }
        return flagged;
    }

    SlaCounts counts() {
        Instant cutoff = clock.instant().minus(Duration.ofHours(ageHours));
        return db.read(c -> Sql.query(c, "SELECT COUNT(*), COALESCE(SUM(CASE WHEN s.received_at <= ? THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN d.review_overdue_at IS NOT NULL THEN 1 ELSE 0 END), 0), MIN(s.received_at)"
                + WAITING, rs -> new SlaCounts(ageHours, rs.getInt(1), rs.getInt(2),
                        rs.getInt(3), Sql.instant(rs, 4)), cutoff).get(0));
    }
}
