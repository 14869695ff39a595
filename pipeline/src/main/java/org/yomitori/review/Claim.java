package org.yomitori.review;

import java.time.Instant;

/** A verifier's claim on a document: theirs alone until {@code leaseExpiresAt}; {@code version} is the one to save against. */
public record Claim(String documentId, Instant leaseExpiresAt, int version) {
}
