package org.yomitori.export;

import java.time.Instant;

/**
 * One row of the deliveries table: a released document on its way to one endpoint.
 *
 * @param state     held, pending, delivered or dead
 * @param attempts  attempts started (a crash during one counts)
 * @param batchId   the batch the row was put in, or null
 * @param releasedAt when the document was released (from its release_outbox row)
 */
record Delivery(long id, long outboxId, String documentId, String endpoint, String state, int attempts,
                Instant nextAttemptAt, String batchId, String errorCode, String errorField, String errorMessage,
                Instant updatedAt, Instant releasedAt) {
    static final String HELD = "held";
    static final String PENDING = "pending";
    static final String DELIVERED = "delivered";
    static final String DEAD = "dead";
}
