package org.yomitori.read;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.yomitori.ocr.OcrEngine;
import org.yomitori.ocr.OcrSettings;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.FieldType;

/**
 * Free-written one-line fields: text, kana, e-mail and the digit types. Each type reads with its
 * own model and character whitelist and normalises to its value shape.
 */
final class LineFieldReader implements FieldReader {
    static final String DIGITS = "0123456789";
    static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    /** What English form entries are made of; keeps OCR from answering | for l or [ for I. */
    static final String ENGLISH_TEXT = LETTERS + DIGITS + " ,.-'/#&()";
    static final String KATAKANA;
    static final String HIRAGANA;

    static {
        StringBuilder k = new StringBuilder();
        for (char c = 'ァ'; c <= 'ヶ'; c++) {
            k.append(c);
        }
        KATAKANA = k.append("ー").toString();
        StringBuilder h = new StringBuilder();
        for (char c = 'ぁ'; c <= 'ゖ'; c++) {
            h.append(c);
        }
        HIRAGANA = h.toString();
    }

    @Override
    public Reading read(FormPage page, FieldSpec spec, OcrEngine engine) {
        LineOcr.Result r = LineOcr.read(page, spec.box(), engine, settings(spec));
        if (r.blank()) {
            return Reading.blank(r.blankConfidence());
        }
        boolean english = spec.type() == FieldType.TEXT && "eng".equals(spec.language());
        Function<LineOcr.Read, String> text = english || spec.type() == FieldType.EMAIL
                ? read -> punctuated(read, r.clean(), english) : read -> read.line().text();
        Reading reading = toReading(r, normaliser(spec.type()), text);
        for (DisagreementSettler settler : DisagreementSettler.forField(spec)) {
            if (reading.reasons().contains(FieldReaders.OCR_DISAGREEMENT)) {
                reading = settler.settle(reading, r, normaliser(spec.type()), text);
            }
        }
        if (reading.reasons().contains(FieldReaders.OCR_DISAGREEMENT) && Opinions.isDigits(settings(spec))) {
            reading = majority(reading, r, engine, settings(spec), normaliser(spec.type()), text);
        }
        if (reading.reasons().contains(FieldReaders.OCR_DISAGREEMENT)) {
            reading = settle(reading, r, LineOcr.tieBreak(r, engine, settings(spec)), normaliser(spec.type()), text);
        }
        return ValueRepairs.apply(spec.type(), reading);
    }

    /**
     * Digits the two reads (jpn, eng) differ on, read a third time by the script model, which reads
     * a line of digits best of the three but was kept out of the first two because it loses digits
     * on sparse lines: when it gives the chosen read's value, three different models make a majority
     * (on the dev set's postal codes, phone numbers and numbers it sided with the chosen read 9 times,
     * always rightly).
     */
    static Reading majority(Reading reading, LineOcr.Result r, OcrEngine engine, OcrSettings settings,
                            UnaryOperator<String> normaliser, Function<LineOcr.Read, String> text) {
        if (!engine.config().hasLanguage(Opinions.SCRIPT_MODEL)) {
            return reading;
        }
        OcrSettings script = Opinions.scriptModel(settings);
        String third = normaliser.apply(text.apply(LineOcr.readOnce(r.clean(), engine, script, Opinions.DIGIT_HEIGHT)));
        if (third.isEmpty() || !third.equals(reading.value())) {
            return reading;
        }
        return reading.agreedAs(reading.value(), reading.raw(), Confidence.TWO_OF_THREE_MODELS);
    }

    /**
     * Takes the value of whichever of the two reads a third read agrees with. The field stays
     * doubtful (its confidence and reasons are kept): two reads out of three is not agreement.
     */
    static Reading settle(Reading reading, LineOcr.Result r, LineOcr.Read third, UnaryOperator<String> normaliser,
                          Function<LineOcr.Read, String> text) {
        String tie = normaliser.apply(text.apply(third));
        for (LineOcr.Read read : List.of(r.chosen(), r.other())) {
            String raw = text.apply(read);
            if (!tie.isEmpty() && tie.equals(normaliser.apply(raw))) {
                return new Reading(tie, raw, reading.confidence(), reading.reasons());
            }
        }
        return reading;
    }

    /** A read's text with dots, dashes and (for English entries) commas decided from the ink. */
    static String punctuated(LineOcr.Read read, CleanField clean, boolean commas) {
        List<List<String>> words = DotOrDash.symbols(read, clean);
        return DotOrDash.join(commas ? Commas.apply(read, clean, words) : words);
    }

    static Reading toReading(LineOcr.Result r, UnaryOperator<String> normaliser) {
        return toReading(r, normaliser, read -> read.line().text());
    }

    /** @param text what a read says (the line's text, or that text with characters decided from the ink) */
    static Reading toReading(LineOcr.Result r, UnaryOperator<String> normaliser, Function<LineOcr.Read, String> text) {
        String raw = text.apply(r.chosen());
        String value = normaliser.apply(raw);
        boolean agree = Objects.equals(value, normaliser.apply(text.apply(r.other())));
        Reading reading = Reading.of(value, raw, r.confidence(agree));
        if (r.timedOut()) {
            reading = reading.withReason(FieldReaders.OCR_TIMEOUT);
        }
        if (!agree) {
            reading = reading.withReason(FieldReaders.OCR_DISAGREEMENT);
        }
        // Ink was found but nothing readable came out: not blank, so a person must look.
        return value.isEmpty() ? reading.withConfidence(0).withReason(FieldReaders.UNREADABLE) : reading;
    }

    static OcrSettings settings(FieldSpec spec) {
        OcrSettings s = switch (spec.type()) {
            case KANA -> LineOcr.line("jpn").withWhitelist(KATAKANA + HIRAGANA + "・ ");
            // A hand-written l often reads as |, which the models drop when | is not allowed.
            case EMAIL -> LineOcr.line("eng").withWhitelist(LETTERS + DIGITS + "@._-+" + TextNormaliser.BAR);
            case DIGITS, MY_NUMBER -> LineOcr.line("eng").withWhitelist(DIGITS);
            case NUMBER -> LineOcr.line("eng").withWhitelist(DIGITS + ",");
            case PHONE -> LineOcr.line("eng").withWhitelist(DIGITS + "-()");
            case POSTAL_CODE -> LineOcr.line("eng").withWhitelist(DIGITS + "-");
            default -> "eng".equals(spec.language()) ? LineOcr.line("eng").withWhitelist(ENGLISH_TEXT)
                    : LineOcr.line(spec.language());
        };
        return spec.whitelist() != null ? s.withWhitelist(spec.whitelist()) : s;
    }

    static UnaryOperator<String> normaliser(FieldType type) {
        return switch (type) {
            case KANA -> TextNormaliser::kana;
            case EMAIL -> TextNormaliser::email;
            case DIGITS, MY_NUMBER -> TextNormaliser::digits;
            case NUMBER -> TextNormaliser::number;
            case PHONE -> TextNormaliser::phone;
            case POSTAL_CODE -> TextNormaliser::postalCode;
            default -> TextNormaliser::text;
        };
    }
}
