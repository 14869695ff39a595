package org.yomitori.review;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.yomitori.storage.Database;
import org.yomitori.storage.ReviewDocument;
import org.yomitori.storage.ReviewRepository;

/**
 * Claims on documents. A claim is a lease: it ends by itself after the lease time unless its
 * holder saves (which extends it), so an abandoned document returns to the queue. Claims and
 * every change are conditional updates, so two verifiers can never hold one document.
 */
final class Leases {
    private final Database db;
    private final Clock clock;
    private final Duration lease;
    private final ReviewRepository review = new ReviewRepository();

    Leases(Database db, Clock clock, Duration lease) {
        this.db = db;
        this.clock = clock;
        this.lease = lease;
    }

    Claim claim(String id, String user) {
        Instant now = clock.instant();
        Instant until = now.plus(lease);
        return db.transaction(c -> {
            if (review.claim(c, id, user, now, until)) {
                return new Claim(id, until, find(c, id).version());
            }
            ReviewDocument d = find(c, id);
            if (!d.isOpen()) {
                throw closed();
            }
            throw ReviewException.claimed(d.leaseUser(), d.leaseExpiresAt());
        });
    }

    void unclaim(String id, String user) {
        db.transaction(c -> {
            review.unclaim(c, id, user);
            return null;
        });
    }

    /** Claims the oldest open document nobody else holds; empty when there is none. */
    Optional<Claim> next(String template, String channel, String user) {
        Instant now = clock.instant();
        Instant until = now.plus(lease);
        return db.transaction(c -> {
            for (ReviewDocument d : review.open(c, template, channel)) {
                String holder = d.leaseHolder(now);
                if ((holder == null || holder.equals(user)) && review.claim(c, d.id(), user, now, until)) {
                    return Optional.of(new Claim(d.id(), until, d.version()));
                }
            }
            return Optional.empty();
        });
    }

    /**
     * Starts a change by {@code user} on the caller's transaction: raises the version and extends the
     * claim, or refuses with the reason (closed, not claimed, or a stale version).
     */
    Instant begin(Connection tx, String id, int version, String user) throws SQLException {
        Instant now = clock.instant();
        if (review.advance(tx, id, version, user, now, now.plus(lease))) {
            return now;
        }
        ReviewException refusal = refusal(find(tx, id), version, user, now);
        throw refusal != null ? refusal : stale(); // the claim ran out between the update and the look
    }

    /** Why {@code user} may not change {@code d} at {@code version} now, or null when they may. */
    static ReviewException refusal(ReviewDocument d, int version, String user, Instant now) {
        if (!d.isOpen()) {
            return closed();
        }
        if (!user.equals(d.leaseHolder(now))) {
            return ReviewException.of(ReviewException.NOT_CLAIMED,
                    "この書類の作業権がありません(期限切れの可能性があります)。もう一度取得してください。",
                    "You do not hold this document (your claim may have expired); claim it again.");
        }
        return d.version() != version ? stale() : null;
    }

    private static ReviewException stale() {
        return ReviewException.of(ReviewException.STALE_VERSION,
                "他の人が先に保存しました。再読み込みしてから入力し直してください。",
                "Someone saved this document first; reload it and enter your change again.");
    }

    private static ReviewException closed() {
        return ReviewException.of(ReviewException.CLOSED, "この書類は確定または差し戻し済みです。",
                "This document was already released or rejected.");
    }

    private ReviewDocument find(Connection c, String id) throws SQLException {
        return review.find(c, id).orElseThrow(() -> ReviewException.notFound("document " + id));
    }
}
