package org.yomitori.read;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.yomitori.ocr.OcrEngine;
import org.yomitori.ocr.OcrSettings;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.FieldType;
import org.yomitori.validate.Validator;
import org.yomitori.validate.Validators;

/**
 * 文字枠 fields: one character per printed cell. The row is cleaned at once (the cell grid anchors
 * the alignment), cells without ink are blank, and the written cells are read together as one
 * line (see {@link SlotLine}); a written cell must come back with exactly one character.
 */
final class BoxedFieldReader implements FieldReader {
    static final String LATIN_CODE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + LineFieldReader.DIGITS;
    static final String BLANK_CELL = "_";
    static final String UNREAD_CELL = "?";
    /** The two reads differed in some cells and the validator (check digit) chose between them. */
    static final String CELLS_RESOLVED = "cells_resolved";

    @Override
    public Reading read(FormPage page, FieldSpec spec, OcrEngine engine) {
        CleanField row = FieldCleaner.clean(page, spec.box(), FieldCleaner.DARK_INK);
        SlotLine.Slots slots = SlotLine.read(page, row, spec.cells(), engine, settings(spec), false);
        if (slots.writtenCount() == 0) {
            return Reading.blank(slots.blankConfidence());
        }
        UnaryOperator<String> normaliser = LineFieldReader.normaliser(spec.type());
        Validator validator = Validators.forField(spec);
        Predicate<List<String>> valid = c -> validator.validate(normaliser.apply(join(c, slots.written()))).isOk();
        List<String> cells = CellChoice.merge(slots.texts(), slots.otherTexts(), slots.written());
        Optional<List<String>> resolved = valid.test(cells) ? Optional.empty()
                : CellChoice.resolve(cells, slots.otherTexts(), valid);
        List<String> value = resolved.orElse(cells);
        // Of two reads differing in one cell, the check digit may prove which one is right.
        boolean settled = !slots.agree() && settledByCheckDigit(spec, value,
                resolved.isPresent() ? cells : slots.otherTexts(), slots.written(), valid);
        Reading reading = toReading(value, slots, normaliser);
        if (resolved.isPresent() && !settled) {
            reading = reading.withReason(CELLS_RESOLVED);
        }
        if (slots.writtenCount() < spec.cells().size()) {
            reading = reading.withReason(FieldReaders.INCOMPLETE_CELLS);
        }
        if (settled) {
            reading = reading.withConfidence(Confidence.CHECK_DIGIT_SETTLED);
        } else if (!slots.agree()) {
            reading = reading.withReason(FieldReaders.OCR_DISAGREEMENT);
        }
        return slots.timedOut() ? reading.withReason(FieldReaders.OCR_TIMEOUT) : reading;
    }

    /**
     * A 個人番号 whose reads differ in one cell, where the value passes the check digit and the
     * other read does not (whichever of the two reads the value came from). The check digit (weights 2-7, modulo the prime 11) catches every change
     * of a single digit, so the other read is certainly wrong there and the value can only be
     * wrong by two misread digits that happen to pass: the check digit is a third, independent
     * judge. Not for the 法人番号, whose modulo-9 check lets a 0 read as 9 through.
     */
    static boolean settledByCheckDigit(FieldSpec spec, List<String> value, List<String> doubt, boolean[] written,
                                       Predicate<List<String>> valid) {
        if (spec.type() != FieldType.MY_NUMBER || !valid.test(value) || valid.test(doubt)) {
            return false;
        }
        int differing = 0;
        for (int i = 0; i < value.size(); i++) {
            if (written[i] && !value.get(i).equals(doubt.get(i))) {
                differing++;
            }
        }
        return differing == 1;
    }

    /** The written cells' characters as the value; a cell without exactly one character makes it doubtful. */
    private static Reading toReading(List<String> cells, SlotLine.Slots slots, UnaryOperator<String> normaliser) {
        StringBuilder raw = new StringBuilder();
        double confidence = slots.blankConfidence();
        for (int i = 0; i < cells.size(); i++) {
            if (!slots.written()[i]) {
                raw.append(BLANK_CELL);
                continue;
            }
            String c = cells.get(i);
            confidence = Math.min(confidence, CellChoice.isOne(c) ? slots.confidences()[i] : 0);
            raw.append(c.isEmpty() ? UNREAD_CELL : c);
        }
        String chars = raw.toString().replace(BLANK_CELL, "");
        return Reading.of(normaliser.apply(chars), raw.toString(), confidence);
    }

    /** The written cells' texts, an unread cell shown as {@value #UNREAD_CELL}. */
    private static String join(List<String> cells, boolean[] written) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (written[i]) {
                out.append(cells.get(i).isEmpty() ? UNREAD_CELL : cells.get(i));
            }
        }
        return out.toString();
    }

    static OcrSettings settings(FieldSpec spec) {
        OcrSettings s;
        if (spec.type().isDigitLike()) {
            s = LineOcr.line("eng").withWhitelist(LineFieldReader.DIGITS);
        } else if (spec.type() == FieldType.KANA) {
            s = LineOcr.line("jpn").withWhitelist(LineFieldReader.KATAKANA);
        } else if ("eng".equals(spec.language())) {
            s = LineOcr.line("eng").withWhitelist(LATIN_CODE);
        } else {
            s = LineOcr.line(spec.language());
        }
        return spec.whitelist() != null ? s.withWhitelist(spec.whitelist()) : s;
    }
}
