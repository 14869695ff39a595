package org.yomitori.ocr;

import java.util.List;

/**
 * One recognised character.
 *
 * @param text         the character (a grapheme: may be more than one code unit)
 * @param confidence   0..1
 * @param alternatives other readings, best first, when asked for; excludes {@code text}
 */
public record OcrSymbol(String text, double confidence, List<OcrChoice> alternatives) {
    public OcrSymbol {
        alternatives = List.copyOf(alternatives);
    }
}
