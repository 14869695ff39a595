package org.yomitori.web.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** The JSON API over HTTP with its own session, for checking what the browser did. */
final class ApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String base;
    private String csrf = "";

    ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    ApiClient login(String user, String password) throws IOException {
        JsonNode session = send("POST", "/api/login", Map.of("username", user, "password", password));
        csrf = session.path("csrfToken").asText();
        return this;
    }

    JsonNode get(String path) throws IOException {
        return send("GET", path, null);
    }

    JsonNode post(String path, Object body) throws IOException {
        return send("POST", path, body);
    }

    /** Sends a request; returns the JSON answer (an empty object for no content) or fails on an error status. */
    JsonNode send(String method, String path, Object body) throws IOException {
        HttpResponse<String> r = exchange(method, path, body);
        if (r.statusCode() >= 400) {
            throw new IOException(method + " " + path + " -> " + r.statusCode() + " " + r.body());
        }
        return r.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(r.body());
    }

    HttpResponse<String> exchange(String method, String path, Object body) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        if (!csrf.isEmpty()) {
            b.header("X-CSRF-Token", csrf);
        }
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
