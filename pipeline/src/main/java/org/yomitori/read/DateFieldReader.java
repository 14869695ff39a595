package org.yomitori.read;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.yomitori.ocr.OcrEngine;
import org.yomitori.ocr.OcrLine;
import org.yomitori.ocr.OcrSettings;
import org.yomitori.template.FieldSpec;
import org.yomitori.validate.DateReading;
import org.yomitori.validate.JapaneseDates;

/**
 * Free-written dates: 和暦 or 西暦 in any of the usual spellings, or English month names on
 * English forms (numeric dates with the year last are day first unless the template's format
 * is {@code mdy}). Read once with the form's model; when that does not parse, read again with
 * the digit-friendly eng model, which handles 2024/4/1 and R6.4.1 far better than jpn.
 */
final class DateFieldReader implements FieldReader {
    static final String JAPANESE_DATE = LineFieldReader.DIGITS + "年月日元令和平成昭大正明治/.-RHSTM"
            + DateRepair.REI_LOOKALIKES;
    static final String NUMERIC_DATE = LineFieldReader.DIGITS + "/.-RHSTM";
    /** A second read that was needed is a little less trustworthy than a first read that parsed. */
    static final double RETRY_FACTOR = 0.9;
    private static final OcrSettings NUMERIC_READ = LineOcr.line("eng").withWhitelist(NUMERIC_DATE);

    @Override
    public Reading read(FormPage page, FieldSpec spec, OcrEngine engine) {
        OcrSettings first = "eng".equals(spec.language())
                ? LineOcr.line("eng").withWhitelist(LineFieldReader.LETTERS + NUMERIC_DATE + " ,")
                : LineOcr.line(spec.language()).withWhitelist(JAPANESE_DATE);
        if (spec.whitelist() != null) {
            first = first.withWhitelist(spec.whitelist());
        }
        CleanField clean = FieldCleaner.clean(page, spec.box(), FieldCleaner.DARK_INK);
        LineOcr.Result r = LineOcr.read(page, clean, engine, first);
        if (r.blank()) {
            return Reading.blank(r.blankConfidence());
        }
        boolean monthFirst = "mdy".equals(spec.format());
        Reading reading = toReading(r, 1, monthFirst);
        boolean agreedButUnsure = reading.reasons().isEmpty() && reading.confidence() < Confidence.THREE_MODELS;
        boolean disagreedOnADate = reading.reasons().contains(FieldReaders.OCR_DISAGREEMENT) && !"".equals(reading.value());
        // No third read where the chosen read gives no date: majority() could not use it.
        if ((disagreedOnADate || agreedButUnsure) && !"eng".equals(spec.language())) {
            reading = majority(reading, r, LineOcr.readOnce(clean, engine, NUMERIC_READ, Opinions.DIGIT_HEIGHT), monthFirst);
        }
        if (reading.reasons().contains(FieldReaders.OCR_DISAGREEMENT)) {
            reading = settle(reading, r, LineOcr.tieBreak(r, engine, first), monthFirst);
        }
        if (!reading.reasons().contains(DateReading.UNPARSEABLE) && !reading.reasons().contains(DateReading.INVALID)) {
            return reading;
        }
        LineOcr.Result retry = LineOcr.read(page, clean, engine, LineOcr.line("eng").withWhitelist(NUMERIC_DATE));
        Reading second = toReading(retry, RETRY_FACTOR, monthFirst);
        return "".equals(second.value()) ? reading : second;
    }

    /**
     * Parses a read, taking 今和 and 念和 for 令和: Tesseract's reads of a hand-written 令, and no
     * other era looks like them (昭和, which also ends in 和, is read as 昭和 or loses its 昭). Both
     * reads must still agree on the date for it to be trusted.
     */
    static DateReading parse(String text, boolean monthFirst) {
        return JapaneseDates.parse(DateRepair.withReiRestored(text), monthFirst);
    }

    static Reading toReading(LineOcr.Result r, double factor, boolean monthFirst) {
        OcrLine line = r.line();
        DateReading date = parse(line.text(), monthFirst);
        boolean agree = r.agreeOn(l -> parse(l.text(), monthFirst).date());
        double confidence = r.confidence(agree) * factor;
        if (!date.isOk()) {
            return repaired(r, monthFirst, confidence)
                    .orElse(new Reading("", line.text(), Math.min(confidence, 0.2), date.reasons()));
        }
        Reading reading = new Reading(date.date().toString(), line.text(), confidence, date.reasons());
        if (!agree) {
            reading = reading.withReason(FieldReaders.OCR_DISAGREEMENT);
        }
        return r.timedOut() ? reading.withReason(FieldReaders.OCR_TIMEOUT) : reading;
    }

    /**
     * The eng model, which reads 2024/4/1 and R6.4.1 best and cannot read 年月日 at all, gives the
     * chosen read's date: where the two Japanese models differ, a majority of three different models,
     * trusted like the same majority on printed-era dates; where they agree with weak characters,
     * three models agreeing, trusted like three on printed-era slots. Any other outcome leaves the
     * field as it was.
     */
    static Reading majority(Reading reading, LineOcr.Result r, LineOcr.Read third, boolean monthFirst) {
        DateReading chosen = parse(r.chosen().line().text(), monthFirst);
        DateReading eng = parse(third.line().text(), monthFirst);
        if (!chosen.isOk() || !eng.isOk() || !chosen.date().equals(eng.date()) || !reading.value().equals(chosen.date().toString())) {
            return reading;
        }
        if (!reading.reasons().contains(FieldReaders.OCR_DISAGREEMENT)) {
            return reading.withConfidence(Math.max(reading.confidence(), Confidence.THREE_MODELS));
        }
        return reading.agreedAs(reading.value(), reading.raw(), Confidence.TWO_OF_THREE_MODELS);
    }

    /** The date of whichever read a third read agrees with; the field stays doubtful. */
    static Reading settle(Reading reading, LineOcr.Result r, LineOcr.Read third, boolean monthFirst) {
        DateReading tie = parse(third.line().text(), monthFirst);
        if (!tie.isOk()) {
            return reading;
        }
        for (LineOcr.Read read : List.of(r.chosen(), r.other())) {
            if (tie.date().equals(parse(read.line().text(), monthFirst).date())) {
                return new Reading(tie.date().toString(), read.line().text(), reading.confidence(),
                        reading.reasons().stream().filter(x -> !x.equals(DateReading.UNPARSEABLE)
                                && !x.equals(DateReading.INVALID)).toList());
            }
        }
        return reading;
    }

    /** The date both reads allow once look-alike era spellings are considered; always reviewed. */
    private static Optional<Reading> repaired(LineOcr.Result r, boolean monthFirst, double confidence) {
        List<String> texts = List.of(r.first().line().text(), r.second().line().text());
        return DateRepair.rescue(texts, monthFirst, LocalDate.now())
                .map(d -> new Reading(d.toString(), r.line().text(), Math.min(confidence, DateRepair.REPAIRED_CAP),
                        List.of(DateRepair.DATE_REPAIRED)));
    }
}
