package org.yomitori.read;

import java.util.List;
import java.util.function.Function;
import org.yomitori.ocr.OcrLine;
import org.yomitori.ocr.OcrSymbol;
import org.yomitori.ocr.OcrWord;

/** OCR reads made up for the tests of the logic that compares and settles reads. */
final class Reads {
    /** What a read says: its line's text. */
    static final Function<LineOcr.Read, String> TEXT = r -> r.line().text();

    private Reads() {
    }

    /** A read of {@code text} as one symbol at confidence 0.9, at scale 1, with no box. */
    static LineOcr.Read of(String text) {
        OcrSymbol s = new OcrSymbol(text, 0.9, List.of(), null);
        return new LineOcr.Read(new OcrLine(text, List.of(new OcrWord(text, 0.9, List.of(s))), 0, false), 1);
    }
}
