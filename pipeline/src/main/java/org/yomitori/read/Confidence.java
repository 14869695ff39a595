package org.yomitori.read;

import java.util.List;
import org.yomitori.ocr.OcrLine;
import org.yomitori.ocr.OcrSymbol;

/**
 * Turns raw evidence (Tesseract symbol confidences, ink amounts) into a field confidence 0..1.
 * The weakest character weighs most: one misread character makes the whole field wrong.
 */
final class Confidence {
    /** Where agreeing reads of two models start; above {@link #DISAGREEMENT_CAP}. */
    static final double AGREEMENT_BASE = 0.5;
    /** Three different models agree on every character (see {@link SlotLine}). */
    static final double THREE_MODELS = 0.97;
    /** Two reads differ and a third model sides with the value taken: a majority, not agreement. */
    static final double TWO_OF_THREE_MODELS = 0.95;
    /** Two reads differ in one digit and a check digit accepts one of them only (see BoxedFieldReader). */
    static final double CHECK_DIGIT_SETTLED = 0.97;
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
     * Confidence of a value read twice. A disagreement caps the confidence below any sensible
     * threshold. When two different models agree, the value is far more often right than either
     * read's symbol confidences say (the old rule set a floor of 0.95 there), but the misreads both
     * models share (紬 read as 細 by both) come with weak characters in both reads: so an agreed
     * value scores from 0.5 up on both reads' symbol evidence, keeping every agreement above every
     * disagreement while still ranking agreements. On the dev set this separated the 0.95 band's
     * 153 right values from its 6 wrong ones far better than either read alone or Tesseract's
     * alternative characters (whose margins did not separate them at all).
     *
     * @param chosen symbol confidence ({@link #ofSymbols}) of the read the value comes from
     * @param other  symbol confidence of the doubting read
     */
    static double ofReads(double chosen, double other, boolean agree, boolean distinctModels) {
        if (!agree) {
            return Math.min(chosen, DISAGREEMENT_CAP);
        }
        return distinctModels ? AGREEMENT_BASE + (1 - AGREEMENT_BASE) * (chosen + other) / 2 : chosen;
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
