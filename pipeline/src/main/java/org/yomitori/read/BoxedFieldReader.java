package org.yomitori.read;

import java.util.ArrayList;
import java.util.List;
import org.yomitori.ocr.OcrEngine;
import org.yomitori.ocr.OcrSettings;
import org.yomitori.ocr.OcrSymbol;
import org.yomitori.template.Box;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.FieldType;

/**
 * 文字枠 fields: one character per printed cell. The row is cleaned at once (the cell grid anchors
 * the alignment), cells without ink are blank, and the written cells are read together as one
 * line: Tesseract reads a lone 0 in a cell as nothing, but reads it fine among its neighbours.
 * Each recognised character is then put back in the cell under it.
 */
final class BoxedFieldReader implements FieldReader {
    static final String LATIN_CODE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + LineFieldReader.DIGITS;
    static final String BLANK_CELL = "_";
    static final String UNREAD_CELL = "?";

    @Override
    public Reading read(FormPage page, FieldSpec spec, OcrEngine engine) {
        CleanField row = FieldCleaner.clean(page, spec.box(), FieldCleaner.DARK_INK);
        int minInk = page.px(LineOcr.MIN_INK_SIDE) * page.px(LineOcr.MIN_INK_SIDE);
        List<Box> cells = cellsInRow(spec.cells(), row.area);
        boolean[] filled = new boolean[cells.size()];
        InkMask written = new InkMask(row.ink.w, row.ink.h);
        double blankConfidence = 1;
        for (int i = 0; i < cells.size(); i++) {
            int ink = row.ink.count(cells.get(i));
            filled[i] = ink >= minInk;
            if (filled[i]) {
                copy(row.ink, written, cells.get(i));
            } else {
                blankConfidence = Math.min(blankConfidence, Confidence.blank(ink, minInk));
            }
        }
        int count = 0;
        for (boolean f : filled) {
            count += f ? 1 : 0;
        }
        if (count == 0) {
            return Reading.blank(blankConfidence);
        }
        CleanField writtenRow = new CleanField(row.area, row.region, written);
        LineOcr.Result r = LineOcr.readTwice(writtenRow, minInk, writtenRow.trimmed(), engine, settings(spec));
        Reading reading = assemble(spec, r, cells, filled, written.bounds());
        reading = reading.withConfidence(Math.min(reading.confidence(), blankConfidence));
        if (count < cells.size()) {
            reading = reading.withReason(FieldReaders.INCOMPLETE_CELLS);
        }
        return r.line().timedOut() ? reading.withReason(FieldReaders.OCR_TIMEOUT) : reading;
    }

    /** Puts each symbol in the cell under its centre; a written cell must get exactly one. */
    private static Reading assemble(FieldSpec spec, LineOcr.Result r, List<Box> cells, boolean[] filled, Box inkBounds) {
        List<StringBuilder> perCell = new ArrayList<>();
        double[] confidence = new double[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            perCell.add(new StringBuilder());
            confidence[i] = 1;
        }
        for (OcrSymbol s : r.line().symbols()) {
            int cell = cellOf(s, r.scale(), inkBounds, cells);
            if (cell >= 0) {
                perCell.get(cell).append(s.text());
                confidence[cell] = Math.min(confidence[cell], s.confidence());
            }
        }
        StringBuilder chars = new StringBuilder();
        StringBuilder raw = new StringBuilder();
        double fieldConfidence = r.agree() ? 1 : LineOcr.DISAGREEMENT_CAP;
        for (int i = 0; i < cells.size(); i++) {
            String c = perCell.get(i).toString();
            if (!filled[i]) {
                raw.append(BLANK_CELL);
                continue;
            }
            boolean one = c.codePointCount(0, c.length()) == 1;
            fieldConfidence = Math.min(fieldConfidence, one ? confidence[i] : 0);
            String shown = c.isEmpty() ? UNREAD_CELL : c;
            chars.append(shown);
            raw.append(shown);
        }
        Object value = LineFieldReader.normaliser(spec.type()).apply(chars.toString());
        return Reading.of(value, raw.toString(), fieldConfidence);
    }

    private static int cellOf(OcrSymbol s, double scale, Box inkBounds, List<Box> cells) {
        if (s.box() == null) {
            return -1;
        }
        double centre = s.box().x() + s.box().w() / 2.0;
        double x = inkBounds.x() + (centre - LineOcr.OCR_PAD) / scale;
        for (int i = 0; i < cells.size(); i++) {
            if (x >= cells.get(i).x() && x < cells.get(i).x() + cells.get(i).w()) {
                return i;
            }
        }
        return -1;
    }

    private static List<Box> cellsInRow(List<Box> cells, Box area) {
        return cells.stream().map(c -> new Box(c.x() - area.x(), c.y() - area.y(), c.w(), c.h())).toList();
    }

    private static void copy(InkMask from, InkMask to, Box b) {
        Box c = b.clip(from.w, from.h);
        for (int y = c.y(); y < c.y() + c.h(); y++) {
            System.arraycopy(from.ink, y * from.w + c.x(), to.ink, y * to.w + c.x(), c.w());
        }
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
