package org.yomitori.read;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * English entries whose two reads differ only in letter case or spacing (Emily nguyen / Emily
 * Nguyen, Phil ipPines / Philippines). A name or address means the same whatever its case, and a
 * space inside a word is a gap in the handwriting, so such reads agree; the value is taken from
 * the read whose words are cased like words (a capital only at the start) and split least.
 */
final class EnglishCase {
    private EnglishCase() {
    }

    static Reading agreeing(Reading reading, LineOcr.Result r, UnaryOperator<String> normaliser,
                            Function<LineOcr.Read, String> text) {
        String chosen = normaliser.apply(text.apply(r.chosen()));
        String other = normaliser.apply(text.apply(r.other()));
        if (chosen.isEmpty() || !key(chosen).equals(key(other))) {
            return reading;
        }
        boolean otherBetter = oddities(other) < oddities(chosen);
        LineOcr.Read best = otherBetter ? r.other() : r.chosen();
        return reading.agreedAs(otherBetter ? other : chosen, text.apply(best), r.confidence(true));
    }

    static String key(String value) {
        return value.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    /** Words starting in small letters, capitals inside a word that has small letters, and word breaks. */
    static int oddities(String value) {
        String[] words = value.trim().split("\\s+");
        int odd = words.length - 1;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            odd += Character.isLowerCase(w.charAt(0)) ? 1 : 0;
            if (w.chars().anyMatch(Character::isLowerCase)) {
                odd += (int) w.substring(1).chars().filter(Character::isUpperCase).count();
            }
        }
        return odd;
    }
}
