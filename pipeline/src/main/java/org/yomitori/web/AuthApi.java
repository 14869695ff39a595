package org.yomitori.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yomitori.auth.Accounts;
import org.yomitori.auth.Login;
import org.yomitori.auth.Session;

/** Login, logout, the session, the first-admin setup and (for admins) accounts. */
final class AuthApi {
    private final Accounts accounts;
    private final MyNumberPolicy myNumbers;
    private final boolean secureCookie;

    AuthApi(Accounts accounts, MyNumberPolicy myNumbers, boolean secureCookie) {
        this.accounts = accounts;
        this.myNumbers = myNumbers;
        this.secureCookie = secureCookie;
    }

    void register(ApiRoutes api) {
        api.get("/api/session", Access.CLERK, this::session)
                .get("/api/setup", Access.PUBLIC, ctx -> ctx.json(Map.of("needed", accounts.setupNeeded())))
                .post("/api/setup", Access.PUBLIC, this::setup)
                .post("/api/login", Access.PUBLIC, this::login)
                .post("/api/logout", Access.CLERK, this::logout)
                .get("/api/users", Access.ADMIN, ctx -> ctx.json(accounts.accounts().stream().map(a -> Map.of(
                        "username", a.username(), "role", a.role().id(), "active", a.active())).toList()))
                .post("/api/users", Access.ADMIN, this::createUser)
                .patch("/api/users/{username}", Access.ADMIN, this::updateUser);
    }

    private void session(Context ctx) {
        Session s = Guard.session(ctx);
        Map<String, Object> out = loggedIn(s);
        out.put("myNumberAllowed", myNumbers.allowed(s.role()));
        ctx.json(out);
    }

    private void setup(Context ctx) {
        Body body = Body.of(ctx);
        Login login = accounts.setup(body.text("token"), body.text("username"), body.text("password"));
        startSession(ctx, login);
        ctx.status(201).json(loggedIn(login.session()));
    }

    private void login(Context ctx) {
        Body body = Body.of(ctx);
        Login login = accounts.login(body.text("username"), body.text("password"));
        startSession(ctx, login);
        ctx.json(loggedIn(login.session()));
    }

    private void logout(Context ctx) {
        accounts.logout(ctx.cookie(Guard.SESSION_COOKIE));
        ctx.cookie(cookie("", 0));
        ctx.status(204);
    }

    private void createUser(Context ctx) {
        Body body = Body.of(ctx);
        accounts.create(Guard.session(ctx), body.text("username"), body.text("password"), body.text("role"));
        ctx.status(201).json(Map.of("username", body.text("username"), "role", body.text("role"), "active", true));
    }

    private void updateUser(Context ctx) {
        Body body = Body.of(ctx);
        accounts.update(Guard.session(ctx), ctx.pathParam("username"), body.text("role"), body.bool("active"),
                body.text("password"));
        ctx.status(204);
    }

    private void startSession(Context ctx, Login login) {
        ctx.cookie(cookie(login.cookie(), -1));
    }

    /** The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site sends it). */
    private Cookie cookie(String value, int maxAge) {
        return new Cookie(Guard.SESSION_COOKIE, value, "/", maxAge, secureCookie, 0, true, null, null, SameSite.STRICT);
    }

    private static Map<String, Object> loggedIn(Session s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("user", s.username());
        out.put("role", s.role().id());
        out.put("csrfToken", s.csrfToken());
        return out;
    }
}
