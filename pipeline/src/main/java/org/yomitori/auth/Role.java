package org.yomitori.auth;

import java.util.Locale;
import java.util.Optional;

/** What a person may do. Each role can do everything the roles before it can: clerk &lt; verifier &lt; admin. */
public enum Role {
    /** Drops scans and watches their status, re-submits failed files. */
    CLERK,
    /** Verifies and corrects documents in the review queue. */
    VERIFIER,
    /** Manages accounts; can do everything. */
    ADMIN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromId(String id) {
        for (Role r : values()) {
            if (r.id().equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Whether this role may do what {@code needed} may. */
    public boolean includes(Role needed) {
        return ordinal() >= needed.ordinal();
    }
}
