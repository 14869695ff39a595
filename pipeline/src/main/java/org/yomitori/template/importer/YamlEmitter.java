package org.yomitori.template.importer;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a JSON tree as block-style YAML an admin can read and edit: mappings and lists of
 * mappings in block style, lists of scalars (boxes) in flow style on one line, so a box reads
 * {@code [x, y, w, h]}. Jackson's own YAML writer cannot mix the two styles.
 */
final class YamlEmitter {
    /** Plain scalars that cannot be mistaken for a number, boolean, null or YAML syntax. */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_\\-./]*");
    private static final Pattern RESERVED = Pattern.compile("(?i)true|false|yes|no|on|off|null|y|n");
    private static final String INDENT = "  ";

    private YamlEmitter() {
    }

    /** The mapping {@code root} as a YAML document, with a blank line between items of {@code spacedList}. */
    static String emit(JsonNode root, String spacedList) {
        StringBuilder out = new StringBuilder();
        mapping(root, 0, spacedList, out);
        return out.toString();
    }

    private static void mapping(JsonNode node, int depth, String spacedList, StringBuilder out) {
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            out.append(INDENT.repeat(depth)).append(scalar(e.getKey())).append(':');
            if (isInline(v)) {
                out.append(' ').append(inline(v)).append('\n');
            } else if (v.isObject()) {
                out.append('\n');
                mapping(v, depth + 1, spacedList, out);
            } else {
                out.append('\n');
                list(v, depth + 1, e.getKey().equals(spacedList), spacedList, out);
            }
        }
    }

    private static void list(JsonNode array, int depth, boolean spaced, String spacedList, StringBuilder out) {
        String dash = INDENT.repeat(depth) + "- ";
        boolean first = true;
        for (JsonNode item : array) {
            if (spaced && !first) {
                out.append('\n');
            }
            first = false;
            if (isInline(item)) {
                out.append(dash).append(inline(item)).append('\n');
            } else if (item.isObject()) {
                // Write the mapping one level deeper, then put the dash over its first indent.
                StringBuilder sub = new StringBuilder();
                mapping(item, depth + 1, spacedList, sub);
                out.append(dash).append(sub, dash.length(), sub.length());
            } else {
                throw new IllegalArgumentException("lists of lists of lists are not used in templates");
            }
        }
    }

    /** Scalars, empty containers and lists of scalars go on one line. */
    private static boolean isInline(JsonNode v) {
        if (v.isValueNode() || v.isEmpty()) {
            return true;
        }
        if (!v.isArray()) {
            return false;
        }
        for (JsonNode item : v) {
            if (!item.isValueNode()) {
                return false;
            }
        }
        return true;
    }

    private static String inline(JsonNode v) {
        if (v.isArray()) {
            StringBuilder sb = new StringBuilder("[");
            for (JsonNode item : v) {
                sb.append(sb.length() > 1 ? ", " : "").append(inline(item));
            }
            return sb.append(']').toString();
        }
        if (v.isObject()) {
            return "{}";
        }
        if (v.isNull()) {
            return "null";
        }
        return v.isTextual() ? scalar(v.asText()) : v.asText();
    }

    /** A string, plain when that is unambiguous, else double-quoted (JSON escapes are valid YAML). */
    static String scalar(String s) {
        if (PLAIN.matcher(s).matches() && !RESERVED.matcher(s).matches()) {
            return s;
        }
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + '"';
    }
}
