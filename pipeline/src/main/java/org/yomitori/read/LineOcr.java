package org.yomitori.read;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.yomitori.imaging.GrayImage;
import org.yomitori.ocr.OcrEngine;
import org.yomitori.ocr.OcrLine;
import org.yomitori.ocr.OcrSettings;
import org.yomitori.template.Box;

/**
 * Cleans a box, decides whether anything is written there, and if so reads the cleaned crop
 * twice, with two readers (see {@link Opinions}). Tesseract can be confidently wrong (16-21 read
 * as 76-21 at 0.95); such misreads rarely survive a change of model, so the field's value is
 * worked out from both reads and a difference marks it doubtful.
 */
final class LineOcr {
    /** Less written ink than this (in px at 300 dpi, squared: a 10x10 blot) counts as blank. */
    static final int MIN_INK_SIDE = 10;
    static final int OCR_PAD = 12;

    /** One read: the line and the size factor of the image it came from (for its symbol boxes). */
    record Read(OcrLine line, double scale) {
    }

    /**
     * @param first  the read by the better reader, or null when the box is blank
     * @param second the doubting read, or null when the box is blank
     * @param distinctModels the two reads came from different models (agreement then means more)
     */
    record Result(CleanField clean, int minInk, Read first, Read second, boolean distinctModels) {
        boolean blank() {
            return first == null;
        }

        double blankConfidence() {
            return Confidence.blank(clean.inkPixels(), minInk);
        }

        /** The read to take a value from: the first, unless it found nothing and the second did. */
        Read chosen() {
            boolean firstEmpty = first.line().text().isBlank();
            return firstEmpty && !second.line().text().isBlank() ? second : first;
        }

        /** The read not chosen. */
        Read other() {
            return chosen() == first ? second : first;
        }

        OcrLine line() {
            return chosen().line();
        }

        /** Whether both reads give the same value once normalised the field's way. */
        boolean agreeOn(Function<OcrLine, ?> value) {
            return Objects.equals(value.apply(first.line()), value.apply(second.line()));
        }

        /** The chosen read's confidence, judged by whether the two reads agree on the value. */
        double confidence(boolean agree) {
            return Confidence.ofReads(Confidence.ofLine(line()), Confidence.ofLine(other().line()), agree, distinctModels);
        }

        boolean timedOut() {
            return first.line().timedOut() || second.line().timedOut();
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
            return new Result(clean, minInk, null, null, false);
        }
        return readTwice(clean, minInk, clean.trimmed(), engine, settings);
    }

    /** Reads an already prepared ink image (white paper, ink only) twice; see {@link Opinions}. */
    static Result readTwice(CleanField clean, int minInk, GrayImage ink, OcrEngine engine, OcrSettings settings) {
        List<Opinions.Opinion> opinions = Opinions.of(settings, engine.config());
        Read[] reads = new Read[2];
        for (int i = 0; i < 2; i++) {
            double scale = scale(ink, opinions.get(i).height());
            reads[i] = new Read(engine.read(prepare(ink, scale), opinions.get(i).settings()), scale);
        }
        boolean distinct = !opinions.get(0).settings().language().equals(opinions.get(1).settings().language());
        return new Result(clean, minInk, reads[0], reads[1], distinct);
    }

    /** One more read of a cleaned field, by one reader at one ink height. */
    static Read readOnce(CleanField clean, OcrEngine engine, OcrSettings settings, int height) {
        GrayImage ink = clean.trimmed();
        double scale = scale(ink, height);
        return new Read(engine.read(prepare(ink, scale), settings), scale);
    }

    /** A third read of a line the two reads disagree on; see {@link Opinions#tieBreaker}. */
    static Read tieBreak(Result r, OcrEngine engine, OcrSettings settings) {
        Opinions.Opinion o = Opinions.tieBreaker(settings, engine.config());
        GrayImage ink = r.clean().trimmed();
        double scale = scale(ink, o.height());
        return new Read(engine.read(prepare(ink, scale), o.settings()), scale);
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
