package org.yomitori.ocr;

/**
 * How to read one region.
 *
 * @param language     Tesseract language(s), e.g. "jpn", "eng", "jpn+eng"
 * @param mode         page segmentation mode
 * @param whitelist    the only characters Tesseract may return, or null for no restriction
 * @param alternatives also collect each symbol's alternative readings (slightly slower)
 */
public record OcrSettings(String language, Mode mode, String whitelist, boolean alternatives) {

    /** Tesseract page segmentation modes used for form fields. */
    public enum Mode {
        BLOCK(6), LINE(7), WORD(8), CHAR(10), RAW_LINE(13);

        final int psm;

        Mode(int psm) {
            this.psm = psm;
        }
    }

    public OcrSettings {
        if (language == null || !language.matches("[A-Za-z_]+(\\+[A-Za-z_]+)*")) {
            throw new IllegalArgumentException("bad Tesseract language: " + language);
        }
        if (mode == null) {
            throw new IllegalArgumentException("mode is required");
        }
    }

    public static OcrSettings line(String language) {
        return new OcrSettings(language, Mode.LINE, null, false);
    }

    public OcrSettings withMode(Mode m) {
        return new OcrSettings(language, m, whitelist, alternatives);
    }

    public OcrSettings withWhitelist(String chars) {
        return new OcrSettings(language, mode, chars, alternatives);
    }

    public OcrSettings withAlternatives(boolean on) {
        return new OcrSettings(language, mode, whitelist, on);
    }
}
