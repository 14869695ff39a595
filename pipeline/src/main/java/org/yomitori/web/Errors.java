package org.yomitori.web;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yomitori.auth.AuthException;
import org.yomitori.review.ReviewException;

/**
 * Turns refusals into the API's error answers ({@code {"error": code, "message": "日本語 / English"}})
 * with the right HTTP status; anything unexpected is logged (without request data) and answered 500.
 */
final class Errors {
    private static final Logger LOG = LoggerFactory.getLogger("web");
    private static final Map<String, Integer> REVIEW = Map.of(ReviewException.CLAIMED, 409,
            ReviewException.NOT_CLAIMED, 409, ReviewException.STALE_VERSION, 409, ReviewException.CLOSED, 409,
            ReviewException.INVALID, 422, ReviewException.BAD_VALUE, 400, ReviewException.NOT_FOUND, 404,
            ReviewException.NOT_ALLOWED, 409);
    private static final Map<String, Integer> AUTH = Map.of(AuthException.BAD_CREDENTIALS, 401,
            AuthException.TOO_MANY_ATTEMPTS, 429, AuthException.BAD_SETUP_TOKEN, 403, AuthException.SETUP_DONE, 409,
            AuthException.WEAK_PASSWORD, 400, AuthException.BAD_USERNAME, 400, AuthException.BAD_ROLE, 400,
            AuthException.USER_EXISTS, 409, AuthException.NO_SUCH_USER, 404, AuthException.LAST_ADMIN, 409);

    private Errors() {
    }

    static void register(Javalin app) {
        app.exception(ApiError.class, (e, ctx) -> ctx.status(e.status()).json(e.body()));
        app.exception(ReviewException.class, (e, ctx) -> {
            ApiError error = review(e);
            ctx.status(error.status()).json(error.body());
        });
        app.exception(AuthException.class, (e, ctx) -> ctx.status(AUTH.getOrDefault(e.code(), 400))
                .json(Map.of("error", e.code(), "message", e.getMessage())));
        app.exception(HttpResponseException.class, (e, ctx) -> ctx.status(e.getStatus())
                .json(Map.of("error", "http_" + e.getStatus(), "message", e.getMessage())));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("web request failed: {} {}", ctx.method(), ctx.matchedPath(), e);
            ctx.status(500).json(Map.of("error", "internal", "message",
                    "システムの問題が起きました / Internal error; the administrator can see it in the log"));
        });
    }

    /** Who holds the claim; a claim released in the instant between two looks has no holder. */
    private static Map<String, Object> claim(ReviewException e) {
        Map<String, Object> n = new java.util.LinkedHashMap<>();
        n.put("user", e.holder());
        n.put("expiresAt", e.expiresAt() == null ? null : e.expiresAt().toString());
        return n;
    }

    private static ApiError review(ReviewException e) {
        Map<String, Object> details = switch (e.code()) {
            case ReviewException.CLAIMED -> claim(e);
            case ReviewException.INVALID -> Map.of("reasons", e.reasons());
            default -> Map.of();
        };
        return new ApiError(REVIEW.getOrDefault(e.code(), 400), e.code(), e.getMessage(), details);
    }
}
