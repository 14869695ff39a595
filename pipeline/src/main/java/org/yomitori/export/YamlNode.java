package org.yomitori.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.yomitori.config.ConfigException;

/** A node of an endpoint file with typed reads; every error names the file and the key. */
final class YamlNode {
    private final JsonNode node;
    private final Path file;
    private final String path;

    YamlNode(JsonNode node, Path file, String path) {
        this.node = node;
        this.file = file;
        this.path = path;
    }

    ConfigException error(String message) {
        return new ConfigException(file + ": " + (path.isEmpty() ? "" : path + ": ") + message);
    }

    boolean has(String key) {
        return node.hasNonNull(key);
    }

    /** Fails on keys this node does not know, which are usually typos. */
    void allowOnly(Set<String> keys) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!keys.contains(name)) {
                throw error("unknown key '" + name + "' (allowed: " + String.join(", ", keys.stream().sorted().toList()) + ")");
            }
        }
    }

    YamlNode child(String key) {
        JsonNode child = node.get(key);
        if (child == null || !child.isObject()) {
            throw error("'" + key + "' must be a mapping of keys to values");
        }
        return new YamlNode(child, file, join(key));
    }

    List<YamlNode> list(String key) {
        JsonNode child = node.get(key);
        if (child == null || !child.isArray() || child.isEmpty()) {
            throw error("'" + key + "' must be a non-empty list");
        }
        List<YamlNode> out = new ArrayList<>();
        for (int i = 0; i < child.size(); i++) {
            if (!child.get(i).isObject()) {
                throw error(key + "[" + (i + 1) + "] must be a mapping of keys to values");
            }
            out.add(new YamlNode(child.get(i), file, join(key) + "[" + (i + 1) + "]"));
        }
        return out;
    }

    List<String> texts(String key) {
        JsonNode child = node.get(key);
        if (child != null && child.isValueNode()) {
            return List.of(child.asText());
        }
        if (child == null || !child.isArray() || child.isEmpty()) {
            throw error("'" + key + "' must be a name or a non-empty list of names");
        }
        List<String> out = new ArrayList<>();
        child.forEach(n -> out.add(n.asText()));
        return out;
    }

    String text(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull() || !value.isValueNode() || value.asText().isEmpty()) {
            throw error("'" + key + "' must be set");
        }
        return value.asText();
    }

    String text(String key, String fallback) {
        return has(key) ? text(key) : fallback;
    }

    /** A text that may be empty (a CSV value for an unticked box, say). */
    String rawText(String key, String fallback) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? fallback : value.asText();
    }

    boolean bool(String key, boolean fallback) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw error("'" + key + "' must be true or false, got '" + value.asText() + "'");
        }
        return value.asBoolean();
    }

    /** One of {@code options} (case-insensitive), as written in the list. */
    String choice(String key, String fallback, String... options) {
        String value = text(key, fallback);
        for (String option : options) {
            if (option.equalsIgnoreCase(value)) {
                return option;
            }
        }
        throw error("'" + key + "' must be one of " + String.join(", ", options) + ", got '" + value + "'");
    }

    <E extends Enum<E>> E enumValue(String key, E fallback) {
        Class<E> type = fallback.getDeclaringClass();
        String[] names = java.util.Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
                .toArray(String[]::new);
        return Enum.valueOf(type, choice(key, fallback.name().toLowerCase(Locale.ROOT), names).toUpperCase(Locale.ROOT));
    }

    String path() {
        return path;
    }

    private String join(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
