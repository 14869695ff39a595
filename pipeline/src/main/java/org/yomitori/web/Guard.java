package org.yomitori.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.yomitori.auth.Accounts;
import org.yomitori.auth.Session;

/**
 * Runs before every matched API route: finds the caller's session, checks the route's
 * {@link Access} (a route without one is refused: deny by default), and for every request that
 * changes something checks the CSRF token. Public routes that take a body accept JSON only, which
 * a cross-site form cannot send.
 */
final class Guard implements Handler {
    static final String SESSION_COOKIE = "yomitori_session";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String SESSION = "yomitori.session";

    private final Accounts accounts;

    Guard(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void handle(Context ctx) {
        if (!ctx.path().startsWith("/api/")) {
            return; // the static pages hold no data
        }
        Access access = ctx.routeRoles().stream().filter(Access.class::isInstance).map(Access.class::cast)
                .findFirst().orElse(null);
        if (access == null) {
            throw forbidden();
        }
        if (access == Access.PUBLIC) {
            if (changes(ctx) && !String.valueOf(ctx.contentType()).startsWith("application/json")) {
                throw new ApiError(415, "json_only", "JSONで送ってください / Send JSON (application/json)");
            }
            return;
        }
        Session session = accounts.session(ctx.cookie(SESSION_COOKIE)).orElseThrow(() -> new ApiError(401,
                "unauthenticated", "ログインしてください / Log in first"));
        if (!session.role().includes(access.least())) {
            throw forbidden();
        }
        if (changes(ctx) && !tokenMatches(ctx.header(CSRF_HEADER), session.csrfToken())) {
            throw new ApiError(403, "csrf", "画面を再読み込みしてください / Reload the page (missing or wrong CSRF token)");
        }
        ctx.attribute(SESSION, session);
    }

    /** The caller's session; only for routes that are not public. */
    static Session session(Context ctx) {
        return Optional.ofNullable(ctx.<Session>attribute(SESSION))
                .orElseThrow(() -> new IllegalStateException("no session: the route is public"));
    }

    private static boolean changes(Context ctx) {
        HandlerType m = ctx.method();
        return m == HandlerType.POST || m == HandlerType.PUT || m == HandlerType.PATCH || m == HandlerType.DELETE;
    }

    private static boolean tokenMatches(String given, String expected) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    private static ApiError forbidden() {
        return new ApiError(403, "forbidden", "この操作の権限がありません / Your role may not do this");
    }
}
