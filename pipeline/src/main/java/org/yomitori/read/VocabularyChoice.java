package org.yomitori.read;

import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.Optional;

/**
 * Picks the word of a closed list (e.g. 続柄) that two disagreeing reads were meant to say. Only
 * when the evidence is one-sided: one read is exactly a listed word and the other is one character
 * off that word and no nearer to, or as near to, any other word. 世帯主 and 世帯 give 世帯主; 長男 and
 * 長女 (both listed) give nothing, nor does 長田 beside 長女 when 長男 is as near.
 */
final class VocabularyChoice {
    private VocabularyChoice() {
    }

    static Optional<String> of(String chosen, String other, List<String> words) {
        Optional<String> fromChosen = oneSided(chosen, other, words);
        return fromChosen.isPresent() ? fromChosen : oneSided(other, chosen, words);
    }

    private static Optional<String> oneSided(String exact, String nearMiss, List<String> words) {
        if (!words.contains(exact) || words.contains(nearMiss) || distance(exact, nearMiss) != 1) {
            return Optional.empty();
        }
        for (String w : words) {
            if (!w.equals(exact) && distance(w, nearMiss) <= 1) {
                return Optional.empty();
            }
        }
        return Optional.of(exact);
    }

    /** Levenshtein distance over UTF-16 units (every listed word is BMP kanji and kana). */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * The listed word two disagreeing reads were meant to say ({@link #of}); the word's read and the near miss count as agreeing reads, so the field is judged on both
     * reads' characters like any agreement.
     */
    static Reading agreeing(Reading reading, LineOcr.Result r, List<String> words, UnaryOperator<String> normaliser,
                            Function<LineOcr.Read, String> text) {
        String chosen = normaliser.apply(text.apply(r.chosen()));
        String other = normaliser.apply(text.apply(r.other()));
        return VocabularyChoice.of(chosen, other, words).map(word -> {
            LineOcr.Read exact = word.equals(chosen) ? r.chosen() : r.other();
            LineOcr.Read near = exact == r.chosen() ? r.other() : r.chosen();
            double c = Confidence.ofReads(Confidence.ofLine(exact.line()), Confidence.ofLine(near.line()), true,
                    r.distinctModels());
            return reading.agreedAs(word, text.apply(exact), c);
        }).orElse(reading);
    }
}
