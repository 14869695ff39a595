package org.yomitori.read;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.yomitori.validate.KnownPrefixes;

/**
 * Two reads of a Japanese name or address that differ only at the start, where one of them spells
 * a known surname or prefecture and the other spells no known word (鈴木拓也 / 鋭木拓也, 兵庫県… /
 * 琴庫県…): the model that found the known word read the start right, and both agree on the rest,
 * so the value is taken as agreed.
 */
final class KnownPrefix {
    private KnownPrefix() {
    }

    static Reading agreeing(Reading reading, LineOcr.Result r, UnaryOperator<String> normaliser,
                            Function<LineOcr.Read, String> text) {
        String chosen = normaliser.apply(text.apply(r.chosen()));
        String other = normaliser.apply(text.apply(r.other()));
        Optional<String> known = settled(chosen, other);
        LineOcr.Read source = r.chosen();
        if (known.isEmpty()) {
            known = settled(other, chosen);
            source = r.other();
        }
        if (known.isEmpty()) {
            return reading;
        }
        return reading.agreedAs(known.get(), text.apply(source), r.confidence(true));
    }

    /** {@code value} when it starts with a known word that {@code doubt} misspells and they agree after it. */
    static Optional<String> settled(String value, String doubt) {
        Optional<String> word = KnownPrefixes.of(value);
        if (word.isEmpty() || doubt.length() != value.length()) {
            return Optional.empty();
        }
        int n = word.get().length();
        boolean restAgrees = doubt.substring(n).equals(value.substring(n));
        boolean doubtKnown = KnownPrefixes.isKnown(doubt.substring(0, n)) || KnownPrefixes.of(doubt).isPresent();
        return restAgrees && !doubtKnown ? Optional.of(value) : Optional.empty();
    }
}
