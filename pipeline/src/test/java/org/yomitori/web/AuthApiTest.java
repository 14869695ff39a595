package org.yomitori.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yomitori.extract.ExtractorSettings;
import org.yomitori.extract.FilledForms;
import org.yomitori.extract.PipelineExtractor;
import org.yomitori.storage.UserRepository;
import org.yomitori.template.TemplateRegistry;

/** Accounts, sessions and the guard over HTTP: setup, login, roles on every route, CSRF. */
class AuthApiTest {
    private static TemplateRegistry templates;
    private static PipelineExtractor extractor;

    @TempDir
    Path dir;
    private Station station;

    @BeforeAll
    static void engines() {
        templates = FilledForms.sampleTemplates();
        extractor = new PipelineExtractor(ExtractorSettings.defaults(), templates);
    }

    @AfterAll
    static void closeEngines() {
        extractor.close();
    }

    @BeforeEach
    void start() throws Exception {
        station = new Station(dir, extractor, templates);
    }

    @AfterEach
    void stop() {
        station.close();
    }

    @Test
    void theFirstAdministratorIsCreatedOnceWithTheConsoleTokenAndNoDefaultAccountExists() throws Exception {
        Api anyone = station.api();
        assertTrue(anyone.json("/api/setup").get("needed").asBoolean());
        String token = station.accounts.startSetup().orElseThrow();
        assertEquals(401, anyone.login("admin", "admin").status(), "no default account");

        assertEquals("bad_setup_token", anyone.setup("guessed", "root", Api.PASSWORD).error());
        assertEquals("weak_password", anyone.setup(token, "root", "short").error());
        Api.Response created = anyone.setup(token, "root", Api.PASSWORD);
        assertEquals(201, created.status(), created.toString());
        assertEquals("admin", created.json().get("role").asText());

        Api other = station.api();
        assertEquals(409, other.setup(token, "second", Api.PASSWORD).status(), "the token works once");
        assertEquals("setup_done", other.setup(token, "second", Api.PASSWORD).error());
        assertFalse(other.json("/api/setup").get("needed").asBoolean());
        assertTrue(station.accounts.startSetup().isEmpty(), "no token once an account exists");
        assertEquals("root", anyone.json("/api/session").get("user").asText());
        String hash = station.db.read(c -> new UserRepository().find(c, "root")).orElseThrow().passwordHash();
        assertTrue(hash.startsWith("$2y$12$"), "bcrypt with cost 12");
        assertFalse(hash.contains(Api.PASSWORD));
    }

    @Test
    void aWrongPasswordOrUnknownNameFailsAlikeAndRepeatedFailuresAreSlowedDown() throws Exception {
        Api admin = station.admin();
        admin.createUser("anna", "verifier");
        Api anna = station.api();

        Api.Response wrong = anna.login("anna", "wrong password!");
        Api.Response unknown = anna.login("nobody", "wrong password!");

        assertEquals(401, wrong.status());
        assertEquals("bad_credentials", wrong.error());
        assertEquals(wrong.json(), unknown.json(), "nothing tells which part was wrong");
        assertEquals(401, anna.get("/api/session").status(), "no session from a failed login");
        for (int i = 0; i < 4; i++) {
            anna.login("anna", "wrong password!");
        }
        Api.Response blocked = anna.login("anna", Api.PASSWORD);
        assertEquals(429, blocked.status());
        assertEquals("too_many_attempts", blocked.error());
        station.clock.advance(Duration.ofMinutes(16));
        assertEquals(200, anna.login("anna", Api.PASSWORD).status());
        JsonAssert.session(anna.json("/api/session"), "anna", "verifier", true);
    }

    @Test
    void sessionsEndOnLogoutWhenIdleAndWhenTheAccountIsDeactivated() throws Exception {
        Api admin = station.admin();
        Api anna = station.user(admin, "anna", "verifier");
        Api ben = station.user(admin, "ben", "clerk");
        JsonAssert.session(ben.json("/api/session"), "ben", "clerk", false);

        assertEquals(204, ben.post("/api/logout", null).status());
        assertEquals(401, ben.get("/api/session").status());
        assertEquals("unauthenticated", ben.get("/api/session").error());

        assertEquals(204, admin.patch("/api/users/anna", Map.of("active", false)).status());
        assertEquals(401, anna.get("/api/queue").status(), "a deactivated account's session is dead at once");
        assertEquals(401, anna.login("anna", Api.PASSWORD).status());
        assertEquals(false, admin.json("/api/users").get(1).get("active").asBoolean());

        station.clock.advance(Duration.ofMinutes(31));
        assertEquals(401, admin.get("/api/session").status(), "idle for longer than the idle timeout");
    }

