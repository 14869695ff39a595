package org.yomitori.read;

import java.util.ArrayList;
import java.util.List;
import org.yomitori.ocr.OcrSymbol;
import org.yomitori.ocr.OcrWord;
import org.yomitori.template.Box;

/**
 * Decides '.' or '-' from the ink rather than from Tesseract, which reads a hand-written dot
 * (often a short blob at mid height) as a hyphen. The mark under the symbol is measured: a dot
 * is about as wide as tall, a hyphen much wider. Other symbols are left as read.
 */
final class DotOrDash {
    /** A mark this much of the line's ink height or smaller is punctuation, not part of a letter. */
    static final double SMALL = 0.4;
    static final double DOT_MAX_RATIO = 1.6;
    static final double DASH_MIN_RATIO = 2.2;

    private DotOrDash() {
    }

    /** The read's words, each as its symbols' texts, with each '.' or '-' decided by its mark's shape. */
    static List<List<String>> symbols(LineOcr.Read read, CleanField clean) {
        Box ink = clean.ink.bounds();
        List<Box> marks = ink == null ? List.of() : smallMarks(clean, ink.h());
        List<List<String>> words = new ArrayList<>();
        for (OcrWord w : read.line().words()) {
            List<String> b = new ArrayList<>();
            for (OcrSymbol s : w.symbols()) {
                b.add(isDotOrDash(s.text()) ? decide(s, read.scale(), ink, marks) : s.text());
            }
            words.add(b);
        }
        return words;
    }

    static String join(List<List<String>> words) {
        return String.join(" ", words.stream().map(w -> String.join("", w)).toList());
    }

    private static boolean isDotOrDash(String t) {
        return ".".equals(t) || "-".equals(t);
    }

    private static String decide(OcrSymbol s, double scale, Box ink, List<Box> marks) {
        if (s.box() == null || ink == null) {
            return s.text();
        }
        double from = ink.x() + (s.box().x() - LineOcr.OCR_PAD) / scale - 2;
        double to = ink.x() + (s.box().x() + s.box().w() - LineOcr.OCR_PAD) / scale + 2;
        Box found = null;
        for (Box m : marks) {
            double centre = m.x() + m.w() / 2.0;
            if (centre >= from && centre <= to) {
                if (found != null) {
                    return s.text();
                }
                found = m;
            }
        }
        return found == null ? s.text() : shape(found, s.text());
    }

    /** '.' for a roundish mark, '-' for a long flat one, else what was read. */
    static String shape(Box mark, String read) {
        double ratio = (double) mark.w() / Math.max(1, mark.h());
        if (ratio <= DOT_MAX_RATIO) {
            return ".";
        }
        return ratio >= DASH_MIN_RATIO ? "-" : read;
    }

    private static List<Box> smallMarks(CleanField clean, int lineHeight) {
        double limit = SMALL * lineHeight;
        return Components.of(clean.ink).stream().map(Components.Blob::bounds)
                .filter(b -> b.h() <= limit && b.w() <= 2 * limit).toList();
    }
}
