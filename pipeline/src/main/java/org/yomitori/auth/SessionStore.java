package org.yomitori.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.yomitori.config.YomitoriConfig;
import org.yomitori.storage.Database;
import org.yomitori.storage.SessionRecord;
import org.yomitori.storage.SessionRepository;

/**
 * Server-side sessions: a random cookie value (256 bits) whose SHA-256 is the database key, a CSRF
 * token per session, an idle timeout and an absolute lifetime. A session of a deactivated account
 * is dead at once, whatever its age.
 */
final class SessionStore {
    /** Writing last_seen_at on every request is wasted work; once a minute is precise enough for a 30-minute timeout. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;
    private final Duration idle;
    private final Duration lifetime;
    private final Clock clock;
    private final SessionRepository sessions = new SessionRepository();

    SessionStore(Database db, YomitoriConfig.Auth settings, Clock clock) {
        this.db = db;
        this.idle = Duration.ofMinutes(settings.sessionIdleMinutes());
        this.lifetime = Duration.ofHours(settings.sessionMaxHours());
        this.clock = clock;
    }

    /** Starts a session on the caller's transaction; returns the cookie value and the session. */
    Login open(Connection tx, String username, Role role) throws SQLException {
        Instant now = clock.instant();
        sessions.deleteExpired(tx, now.minus(idle), now.minus(lifetime));
        String cookie = randomToken();
        SessionRecord row = new SessionRecord(hash(cookie), username, role.id(), true, randomToken(), now, now);
        sessions.insert(tx, row);
        return new Login(cookie, new Session(username, role, row.csrfToken(), row.idHash()));
    }

    Optional<Session> find(String cookie) {
        if (cookie == null || cookie.isEmpty() || cookie.length() > 100) {
            return Optional.empty();
        }
        String idHash = hash(cookie);
        Optional<SessionRecord> row = db.read(c -> sessions.find(c, idHash));
        Instant now = clock.instant();
        if (row.isEmpty() || !alive(row.get(), now)) {
            return Optional.empty();
        }
        SessionRecord s = row.get();
        if (s.lastSeenAt().plus(TOUCH_EVERY).isBefore(now)) {
            db.transaction(c -> {
                sessions.touch(c, idHash, now);
                return null;
            });
        }
        return Role.fromId(s.role()).map(role -> new Session(s.username(), role, s.csrfToken(), idHash));
    }

    void close(String cookie) {
        if (cookie != null && !cookie.isEmpty()) {
            db.transaction(c -> {
                sessions.delete(c, hash(cookie));
                return null;
            });
        }
    }

    /** Ends a user's sessions (but {@code keepIdHash}, may be null) on the caller's transaction. */
    void closeAll(Connection tx, String username, String keepIdHash) throws SQLException {
        sessions.deleteForUser(tx, username, keepIdHash);
    }

    private boolean alive(SessionRecord s, Instant now) {
        return s.active() && s.lastSeenAt().plus(idle).isAfter(now) && s.createdAt().plus(lifetime).isAfter(now);
    }

    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
