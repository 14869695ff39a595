package org.yomitori.read;

import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.yomitori.validate.KanaSpelling;

/**
 * Kana reads that differ only by the script model's ghost small kana agree. That model often
 * emits a glyph twice, once small: ュユ, ウゥ, ッツ, or a small kana where no word starts (ャマグチ);
 * no name is spelt so ({@link KanaSpelling}). The other read's ghosts are dropped before the two
 * are compared; the value is the chosen read's, and only when it has no ghost itself.
 */
final class KanaAgreement {
    private static final String SMALL = "ァィゥェォャュョッ";
    private static final String LARGE = "アイウエオヤユヨツ";

    private KanaAgreement() {
    }

    static Reading agreeing(Reading reading, LineOcr.Result r, UnaryOperator<String> normaliser,
                            Function<LineOcr.Read, String> text) {
        String chosen = normaliser.apply(text.apply(r.chosen()));
        String other = normaliser.apply(text.apply(r.other()));
        if (chosen.isEmpty() || !chosen.equals(withoutGhosts(chosen)) || !chosen.equals(withoutGhosts(other))) {
            return reading;
        }
        return reading.agreedAs(reading.value(), reading.raw(), r.confidence(true));
    }

    /** Small kana beside their own large kana dropped, misplaced ones made large. */
    static String withoutGhosts(String kana) {
        StringBuilder out = new StringBuilder(kana.length());
        for (int i = 0; i < kana.length(); i++) {
            char c = kana.charAt(i);
            int small = SMALL.indexOf(c);
            char next = i + 1 < kana.length() ? kana.charAt(i + 1) : ' ';
            if (small >= 0 && LARGE.charAt(small) == next) {
                continue; // ュユ: the ghost comes first
            }
            out.append(small >= 0 && out.length() == 0 ? LARGE.charAt(small) : c);
        }
        return KanaSpelling.repair(out.toString()); // then ウゥ, and ャ where no ャ may stand
    }
}
