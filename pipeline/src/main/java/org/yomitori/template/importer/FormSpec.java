package org.yomitori.template.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A field-spec JSON as delivered with a blank form ({@code ../shared/eval/forms} format): the
 * form's identity and size plus the raw field entries, which are copied into the template, and
 * the raw {@code rules} if the spec has them (null when it does not).
 */
record FormSpec(String id, int version, String title, String code, String language, int dpi, int width,
                int height, int pages, List<String> keywords, JsonNode fields, JsonNode rules) {
    static final long MAX_SPEC_BYTES = 2_000_000;
    static final int MAX_PAGES = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    static FormSpec read(Path file) throws IOException {
        if (Files.size(file) > MAX_SPEC_BYTES) {
            throw new IllegalArgumentException("the spec is larger than " + MAX_SPEC_BYTES + " bytes");
        }
        JsonNode root = JSON.readTree(file.toFile());
        require(root != null && root.isObject(), "the spec is not a JSON object");
        String id = text(root, "id", text(root, "form", null));
        require(id != null && id.matches("[a-z0-9_]+"), "'form' must be a snake_case id, got " + id);
        int dpi = root.path("dpi").asInt(300);
        require(dpi >= 72 && dpi <= 1200, "'dpi' must be within 72..1200, got " + dpi);
        int width = root.path("width").asInt(-1);
        int height = root.path("height").asInt(-1);
        require(width > 0 && height > 0, "'width' and 'height' must be positive numbers of pixels");
        int pages = root.path("pages").isArray() ? root.path("pages").size() : root.path("pages").asInt(1);
        require(pages >= 1 && pages <= MAX_PAGES, "'pages' must be within 1.." + MAX_PAGES + ", got " + pages);
        JsonNode fields = root.path("fields");
        require(fields.isArray() && !fields.isEmpty(), "'fields' must list at least one field");
        String language = root.path("language").asText("ja");
        String title = text(root, "title", id);
        String code = text(root, "code", null);
        return new FormSpec(id, root.path("version").asInt(1), title, code, language, dpi, width, height, pages,
                keywords(root, title, code), fields, root.get("rules"));
    }

    /** Printed words that identify the form: the title and the form code, then any the spec lists. */
    private static List<String> keywords(JsonNode root, String title, String code) {
        List<String> out = new ArrayList<>();
        out.add(title);
        if (code != null) {
            out.add(code);
        }
        root.path("keywords").forEach(k -> {
            if (!out.contains(k.asText())) {
                out.add(k.asText());
            }
        });
        return out;
    }

    private static String text(JsonNode node, String key, String fallback) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? fallback : v.asText();
    }

    static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }
}
