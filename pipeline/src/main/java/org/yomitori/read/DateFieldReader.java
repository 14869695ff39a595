package org.yomitori.read;

import org.yomitori.ocr.OcrEngine;
import org.yomitori.ocr.OcrLine;
import org.yomitori.ocr.OcrSettings;
import org.yomitori.template.FieldSpec;
import org.yomitori.validate.DateReading;
import org.yomitori.validate.JapaneseDates;

/**
 * Free-written dates: 和暦 or 西暦 in any of the usual spellings, or English month names on
 * English forms. Read once with the form's model; when that does not parse, read again with
 * the digit-friendly eng model, which handles 2024/4/1 and R6.4.1 far better than jpn.
 */
final class DateFieldReader implements FieldReader {
    static final String JAPANESE_DATE = LineFieldReader.DIGITS + "年月日元令和平成昭大正明治/.-RHSTM";
    static final String NUMERIC_DATE = LineFieldReader.DIGITS + "/.-RHSTM";
    /** A second read that was needed is a little less trustworthy than a first read that parsed. */
    static final double RETRY_FACTOR = 0.9;

    @Override
    public Reading read(FormPage page, FieldSpec spec, OcrEngine engine) {
        OcrSettings first = "eng".equals(spec.language())
                ? LineOcr.line("eng")
                : LineOcr.line(spec.language()).withWhitelist(JAPANESE_DATE);
        if (spec.whitelist() != null) {
            first = first.withWhitelist(spec.whitelist());
        }
        CleanField clean = FieldCleaner.clean(page, spec.box(), FieldCleaner.DARK_INK);
        LineOcr.Result r = LineOcr.read(page, clean, engine, first);
        if (r.blank()) {
            return Reading.blank(r.blankConfidence());
        }
        Reading reading = toReading(r, 1);
        if (!reading.reasons().contains(DateReading.UNPARSEABLE) && !reading.reasons().contains(DateReading.INVALID)) {
            return reading;
        }
        LineOcr.Result retry = LineOcr.read(page, clean, engine, LineOcr.line("eng").withWhitelist(NUMERIC_DATE));
        Reading second = toReading(retry, RETRY_FACTOR);
        return "".equals(second.value()) ? reading : second;
    }

    static Reading toReading(LineOcr.Result r, double factor) {
        OcrLine line = r.line();
        DateReading date = JapaneseDates.parse(line.text());
        double confidence = r.confidence() * factor;
        if (!date.isOk()) {
            return new Reading("", line.text(), Math.min(confidence, 0.2), date.reasons());
        }
        Reading reading = new Reading(date.date().toString(), line.text(), confidence, date.reasons());
        return line.timedOut() ? reading.withReason(FieldReaders.OCR_TIMEOUT) : reading;
    }
}
