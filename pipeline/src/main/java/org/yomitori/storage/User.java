package org.yomitori.storage;

import java.time.Instant;

/**
 * A person who logs in.
 *
 * @param passwordHash the bcrypt hash of the password; never the password
 * @param role         clerk, verifier or admin
 * @param active       false once the person may no longer log in (kept for the audit trail)
 */
public record User(String username, String passwordHash, String role, boolean active, Instant createdAt,
                   Instant updatedAt) {
    @Override
    public String toString() { // keeps the hash out of logs
        return "User[" + username + ", " + role + (active ? "" : ", inactive") + "]";
    }
}
