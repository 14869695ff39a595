package org.yomitori.export;

import java.time.Instant;

/**
 * A delivery that was given up, as the dead-letter list shows it to an administrator.
 *
 * @param id         the delivery's id, to re-drive it
 * @param errorCode  unencodable, too_long, not_a_number, mapping, retries_exhausted...
 * @param errorField the template field concerned, or null
 * @param message    what went wrong, naming the document and field, never a value
 * @param failedAt   when it was given up
 */
public record DeadLetter(long id, String documentId, String endpoint, String template, int attempts, String errorCode,
                         String errorField, String message, Instant releasedAt, Instant failedAt) {
}
