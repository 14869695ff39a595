package org.yomitori.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.yomitori.ocr.OcrEngine;
import org.yomitori.ocr.OcrSettings;
import org.yomitori.ocr.OcrSymbol;
import org.yomitori.template.Box;

/**
 * Reads several writing slots of one row (文字枠 cells, the year/month/day of a printed date)
 * as a single line, then puts each recognised character back into the slot under it. Tesseract
 * reads a lone glyph poorly (a 0 or a hand-written 9 alone come back empty) but reads the same
 * glyph well among its neighbours.
 */
final class SlotLine {
    /**
     * @param texts       what the chosen read found in each slot ("" for a blank slot)
     * @param confidences per slot: the weakest character's confidence, judged with the other read
     *                    (1 for a blank slot)
     * @param written     whether each slot holds ink
     * @param agree       both reads put the same characters in every slot
     * @param otherTexts  what the other read found in each slot
     */
    record Slots(List<String> texts, double[] confidences, boolean[] written, boolean agree,
                 double blankConfidence, boolean timedOut, List<String> otherTexts) {
        int writtenCount() {
            int n = 0;
            for (boolean w : written) {
                n += w ? 1 : 0;
            }
            return n;
        }
    }

    private SlotLine() {
    }

    /** @param slots boxes in page coordinates, inside {@code row}'s area */
    static Slots read(FormPage page, CleanField row, List<Box> slots, OcrEngine engine, OcrSettings settings) {
        int minInk = page.px(LineOcr.MIN_INK_SIDE) * page.px(LineOcr.MIN_INK_SIDE);
        List<Box> local = slots.stream()
                .map(c -> new Box(c.x() - row.area.x(), c.y() - row.area.y(), c.w(), c.h()).clip(row.ink.w, row.ink.h))
                .toList();
        boolean[] written = new boolean[local.size()];
        InkMask ink = new InkMask(row.ink.w, row.ink.h);
        double blankConfidence = 1;
        for (int i = 0; i < local.size(); i++) {
            int count = row.ink.count(local.get(i));
            written[i] = count >= minInk;
            if (written[i]) {
                copy(row.ink, ink, local.get(i));
            } else {
                blankConfidence = Math.min(blankConfidence, Confidence.blank(count, minInk));
            }
        }
        double[] confidences = new double[local.size()];
        Arrays.fill(confidences, 1);
        Box bounds = ink.bounds();
        if (bounds == null) {
            List<String> none = local.stream().map(b -> "").toList();
            return new Slots(none, confidences, written, true, blankConfidence, false, none);
        }
        CleanField only = new CleanField(row.area, row.region, ink);
        LineOcr.Result r = LineOcr.readTwice(only, minInk, only.trimmed(), engine, settings);
        List<String> texts = place(r.chosen(), bounds, local, confidences);
        List<String> other = place(r.chosen() == r.first() ? r.second() : r.first(), bounds, local, new double[local.size()]);
        boolean agree = texts.equals(other);
        for (int i = 0; i < confidences.length; i++) {
            confidences[i] = written[i] ? Confidence.ofReads(confidences[i], agree, r.distinctModels()) : 1;
        }
        return new Slots(texts, confidences, written, agree, blankConfidence, r.timedOut(), other);
    }

    /** Each symbol of a read in the slot under its centre; fills the per-slot weakest confidence. */
    private static List<String> place(LineOcr.Read read, Box inkBounds, List<Box> slots, double[] confidences) {
        List<StringBuilder> texts = new ArrayList<>();
        slots.forEach(b -> texts.add(new StringBuilder()));
        Arrays.fill(confidences, 1);
        for (OcrSymbol s : read.line().symbols()) {
            int slot = slotOf(s, read.scale(), inkBounds, slots);
            if (slot >= 0) {
                texts.get(slot).append(s.text());
                confidences[slot] = Math.min(confidences[slot], s.confidence());
            }
        }
        return texts.stream().map(StringBuilder::toString).toList();
    }

    /** The slot under a symbol's centre, mapped back from the OCR image to the row. */
    private static int slotOf(OcrSymbol s, double scale, Box inkBounds, List<Box> slots) {
        if (s.box() == null) {
            return -1;
        }
        double centre = s.box().x() + s.box().w() / 2.0;
        double x = inkBounds.x() + (centre - LineOcr.OCR_PAD) / scale;
        for (int i = 0; i < slots.size(); i++) {
            if (x >= slots.get(i).x() && x < slots.get(i).x() + slots.get(i).w()) {
                return i;
            }
        }
        return -1;
    }

    private static void copy(InkMask from, InkMask to, Box b) {
        for (int y = b.y(); y < b.y() + b.h(); y++) {
            System.arraycopy(from.ink, y * from.w + b.x(), to.ink, y * to.w + b.x(), b.w());
        }
    }
}
