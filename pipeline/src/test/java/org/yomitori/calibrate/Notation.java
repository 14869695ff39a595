package org.yomitori.calibrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Other ways to write a truth value, and wrong values, for comparing two scorers. */
final class Notation {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TRUE = List.of("true", "1", "x", "X", "✓", "yes", "○", "あり");
    private static final List<String> FALSE = List.of("false", "0", "", "無", "off");

    private Notation() {
    }

    /** The same value written another way the scorer should accept (or, for some, not). */
    static JsonNode other(String type, JsonNode tv, Random rnd) {
        if (tv.isBoolean()) {
            int k = rnd.nextInt(3);
            if (k == 0) {
                return JSON.valueToTree(tv.asBoolean() ? 1 : 0);
            }
            List<String> words = tv.asBoolean() ? TRUE : FALSE;
            return k == 1 ? JSON.valueToTree(words.get(rnd.nextInt(words.size()))) : JSON.valueToTree("maybe");
        }
        if (tv.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            tv.forEach(items::add);
            Collections.shuffle(items, rnd);
            ArrayNode a = JSON.createArrayNode();
            items.forEach(a::add);
            return items.size() == 1 && rnd.nextBoolean() ? items.get(0) : a;
        }
        String s = tv.asText();
        if (s.isEmpty()) {
            return rnd.nextBoolean() ? JSON.nullNode() : JSON.valueToTree(rnd.nextBoolean() ? " " : "[]");
        }
        String written = switch (rnd.nextInt(5)) {
            case 0 -> fullWidth(s);
            case 1 -> s.replace("-", rnd.nextBoolean() ? "/" : "");
            case 2 -> " " + s.toUpperCase() + " ";
            case 3 -> s.length() > 2 ? s.substring(0, 2) + "－" + s.substring(2) : s;
            default -> "date".equals(type) && s.length() == 10 ? s.substring(0, 4) + "年" + s.substring(5, 7) + "月"
                    + s.substring(8) + "日" : "〒(" + s + ")";
        };
        return JSON.valueToTree(written);
    }

    /** A value that differs from the truth. */
    static JsonNode wrong(String type, JsonNode tv, Random rnd) {
        if (tv.isBoolean()) {
            return JSON.valueToTree(!tv.asBoolean());
        }
        if (tv.isArray()) {
            ArrayNode a = tv.deepCopy();
            return a.isEmpty() || rnd.nextBoolean() ? a.add("その他x") : JSON.createArrayNode();
        }
        String s = tv.asText();
        if (s.isEmpty()) {
            return JSON.valueToTree(rnd.nextBoolean() ? "0" : "山");
        }
        char last = s.charAt(s.length() - 1);
        char other = Character.isDigit(last) ? (char) ('0' + (last - '0' + 1) % 10) : (char) (last + 1);
        return JSON.valueToTree(s.substring(0, s.length() - 1) + other);
    }

    private static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(c > 0x20 && c < 0x7f ? (char) (c + 0xFEE0) : (char) c));
        return b.toString();
    }
}
