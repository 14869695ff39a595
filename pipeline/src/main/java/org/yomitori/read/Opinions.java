package org.yomitori.read;

import java.util.List;
import org.yomitori.ocr.OcrConfig;
import org.yomitori.ocr.OcrSettings;

/**
 * The two reads a cleaned line gets: the best available reader for its kind of content, then a
 * different one to doubt it. A second model makes different mistakes (Tesseract's script model
 * for Japanese, Debian package tesseract-ocr-script-jpan, reads 恵子 where jpn reads 恵チ);
 * without it, the same model is asked again at another size. The orders and sizes were chosen
 * by reading a sample of the dev scans with every model at several sizes.
 */
final class Opinions {
    /** Tesseract's Japanese script model; optional. */
    static final String SCRIPT_MODEL = "Japanese";
    /** Ink height digits are read at by the second reader. */
    static final int DIGIT_HEIGHT = 48;

    /** One read: the settings and the ink height (pixels) the crop is scaled to. */
    record Opinion(OcrSettings settings, int height) {
    }

    private Opinions() {
    }

    static List<Opinion> of(OcrSettings base, OcrConfig config) {
        boolean script = config.hasLanguage(SCRIPT_MODEL);
        OcrSettings other = scriptModel(base);
        OcrSettings jpn = new OcrSettings("jpn", base.mode(), base.whitelist(), base.alternatives());
        OcrSettings eng = new OcrSettings("eng", base.mode(), base.whitelist(), base.alternatives());
        if (isDigits(base)) {
            // The script model reads digit fields best but loses characters and their positions
            // on sparse lines (文字枠 cells, date slots), so it is not used for digits.
            return List.of(new Opinion(jpn, 64), new Opinion(eng, DIGIT_HEIGHT));
        }
        if (base.language().equals("jpn")) {
            if (!script) {
                return List.of(new Opinion(base, 64), new Opinion(base, 48));
            }
            return isKana(base) ? List.of(new Opinion(base, 64), new Opinion(other, 48))
                    : List.of(new Opinion(other, 64), new Opinion(base, 64));
        }
        return script ? List.of(new Opinion(base, 48), new Opinion(other, 48))
                : List.of(new Opinion(base, 48), new Opinion(base, 64));
    }

    /**
     * A third read to settle a disagreement: the first reader again at another size (Tesseract's
     * misreads change with the scale more than its right reads do).
     */
    static Opinion tieBreaker(OcrSettings base, OcrConfig config) {
        Opinion first = of(base, config).get(0);
        return new Opinion(first.settings(), first.height() == 64 ? 48 : 64);
    }

    /** The same settings read by the script model (a third opinion on digits). */
    static OcrSettings scriptModel(OcrSettings s) {
        return new OcrSettings(SCRIPT_MODEL, s.mode(), s.whitelist(), s.alternatives());
    }

    /** Digits with at most separators: any model that knows digits can read them. */
    static boolean isDigits(OcrSettings s) {
        return s.whitelist() != null && !s.whitelist().isEmpty()
                && s.whitelist().chars().allMatch(c -> Character.isDigit(c) || "-().,/".indexOf(c) >= 0);
    }

    private static boolean isKana(OcrSettings s) {
        return s.whitelist() != null && s.whitelist().indexOf('ア') >= 0 && s.whitelist().indexOf('山') < 0;
    }
}
