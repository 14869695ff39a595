package org.yomitori.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** One person's browser for tests: its own cookie jar, the CSRF token of its session, JSON in and out. */
final class Api {
    static final String PASSWORD = "correct horse battery";
    static final ObjectMapper JSON = new ObjectMapper();

    /** An answer: status, raw body, and the body as JSON when it is JSON. */
    record Response(int status, byte[] body, HttpResponse<byte[]> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + new String(body), e);
            }
        }

        String error() {
            return json().path("error").asText();
        }

        @Override
        public String toString() {
            return status + " " + new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String csrf;

    Api(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    /** The session cookie's value, or null. */
    String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(Guard.SESSION_COOKIE))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    String csrf() {
        return csrf;
    }

    /** Forgets the CSRF token (to show it is required). */
    void dropCsrf() {
        csrf = null;
    }

    Response setup(String token, String username, String password) throws Exception {
        Response r = send("POST", "/api/setup", Map.of("token", token, "username", username, "password", password));
        if (r.status() == 201) {
            csrf = r.json().get("csrfToken").asText();
        }
        return r;
    }

    Response login(String username, String password) throws Exception {
        Response r = send("POST", "/api/login", Map.of("username", username, "password", password));
        if (r.status() == 200) {
            csrf = r.json().get("csrfToken").asText();
        }
        return r;
    }

    void createUser(String name, String role) throws Exception {
        Response r = send("POST", "/api/users", Map.of("username", name, "password", PASSWORD, "role", role));
        assertEquals(201, r.status(), r.toString());
    }

    Response get(String path) throws Exception {
        return send("GET", path, null);
    }

    /** GET that must answer 200 with JSON. */
    JsonNode json(String path) throws Exception {
        Response r = get(path);
        assertEquals(200, r.status(), path + ": " + r);
        return r.json();
    }

    Response post(String path, Object body) throws Exception {
        return send("POST", path, body);
    }

    Response put(String path, Object body) throws Exception {
        return send("PUT", path, body);
    }

    Response patch(String path, Object body) throws Exception {
        return send("PATCH", path, body);
    }

    Response send(String method, String path, Object body) throws Exception {
        return send(method, path, body, Map.of());
    }

    Response send(String method, String path, Object body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        headers.forEach(b::header);
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        }
        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Response(r.statusCode(), r.body(), r);
    }

    /** A JSON object from key/value pairs (values may be null). */
    static ObjectNode body(Object... pairs) {
        ObjectNode n = JSON.createObjectNode();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            n.set((String) pairs[i], JSON.valueToTree(pairs[i + 1]));
        }
        return n;
    }
}
