package org.yomitori.ocr;

import java.util.List;

/** One recognised word (for Japanese, a run of characters without spaces) and its symbols. */
public record OcrWord(String text, double confidence, List<OcrSymbol> symbols) {
    public OcrWord {
        symbols = List.copyOf(symbols);
    }
}
