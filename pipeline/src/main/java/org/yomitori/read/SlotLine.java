package org.yomitori.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.yomitori.imaging.GrayImage;
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
     * @param confidences per slot: the weakest character's confidence in both reads, judged by
     *                    whether they agree ({@link Confidence#ofReads})
     *                    (1 for a blank slot)
     * @param written     whether each slot holds ink
     * @param agree       both reads put the same characters in every slot, or (when a majority
     *                    was asked for) a third model sides with the chosen read where they differ
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

    /**
     * @param slots    boxes in page coordinates, inside {@code row}'s area
     * @param majority where the two reads differ, let a third model's siding with the chosen read
     *                 count as agreement. Only for values with a structure of their own to check
     *                 (a date must exist): on bare digit strings (文字枠 codes) such a majority was
     *                 wrong once in 11 on the dev set, against 0 in 14 on printed-era dates.
     */
    static Slots read(FormPage page, CleanField row, List<Box> slots, OcrEngine engine, OcrSettings settings,
                      boolean majority) {
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
        double[] otherConfidences = new double[local.size()];
        List<String> other = place(r.other(), bounds, local, otherConfidences);
        boolean agree = texts.equals(other);
        double weakest = 1;
        for (int i = 0; i < confidences.length; i++) {
            confidences[i] = written[i] ? Confidence.ofReads(confidences[i], otherConfidences[i], agree, r.distinctModels()) : 1;
            weakest = Math.min(weakest, confidences[i]);
        }
        // A third read can only lift an agreement to THREE_MODELS: not asked when it is there already.
        boolean worthAsking = agree ? weakest < Confidence.THREE_MODELS : majority;
        boolean third = worthAsking && confirmedByThirdModel(only.trimmed(), bounds, local, texts, engine, settings);
        for (int i = 0; third && i < confidences.length; i++) {
            if (written[i]) {
                confidences[i] = agree ? Math.max(confidences[i], Confidence.THREE_MODELS) : Confidence.TWO_OF_THREE_MODELS;
            }
        }
        return new Slots(texts, confidences, written, agree || third, blankConfidence, r.timedOut(), other);
    }

    /**
     * Whether Tesseract's script model, which neither of the two reads used, puts the same digits in
     * every slot. Symbol confidences say little on these sparse lines (a right 12 and 25 come back at
     * 0.2-0.4 from both models), while a third model agreeing does: on the dev set's printed-era
     * dates it agreed with 56 right values and with no wrong one, and where the two reads differed
     * it sided with the chosen read 14 times, always rightly. It reads digits poorly on such lines
     * (it drops characters), which costs only the confirmation, never a value.
     */
    private static boolean confirmedByThirdModel(GrayImage ink, Box bounds, List<Box> slots, List<String> texts,
                                                 OcrEngine engine, OcrSettings settings) {
        if (!Opinions.isDigits(settings) || !engine.config().hasLanguage(Opinions.SCRIPT_MODEL)) {
            return false;
        }
        OcrSettings script = Opinions.scriptModel(settings);
        double scale = LineOcr.scale(ink, Opinions.DIGIT_HEIGHT);
        LineOcr.Read third = new LineOcr.Read(engine.read(LineOcr.prepare(ink, scale), script), scale);
        return place(third, bounds, slots, new double[slots.size()]).equals(texts);
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