    @Test
    void theLastAdministratorCannotBeRemovedAndNamesAreUnique() throws Exception {
        Api admin = station.admin();
        Api.Response demote = admin.patch("/api/users/admin", Map.of("role", "verifier"));
        assertEquals(409, demote.status());
        assertEquals("last_admin", demote.error());
        assertEquals(409, admin.post("/api/users", Map.of("username", "admin", "password", Api.PASSWORD,
                "role", "clerk")).status());
        assertEquals("bad_role", admin.post("/api/users", Map.of("username", "x1", "password", Api.PASSWORD,
                "role", "root")).error());
        assertEquals(204, admin.patch("/api/users/admin", Map.of("password", "another good passphrase")).status());
        assertEquals(200, station.api().login("admin", "another good passphrase").status());
        assertEquals(200, admin.get("/api/session").status(), "changing one's own password keeps one's session");
    }

    @Test
    void everyRouteRefusesStrangersAndRolesBelowItsOwn() throws Exception {
        Api admin = station.admin();
        Map<String, Api> callers = Map.of("clerk", station.user(admin, "carol", "clerk"),
                "verifier", station.user(admin, "vera", "verifier"), "admin", admin);
        Api stranger = station.api();
        List<String> ranks = List.of("clerk", "verifier", "admin");
        for (ApiRoutes.Route route : station.web.apiRoutes()) {
            String path = route.path().replace("{id}", "nope").replace("{name}", "x").replace("{file}", "0.png")
                    .replace("{channel}", "counter1").replace("{username}", "nobody");
            Api.Response anonymous = stranger.send(route.method(), path, Map.of());
            if (route.access() == Access.PUBLIC) {
                assertFalse(List.of("unauthenticated", "forbidden", "csrf").contains(anonymous.error()), route.toString());
                continue;
            }
            assertEquals(401, anonymous.status(), route + " without a session");
            int least = ranks.indexOf(route.access().name().toLowerCase());
            for (String role : ranks) {
                if (route.path().equals("/api/logout")) {
                    continue; // would end the caller's session; covered by its own test
                }
                Api.Response r = callers.get(role).send(route.method(), path, Map.of());
                if (ranks.indexOf(role) < least) {
                    assertEquals(403, r.status(), route + " as " + role);
                    assertEquals("forbidden", r.error());
                } else {
                    assertNotEquals(401, r.status(), route + " as " + role + ": " + r);
                    assertNotEquals(403, r.status(), route + " as " + role + ": " + r);
                }
            }
        }
    }

    @Test
    void aRouteRegisteredWithoutARoleIsRefusedEvenToAnAdministrator() throws Exception {
        Api admin = station.admin();
        Javalin bare = Javalin.create(c -> c.showJavalinBanner = false);
        bare.beforeMatched(new Guard(station.accounts));
        bare.get("/api/forgotten", ctx -> ctx.result("personal data"));
        Errors.register(bare);
        bare.start("127.0.0.1", 0);
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + bare.port() + "/api/forgotten"))
                    .header("Cookie", Guard.SESSION_COOKIE + "=" + admin.sessionCookie()).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(403, r.statusCode());
            assertFalse(r.body().contains("personal data"));
        } finally {
            bare.stop();
        }
    }

    @Test
    void aChangeWithoutTheSessionsCsrfTokenIsRefused() throws Exception {
        Api admin = station.admin();
        Api vera = station.user(admin, "vera", "verifier");
        String token = vera.csrf();
        vera.dropCsrf();

        Api.Response missing = vera.post("/api/queue/next", null);
        Api.Response wrong = vera.send("POST", "/api/queue/next", null, Map.of("X-CSRF-Token", token + "x"));
        Api.Response right = vera.send("POST", "/api/queue/next", null, Map.of("X-CSRF-Token", token));

        assertEquals(403, missing.status());
        assertEquals("csrf", missing.error());
        assertEquals("csrf", wrong.error());
        assertEquals(204, right.status(), "nothing is waiting, but the request was let through");
        assertEquals(200, vera.get("/api/queue").status(), "reading needs no token");
        Api.Response form = vera.send("POST", "/api/login", "username=vera", Map.of("Content-Type", "text/plain"));
        assertEquals(415, form.status(), "a cross-site form cannot log anyone in");
    }

    @Test
    void theApiIsNeverCachedAndThePagesStayPublicAndJapanese() throws Exception {
        Api admin = station.admin();
        Api.Response channels = admin.get("/api/channels");
        assertEquals("no-store", channels.raw().headers().firstValue("Cache-Control").orElse(""));
        assertEquals(2, channels.json().size());
        String index = new String(station.api().get("/").body(), StandardCharsets.UTF_8);
        assertTrue(index.contains("<html lang=\"ja\">"), index);
        assertEquals("DENY", channels.raw().headers().firstValue("X-Frame-Options").orElse(""));
    }

    /** Assertions on the session answer. */
    static final class JsonAssert {
        private JsonAssert() {
        }

        static void session(com.fasterxml.jackson.databind.JsonNode s, String user, String role, boolean myNumbers) {
            assertEquals(user, s.get("user").asText());
            assertEquals(role, s.get("role").asText());
            assertFalse(s.get("csrfToken").asText().isEmpty());
            assertEquals(myNumbers, s.get("myNumberAllowed").asBoolean());
        }
    }
}
