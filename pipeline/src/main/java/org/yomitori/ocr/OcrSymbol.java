package org.yomitori.ocr;

import java.util.List;
import org.yomitori.template.Box;

/**
 * One recognised character.
 *
 * @param text         the character (a grapheme: may be more than one code unit)
 * @param confidence   0..1
 * @param alternatives other readings, best first, when asked for; excludes {@code text}
 * @param box          where it is, in the coordinates of the image read
 */
public record OcrSymbol(String text, double confidence, List<OcrChoice> alternatives, Box box) {
    public OcrSymbol {
        alternatives = List.copyOf(alternatives);
    }
}
