package org.yomitori.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/** A request's JSON body, read leniently and checked field by field with clear refusals. */
final class Body {
    static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode root;

    private Body(JsonNode root) {
        this.root = root;
    }

    static Body of(Context ctx) {
        String text = ctx.body();
        if (text.isBlank()) {
            return new Body(JSON.createObjectNode());
        }
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                throw ApiError.badRequest("JSONオブジェクトを送ってください。", "Send a JSON object.");
            }
            return new Body(node);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("JSONとして読めません。", "The body is not valid JSON.");
        }
    }

    /** A text member, or null when absent or null. */
    String text(String name) {
        JsonNode n = root.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw ApiError.badRequest(name + " は文字列です。", name + " must be a string.");
        }
        return n.asText();
    }

    String requiredText(String name) {
        String value = text(name);
        if (value == null) {
            throw ApiError.badRequest(name + " がありません。", name + " is missing.");
        }
        return value;
    }

    Boolean bool(String name) {
        JsonNode n = root.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isBoolean()) {
            throw ApiError.badRequest(name + " は true か false です。", name + " must be true or false.");
        }
        return n.asBoolean();
    }

    int version() {
        JsonNode n = root.get("version");
        if (n == null || !n.canConvertToInt() || !n.isIntegralNumber()) {
            throw ApiError.badRequest("version がありません。", "version (the document version you saw) is missing.");
        }
        return n.asInt();
    }

    JsonNode node(String name) {
        JsonNode n = root.get(name);
        return n == null ? NullNode.getInstance() : n;
    }

    /** A field value as the review step takes it: String, Boolean, List of Strings, or null. */
    Object value(String name) {
        JsonNode n = node(name);
        if (n.isNull()) {
            return null;
        }
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        if (n.isTextual() || n.isNumber()) {
            return n.asText();
        }
        if (n.isArray()) {
            List<String> items = new ArrayList<>();
            n.forEach(item -> items.add(item.asText()));
            return items;
        }
        throw ApiError.badRequest("値の形式が違います。", "value must be a string, true/false or a list.");
    }
}
