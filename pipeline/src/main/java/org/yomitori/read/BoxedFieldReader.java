package org.yomitori.read;

import org.yomitori.ocr.OcrEngine;
import org.yomitori.ocr.OcrSettings;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.FieldType;

/**
 * 文字枠 fields: one character per printed cell. The row is cleaned at once (the cell grid anchors
 * the alignment), cells without ink are blank, and the written cells are read together as one
 * line (see {@link SlotLine}); a written cell must come back with exactly one character.
 */
final class BoxedFieldReader implements FieldReader {
    static final String LATIN_CODE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + LineFieldReader.DIGITS;
    static final String BLANK_CELL = "_";
    static final String UNREAD_CELL = "?";

    @Override
    public Reading read(FormPage page, FieldSpec spec, OcrEngine engine) {
        CleanField row = FieldCleaner.clean(page, spec.box(), FieldCleaner.DARK_INK);
        SlotLine.Slots slots = SlotLine.read(page, row, spec.cells(), engine, settings(spec));
        if (slots.writtenCount() == 0) {
            return Reading.blank(slots.blankConfidence());
        }
        StringBuilder chars = new StringBuilder();
        StringBuilder raw = new StringBuilder();
        double confidence = slots.blankConfidence();
        for (int i = 0; i < spec.cells().size(); i++) {
            if (!slots.written()[i]) {
                raw.append(BLANK_CELL);
                continue;
            }
            String c = slots.texts().get(i);
            boolean one = c.codePointCount(0, c.length()) == 1;
            confidence = Math.min(confidence, one ? slots.confidences()[i] : 0);
            String shown = c.isEmpty() ? UNREAD_CELL : c;
            chars.append(shown);
            raw.append(shown);
        }
        Object value = LineFieldReader.normaliser(spec.type()).apply(chars.toString());
        Reading reading = Reading.of(value, raw.toString(), confidence);
        if (slots.writtenCount() < spec.cells().size()) {
            reading = reading.withReason(FieldReaders.INCOMPLETE_CELLS);
        }
        if (!slots.agree()) {
            reading = reading.withReason(FieldReaders.OCR_DISAGREEMENT);
        }
        return slots.timedOut() ? reading.withReason(FieldReaders.OCR_TIMEOUT) : reading;
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
