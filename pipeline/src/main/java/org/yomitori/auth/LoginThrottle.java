package org.yomitori.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES} failed logins for one user name within
 * {@link #WINDOW}, further attempts are refused until the window has passed. Kept in memory: a
 * restart forgets it, which only helps an attacker who can restart the server anyway.
 */
final class LoginThrottle {
    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Bounds the memory an attacker can make us use by trying many names. */
    private static final int MAX_TRACKED = 10_000;

    private record Failures(int count, Instant since) {
    }

    private final Clock clock;
    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean blocked(String username) {
        Failures f = failures.get(username);
        if (f == null) {
            return false;
        }
        if (f.since().plus(WINDOW).isBefore(clock.instant())) {
            failures.remove(username, f);
            return false;
        }
        return f.count() >= MAX_FAILURES;
    }

    void failed(String username) {
        if (failures.size() >= MAX_TRACKED) {
            Instant cutoff = clock.instant().minus(WINDOW);
            failures.values().removeIf(f -> f.since().isBefore(cutoff));
        }
        Instant now = clock.instant();
        failures.merge(username, new Failures(1, now), (old, one) -> old.since().plus(WINDOW).isBefore(now)
                ? one : new Failures(old.count() + 1, old.since()));
    }

    void succeeded(String username) {
        failures.remove(username);
    }
}
