package org.yomitori.read;

import java.util.ArrayList;
import java.util.List;
import org.yomitori.ocr.OcrSymbol;
import org.yomitori.ocr.OcrWord;
import org.yomitori.template.Box;

/**
 * Puts back the commas of English entries (addresses: "2-3-6 Odori-nishi, Chuo-ku"), which
 * Tesseract drops or reads as a letter (Takezonoy) when the hand-written comma is a short tick at
 * mid height. A comma is found in the ink: a small mark, taller than wide, alone in its column,
 * at the end of a word. The symbol read on it becomes ',' or, if none was, ',' ends the word.
 */
final class Commas {
    /** A comma is at most this share of the line's ink height. */
    static final double SMALL = 0.4;
    /** Width over height of a comma's mark (a tick, not a dot or a dash). */
    static final double MAX_RATIO = 0.9;

    private Commas() {
    }

    /** The words of a read, each as its symbols' texts, with commas decided from the ink. */
    static List<List<String>> apply(LineOcr.Read read, CleanField clean, List<List<String>> words) {
        Box ink = clean.ink.bounds();
        if (ink == null) {
            return words;
        }
        List<OcrWord> ocr = read.line().words();
        List<List<String>> out = new ArrayList<>();
        words.forEach(w -> out.add(new ArrayList<>(w)));
        List<Box> blobs = Components.of(clean.ink).stream().map(Components.Blob::bounds).toList();
        for (Box mark : marks(blobs, ink.h())) {
            double from = x(mark.x(), ink, read) - 2;
            double to = x(mark.x() + mark.w(), ink, read) + 2;
            place(ocr, words, out, from, to);
        }
        return out;
    }

    /** A mask x as an x in the image the read came from. */
    private static double x(double maskX, Box ink, LineOcr.Read read) {
        return (maskX - ink.x()) * read.scale() + LineOcr.OCR_PAD;
    }

    /** Marks the comma at [from, to] (OCR image x) on the symbol read on it, or after the word before it. */
    private static void place(List<OcrWord> ocr, List<List<String>> words, List<List<String>> out,
                              double from, double to) {
        int before = -1;
        for (int w = 0; w < ocr.size(); w++) {
            List<OcrSymbol> symbols = ocr.get(w).symbols();
            for (int i = 0; i < symbols.size(); i++) {
                Box b = symbols.get(i).box();
                if (b == null || words.get(w).size() != symbols.size()) {
                    return;
                }
                double centre = b.x() + b.w() / 2.0;
                boolean last = i == symbols.size() - 1 && w < ocr.size() - 1;
                if (centre >= from && centre <= to) {
                    if (last && out.get(w).size() == symbols.size()) {
                        out.get(w).set(i, ",");
                    }
                    return;
                }
                if (centre < from) {
                    before = w;
                }
            }
        }
        boolean between = before >= 0 && before < ocr.size() - 1;
        if (between && !out.get(before).get(out.get(before).size() - 1).equals(",")) {
            out.get(before).add(",");
        }
    }

    /** Small ticks that share their columns with no other ink (unlike the dot of an i or j). */
    static List<Box> marks(List<Box> all, int lineHeight) {
        double limit = SMALL * lineHeight;
        List<Box> out = new ArrayList<>();
        for (Box b : all) {
            boolean tick = b.h() <= limit && b.w() <= b.h() * MAX_RATIO && b.h() >= 3;
            if (tick && all.stream().noneMatch(o -> o != b && overlapsColumns(o, b))) {
                out.add(b);
            }
        }
        return out;
    }

    private static boolean overlapsColumns(Box a, Box b) {
        return a.x() < b.x() + b.w() && b.x() < a.x() + a.w();
    }
}
