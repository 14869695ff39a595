package org.yomitori.read;

import java.util.List;
import org.yomitori.template.Box;
import org.yomitori.template.OptionSpec;

/**
 * Image analysis of hand marks: a tick, cross or fill in a printed square; a circle drawn around
 * a printed label; a seal in its box. Scores are measured on the written ink only (the blank
 * form's print subtracted), so the printed square or label never counts as a mark.
 */
final class MarkReaders {
    /** Share of a box's area covered by written ink: below LOW it is empty, above HIGH it is marked. */
    static final double BOX_LOW = 0.015;
    static final double BOX_HIGH = 0.05;
    /** Share of a label's width enclosed by ink both above and below it. */
    static final double CIRCLE_LOW = 0.25;
    static final double CIRCLE_HIGH = 0.55;
    /** Seals are red: in grey they are mid-tone, so a lighter ink level is used, and a larger share. */
    static final double SEAL_INK = 0.8;
    static final double SEAL_LOW = 0.01;
    static final double SEAL_HIGH = 0.05;

    /** @param strength the score over its decision level: above 1 is marked; comparable across kinds of mark */
    record Mark(double strength, boolean marked, double confidence) {
        static Mark of(double score, double low, double high) {
            double level = (low + high) / 2;
            return new Mark(score / level, score >= level, Confidence.mark(score, low, high));
        }
    }

    /** The chosen option of a single-choice set (null for none) and how sure. */
    record Choice(String option, double confidence, boolean several) {
    }

    private MarkReaders() {
    }

    static Mark box(FormPage page, Box box) {
        CleanField f = FieldCleaner.clean(page, box, FieldCleaner.DARK_INK, false);
        // Ticks run past the square, so count a little around it too.
        int grow = page.px(6);
        Box inArea = new Box(box.x() - f.area.x() - grow, box.y() - f.area.y() - grow, box.w() + 2 * grow,
                box.h() + 2 * grow);
        double ratio = (double) f.ink.count(inArea) / Math.max(1, box.w() * box.h());
        return Mark.of(ratio, BOX_LOW, BOX_HIGH);
    }

    static Mark seal(FormPage page, Box box) {
        CleanField f = FieldCleaner.clean(page, box, SEAL_INK, false);
        double ratio = (double) f.ink.count(new Box(box.x() - f.area.x(), box.y() - f.area.y(), box.w(), box.h()))
                / Math.max(1, box.w() * box.h());
        return Mark.of(ratio, SEAL_LOW, SEAL_HIGH);
    }

    /**
     * A circle (or ellipse) drawn around a label leaves ink above and below nearly every column
     * of the label. A neighbour's circle only reaches a few columns at one end, and a line
     * struck through the label lies in the middle band, so neither counts.
     */
    static Mark circle(FormPage page, Box label) {
        int grow = page.px(28);
        CleanField f = FieldCleaner.clean(page, label.inset(-grow), FieldCleaner.DARK_INK, false);
        int lx = label.x() - f.area.x();
        int ly = label.y() - f.area.y();
        int x0 = lx + label.w() / 10;
        int x1 = lx + label.w() - label.w() / 10;
        int topEnd = ly + (int) (label.h() * 0.35);
        int bottomStart = ly + (int) (label.h() * 0.65);
        int top = 0;
        int bottom = 0;
        for (int x = x0; x < x1; x++) {
            top += columnHasInk(f.ink, x, 0, topEnd) ? 1 : 0;
            bottom += columnHasInk(f.ink, x, bottomStart, f.ink.h) ? 1 : 0;
        }
        double cover = Math.min(top, bottom) / (double) Math.max(1, x1 - x0);
        return Mark.of(cover, CIRCLE_LOW, CIRCLE_HIGH);
    }

    private static boolean columnHasInk(InkMask m, int x, int y0, int y1) {
        for (int y = Math.max(0, y0); y < Math.min(m.h, y1); y++) {
            if (m.at(x, y)) {
                return true;
            }
        }
        return false;
    }

    /** An option's mark: its square when it has one, or a circle around its label (people do both). */
    static Mark option(FormPage page, OptionSpec o) {
        Mark boxMark = o.box() == null ? null : box(page, o.box());
        Mark circleMark = o.labelBox() == null ? null : circle(page, o.labelBox());
        if (boxMark == null || circleMark == null) {
            return boxMark == null ? circleMark : boxMark;
        }
        if (boxMark.marked() || circleMark.marked()) {
            return boxMark.strength() >= circleMark.strength() ? boxMark : circleMark;
        }
        return new Mark(Math.max(boxMark.strength(), circleMark.strength()), false,
                Math.min(boxMark.confidence(), circleMark.confidence()));
    }

    static Choice circledSingle(FormPage page, List<OptionSpec> options) {
        return single(options, options.stream().map(o -> circle(page, o.labelBox())).toList());
    }

    /** Exactly one marked option is a choice; several keep the strongest, flagged; none is no choice. */
    static Choice single(List<OptionSpec> options, List<Mark> marks) {
        double confidence = marks.stream().mapToDouble(Mark::confidence).min().orElse(0);
        int best = -1;
        int count = 0;
        for (int i = 0; i < marks.size(); i++) {
            if (marks.get(i).marked()) {
                count++;
                if (best < 0 || marks.get(i).strength() > marks.get(best).strength()) {
                    best = i;
                }
            }
        }
        if (count > 1) {
            return new Choice(options.get(best).option(), Math.min(confidence, 0.3), true);
        }
        return new Choice(best < 0 ? null : options.get(best).option(), confidence, false);
    }
}
