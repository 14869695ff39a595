package org.yomitori.calibrate;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a read value equals the truth, exactly as the eval scorer ({@code ../shared/eval/score.py},
 * {@code equal()}) decides: NFKC, whitespace dropped, ASCII letters case-folded; dates as ISO dates;
 * digit-like types by their digits; booleans by meaning; multi-choice groups as sets.
 * {@code ValueComparisonTest} checks the two agree on the dev set.
 */
final class ValueComparison {
    private static final Set<String> DIGIT_TYPES = Set.of("digits", "my_number", "postal_code", "phone", "number");
    private static final Set<String> BOOL_TYPES = Set.of("checkbox", "seal_presence");
    private static final Set<String> TRUE_WORDS = Set.of("true", "1", "yes", "on", "checked", "✓", "☑", "x", "○", "〇",
            "レ", "有", "あり");
    private static final Set<String> FALSE_WORDS = Set.of("false", "0", "no", "off", "unchecked", "", "無", "なし");
    private static final Pattern SEPARATORS = Pattern.compile("[-‐‑‒–—―ー−()（）〒.・/\\s]",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年]?(\\d{1,2})[-/.月]?(\\d{1,2})日?",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}", Pattern.UNICODE_CHARACTER_CLASS);

    private ValueComparison() {
    }

    /** @param got null when the record has no value (JSON null is a NullNode) */
    static boolean equal(String type, JsonNode truth, JsonNode got) {
        if (BOOL_TYPES.contains(type)) {
            Boolean g = asBool(got);
            return g != null && g == truthy(truth);
        }
        if ("checkbox_group".equals(type) || truth.isArray()) {
            return asSet(truth).equals(asSet(got));
        }
        if ("date".equals(type)) {
            return normDate(truth).equals(normDate(got));
        }
        if (DIGIT_TYPES.contains(type)) {
            String t = norm(truth);
            String g = norm(got);
            String td = SEPARATORS.matcher(t).replaceAll("");
            String gd = SEPARATORS.matcher(g).replaceAll("");
            if (!allDigits(td) || !allDigits(gd)) {
                return t.equals(g); // letters where digits belong: compare as written
            }
            if ("number".equals(type) && !td.isEmpty() && !gd.isEmpty()) {
                return number(td).equals(number(gd));
            }
            return td.equals(gd);
        }
        return norm(truth).equals(norm(got));
    }

    /** The type the scorer guesses when neither the form spec nor the truth file names one. */
    static String inferType(JsonNode truth) {
        if (truth.isBoolean()) {
            return "checkbox";
        }
        if (truth.isArray()) {
            return "checkbox_group";
        }
        return truth.isTextual() && ISO_DATE.matcher(truth.asText()).matches() ? "date" : "text";
    }

    static boolean isBlank(JsonNode truth) {
        return truth == null || truth.isNull() || (truth.isTextual() && truth.asText().isEmpty())
                || (truth.isArray() && truth.isEmpty());
    }

    /** score.py's norm_str: Python's str() of the value, NFKC, whitespace removed, A-Z lower-cased. */
    static String norm(JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        String s = Normalizer.normalize(pythonStr(v), Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(c -> !isPythonSpace(c))
                .map(c -> c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String pythonStr(JsonNode v) {
        if (v.isBoolean()) {
            return v.asBoolean() ? "true" : "false"; // norm_str maps booleans before str()
        }
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue().toString();
        }
        if (v.isNumber()) {
            return pythonFloat(v.asDouble());
        }
        return v.toString(); // lists and objects never equal a scalar truth; the exact text does not matter
    }

    private static String pythonFloat(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e16) {
            return (long) d + ".0";
        }
        return Double.toString(d);
    }

    /** Python's str.isspace() for the characters NFKC leaves. */
    private static boolean isPythonSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    private static boolean allDigits(String s) {
        return s.codePoints().allMatch(Character::isDigit);
    }

    private static BigInteger number(String digits) {
        StringBuilder ascii = new StringBuilder();
        digits.codePoints().forEach(c -> ascii.append(Character.digit(c, 10)));
        return new BigInteger(ascii.toString());
    }

    private static String normDate(JsonNode v) {
        String s = norm(v);
        Matcher m = DATE.matcher(s);
        if (!m.matches()) {
            return s;
        }
        try {
            int year = number(m.group(1)).intValueExact();
            if (year < 1) {
                return s; // Python's date() refuses year 0
            }
            return LocalDate.of(year, number(m.group(2)).intValueExact(), number(m.group(3)).intValueExact())
                    .toString();
        } catch (DateTimeException | ArithmeticException e) {
            return s;
        }
    }

    /** score.py's as_bool: null (no answer) when the value has no boolean meaning. */
    private static Boolean asBool(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isNumber()) {
            return v.asDouble() != 0;
        }
        if (v.isTextual()) {
            String s = norm(v);
            if (TRUE_WORDS.contains(s)) {
                return true;
            }
            if (FALSE_WORDS.contains(s)) {
                return false;
            }
        }
        return null;
    }

    /** Python's bool() of a truth value. */
    private static boolean truthy(JsonNode v) {
        if (v == null || v.isNull()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isNumber()) {
            return v.asDouble() != 0;
        }
        if (v.isTextual()) {
            return !v.asText().isEmpty();
        }
        return !v.isEmpty();
    }

    private static Set<String> asSet(JsonNode v) {
        Set<String> out = new HashSet<>();
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isEmpty())) {
            return out;
        }
        List<JsonNode> items = new java.util.ArrayList<>();
        if (v.isArray()) {
            v.forEach(items::add);
        } else {
            items.add(v);
        }
        for (JsonNode x : items) {
            String n = norm(x);
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }
}
