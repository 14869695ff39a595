package org.yomitori.ocr;

import com.sun.jna.Pointer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI.TessChoiceIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;
import org.yomitori.template.Box;

/** Walks a Tesseract result symbol by symbol, grouping symbols into words. */
final class ResultReader {
    private static final int WORD = TessPageIteratorLevel.RIL_WORD;
    private static final int SYMBOL = TessPageIteratorLevel.RIL_SYMBOL;

    private ResultReader() {
    }

    static OcrLine read(TessAPI api, TessResultIterator it, boolean alternatives, long micros, boolean timedOut) {
        TessPageIterator page = api.TessResultIteratorGetPageIterator(it);
        List<OcrWord> words = new ArrayList<>();
        String wordText = null;
        double wordConf = 0;
        List<OcrSymbol> symbols = new ArrayList<>();
        do {
            String symbol = text(api, it, SYMBOL);
            if (symbol == null) {
                continue;
            }
            if (wordText == null || api.TessPageIteratorIsAtBeginningOf(page, WORD) != 0) {
                if (wordText != null) {
                    words.add(new OcrWord(wordText, wordConf, symbols));
                }
                wordText = text(api, it, WORD);
                wordConf = clamp(api.TessResultIteratorConfidence(it, WORD) / 100.0);
                symbols = new ArrayList<>();
            }
            double conf = api.TessResultIteratorConfidence(it, SYMBOL) / 100.0;
            List<OcrChoice> alts = alternatives ? choices(api, it, symbol) : List.of();
            symbols.add(new OcrSymbol(symbol, clamp(conf), alts, box(api, page)));
        } while (api.TessPageIteratorNext(page, SYMBOL) != 0);
        if (wordText != null) {
            words.add(new OcrWord(wordText, wordConf, symbols));
        }
        words.removeIf(w -> w.text() == null || w.text().isBlank());
        String line = String.join(" ", words.stream().map(OcrWord::text).toList());
        return new OcrLine(line, words, micros, timedOut);
    }

    private static List<OcrChoice> choices(TessAPI api, TessResultIterator it, String chosen) {
        TessChoiceIterator ci = api.TessResultIteratorGetChoiceIterator(it);
        if (ci == null) {
            return List.of();
        }
        List<OcrChoice> out = new ArrayList<>();
        try {
            do {
                String t = api.TessChoiceIteratorGetUTF8Text(ci);
                if (t != null && !t.equals(chosen)) {
                    out.add(new OcrChoice(t, clamp(api.TessChoiceIteratorConfidence(ci) / 100.0)));
                }
            } while (api.TessChoiceIteratorNext(ci) != 0);
        } finally {
            api.TessChoiceIteratorDelete(ci);
        }
        return out;
    }

    private static Box box(TessAPI api, TessPageIterator page) {
        IntBuffer left = IntBuffer.allocate(1);
        IntBuffer top = IntBuffer.allocate(1);
        IntBuffer right = IntBuffer.allocate(1);
        IntBuffer bottom = IntBuffer.allocate(1);
        if (api.TessPageIteratorBoundingBox(page, SYMBOL, left, top, right, bottom) == 0) {
            return null;
        }
        return new Box(left.get(0), top.get(0), Math.max(0, right.get(0) - left.get(0)),
                Math.max(0, bottom.get(0) - top.get(0)));
    }

    private static String text(TessAPI api, TessResultIterator it, int level) {
        Pointer p = api.TessResultIteratorGetUTF8Text(it, level);
        if (p == null) {
            return null;
        }
        try {
            return p.getString(0, StandardCharsets.UTF_8.name());
        } finally {
            api.TessDeleteText(p);
        }
    }

    private static double clamp(double c) {
        return Double.isNaN(c) ? 0 : Math.max(0, Math.min(1, c));
    }
}
