package org.yomitori.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An API refusal: HTTP status, machine-readable code and a "日本語 / English" message, plus any
 * details the caller needs (who holds a claim, which rules a value breaks). Answered as
 * {@code {"error": code, "message": ..., ...details}}.
 */
final class ApiError extends RuntimeException {
    private final int status;
    private final String code;
    private final Map<String, Object> details;

    ApiError(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    ApiError(int status, String code, String message, Map<String, Object> details) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = details;
    }

    static ApiError badRequest(String japanese, String english) {
        return new ApiError(400, "bad_request", japanese + " / " + english);
    }

    static ApiError notFound(String what) {
        return new ApiError(404, "not_found", "見つかりません / Not found: " + what);
    }

    int status() {
        return status;
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", getMessage());
        body.putAll(details);
        return body;
    }
}
