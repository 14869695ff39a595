package org.yomitori.storage;

import java.time.Instant;

/**
 * A stored login session with its user's current role and state.
 *
 * @param idHash    SHA-256 (hex) of the session cookie's value
 * @param csrfToken the token mutating requests must echo
 */
public record SessionRecord(String idHash, String username, String role, boolean active, String csrfToken,
                            Instant createdAt, Instant lastSeenAt) {
    @Override
    public String toString() { // keeps the tokens out of logs
        return "SessionRecord[" + username + ", " + role + "]";
    }
}
