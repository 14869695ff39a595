package org.yomitori.read;

import org.yomitori.imaging.GrayImage;
import org.yomitori.ocr.OcrEngine;
import org.yomitori.ocr.OcrLine;
import org.yomitori.ocr.OcrSettings;
import org.yomitori.template.Box;

/**
 * Cleans a box, decides whether anything is written there, and if so reads the cleaned crop
 * twice at two sizes. Tesseract can be confidently wrong (16-21 read as 76-21 at 0.95); such
 * misreads rarely survive a change of scale, so two reads that disagree mark the field doubtful.
 */
final class LineOcr {
    /** Less written ink than this (in px at 300 dpi, squared: a 10x10 blot) counts as blank. */
    static final int MIN_INK_SIDE = 10;
    /** Ink heights handed to Tesseract, in pixels: its LSTM model misreads large glyphs more often. */
    static final int FIRST_HEIGHT = 48;
    static final int SECOND_HEIGHT = 36;
    static final int OCR_PAD = 12;
    /** Confidence is capped here when the two reads disagree. */
    static final double DISAGREEMENT_CAP = 0.45;

    /**
     * @param line  the better read, or null when the box is blank
     * @param agree both reads gave the same characters
     * @param scale the size factor of the image {@code line} was read from (its symbol boxes are in
     *              that image: x = OCR_PAD + (ink x - ink bounds x) * scale)
     */
    record Result(CleanField clean, int minInk, OcrLine line, boolean agree, double scale) {
        boolean blank() {
            return line == null;
        }

        double blankConfidence() {
            return Confidence.blank(clean.inkPixels(), minInk);
        }

        double confidence() {
            double c = Confidence.ofLine(line);
            return agree ? c : Math.min(c, DISAGREEMENT_CAP);
        }
    }

    private LineOcr() {
    }

    /**
     * Settings for a cleaned one-line crop: raw-line mode, since the crop is already one line and
     * Tesseract's own line finding splits and invents characters on such crops (さくら read as さくぐら).
     */
    static OcrSettings line(String language) {
        return OcrSettings.line(language).withMode(OcrSettings.Mode.RAW_LINE);
    }

    static Result read(FormPage page, Box box, OcrEngine engine, OcrSettings settings) {
        CleanField clean = FieldCleaner.clean(page, box, FieldCleaner.DARK_INK);
        return read(page, clean, engine, settings);
    }

    static Result read(FormPage page, CleanField clean, OcrEngine engine, OcrSettings settings) {
        int minInk = page.px(MIN_INK_SIDE) * page.px(MIN_INK_SIDE);
        if (clean.inkPixels() < minInk) {
            return new Result(clean, minInk, null, true, 1);
        }
        GrayImage ink = clean.trimmed();
        return readTwice(clean, minInk, ink, engine, settings);
    }

    /** Reads an already prepared ink image (white paper, ink only) twice. */
    static Result readTwice(CleanField clean, int minInk, GrayImage ink, OcrEngine engine, OcrSettings settings) {
        double firstScale = scale(ink, FIRST_HEIGHT);
        double secondScale = scale(ink, SECOND_HEIGHT);
        OcrLine first = engine.read(prepare(ink, firstScale), settings);
        OcrLine second = engine.read(prepare(ink, secondScale), settings);
        boolean agree = squeeze(first.text()).equals(squeeze(second.text()));
        boolean secondBetter = Confidence.ofLine(second) > Confidence.ofLine(first);
        return new Result(clean, minInk, secondBetter ? second : first, agree, secondBetter ? secondScale : firstScale);
    }

    /** The factor that brings the ink to at most {@code height} pixels tall. */
    static double scale(GrayImage ink, int height) {
        return Math.min(1.0, (double) height / ink.height());
    }

    static GrayImage prepare(GrayImage ink, double scale) {
        return Scaler.pad(scale < 1 ? Scaler.scale(ink, scale) : ink, OCR_PAD);
    }

    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
