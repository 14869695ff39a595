package org.yomitori.web;

import io.javalin.security.RouteRole;
import org.yomitori.auth.Role;

/** Who may call a route: anyone (login, setup, the API description) or a logged-in person of at least a role. */
enum Access implements RouteRole {
    PUBLIC(null), CLERK(Role.CLERK), VERIFIER(Role.VERIFIER), ADMIN(Role.ADMIN);

    private final Role least;

    Access(Role least) {
        this.least = least;
    }

    /** The least role allowed, or null for a public route. */
    Role least() {
        return least;
    }
}
