package org.yomitori.schedule;

import java.time.Instant;

/**
 * The review queue against its service level, for the status page (GET /api/sla).
 *
 * @param reviewAgeHours the configured age after which a waiting document is overdue
 * @param inReview       documents with fields waiting for a person
 * @param overdue        of those, the ones older than the age now
 * @param flagged        of those, the ones the SLA job has flagged (it runs on its schedule)
 * @param oldest         when the oldest waiting document was read, or null when none waits
 */
public record SlaCounts(int reviewAgeHours, int inReview, int overdue, int flagged, Instant oldest) {
}
