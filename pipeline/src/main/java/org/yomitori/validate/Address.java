package org.yomitori.validate;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.FieldType;

/**
 * 住所 as written on forms: a prefecture, then a municipality (…市, …区, …町 or …村, a town or
 * village possibly after its …郡). The prefecture may be left out (札幌市…, 児玉郡上里町…: people
 * and the dev set do), but what is written where it stands must be a real one: 神奈用県 is a
 * misread. A romanised address (English forms) ends with its prefecture: "…, Fujisawa, Kanagawa".
 */
final class Address {
    static final String UNKNOWN_PREFECTURE = "unknown_prefecture";
    static final String NO_MUNICIPALITY = "no_municipality";
    private static final String NAME = "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}々ヶー]";
    /** Municipality names run to 6 characters (いちき串木野市); the first may itself be 市 (市川市). */
    private static final Pattern MUNICIPALITY = Pattern.compile(
            "(" + NAME + "{1,7}?郡)?" + NAME + "{1,7}?[市区町村].*");
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
    private static final String PREFECTURE_ENDINGS = "都道府県";
    private static final Pattern LATIN_NOT_PLACE = Pattern.compile("(?i)japan|[0-9〒\\-\\s]+");

    private Address() {
    }

    /** A text field holding an address: named *address* or labelled 住所. */
    static boolean isAddressField(FieldSpec spec) {
        return spec.type() == FieldType.TEXT
                && (spec.name().contains("address") || spec.label() != null && spec.label().contains("住所"));
    }

    static Validation check(String value) {
        String s = Normalizer.normalize(value, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        if (!JAPANESE.matcher(s).find()) {
            return checkRomanised(value);
        }
        Optional<String> prefecture = Prefectures.prefixOf(s);
        if (prefecture.isEmpty() && looksLikePrefecture(s)) {
            return Validation.fail(UNKNOWN_PREFECTURE);
        }
        String rest = s.substring(prefecture.map(String::length).orElse(0));
        return MUNICIPALITY.matcher(rest).matches() ? Validation.ok() : Validation.fail(NO_MUNICIPALITY);
    }

    /**
     * Starts with 2 or 3 characters and 都, 道, 府 or 県, the shape of every prefecture name and of
     * its misreadings (神奈用県, 東泉都, 神奈県). No municipality has that shape: 京都市, 府中市 and
     * 宇都宮市 carry the character elsewhere.
     */
    private static boolean looksLikePrefecture(String s) {
        for (int length = 3; length <= 4; length++) {
            if (s.length() >= length && PREFECTURE_ENDINGS.indexOf(s.charAt(length - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** "2-27-17 Kugenuma, Fujisawa, Kanagawa[, Japan][, 251-0037]": the prefecture is the last place. */
    private static Validation checkRomanised(String value) {
        List<String> parts = List.of(value.split(",")).stream().map(String::strip)
                .filter(p -> !p.isEmpty() && !LATIN_NOT_PLACE.matcher(p).matches()).toList();
        if (parts.isEmpty() || !Prefectures.isRomanised(parts.get(parts.size() - 1))) {
            return Validation.fail(UNKNOWN_PREFECTURE);
        }
        boolean place = parts.subList(0, parts.size() - 1).stream().anyMatch(p -> p.matches(".*\\p{L}.*"));
        return place ? Validation.ok() : Validation.fail(NO_MUNICIPALITY);
    }
}
