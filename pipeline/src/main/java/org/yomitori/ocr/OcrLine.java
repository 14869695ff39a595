package org.yomitori.ocr;

import java.util.List;

/**
 * What Tesseract read in one region.
 *
 * @param text     the words joined by single spaces; "" when nothing was found
 * @param words    the words in reading order
 * @param micros   time spent recognising, in microseconds
 * @param timedOut recognition was cut short by the per-field time cap
 */
public record OcrLine(String text, List<OcrWord> words, long micros, boolean timedOut) {
    public static final OcrLine EMPTY = new OcrLine("", List.of(), 0, false);

    public OcrLine {
        words = List.copyOf(words);
    }

    public List<OcrSymbol> symbols() {
        return words.stream().flatMap(w -> w.symbols().stream()).toList();
    }

    /** The mean word confidence, 0 when nothing was read. */
    public double meanConfidence() {
        return words.stream().mapToDouble(OcrWord::confidence).average().orElse(0);
    }

    /** The weakest symbol's confidence: one doubtful character makes a doubtful field. 0 when empty. */
    public double minSymbolConfidence() {
        return symbols().stream().mapToDouble(OcrSymbol::confidence).min().orElse(0);
    }

    public boolean isEmpty() {
        return text.isBlank();
    }
}
