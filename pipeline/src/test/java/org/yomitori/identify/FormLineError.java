package org.yomitori.identify;

import java.util.ArrayList;
import java.util.List;
import org.yomitori.imaging.GrayImage;

/**
 * Measures alignment error independently of the aligner: finds the crossings of the reference's
 * long printed form lines, and at each crossing compares where the horizontal and the vertical
 * line lie in the aligned page with where they lie in the reference (darkness-weighted centre
 * across a short stretch of each line, away from the crossing itself).
 */
final class FormLineError {
    private static final int DARK = 128;
    private static final int MIN_RUN = 200;
    private static final int SEARCH = 12;
    private static final int STRETCH_FROM = 10;
    private static final int STRETCH_TO = 40;

    private final GrayImage reference;
    private final List<int[]> crossings;

    FormLineError(GrayImage reference) {
        this.reference = reference;
        this.crossings = crossings(reference);
    }

    int crossingCount() {
        return crossings.size();
    }

    /** Per crossing where both lines were found in the page: the distance in reference pixels. */
    List<Double> errors(GrayImage aligned) {
        List<Double> out = new ArrayList<>();
        for (int[] c : crossings) {
            double yr = lineCentre(reference, c[0], c[1], true);
            double xr = lineCentre(reference, c[0], c[1], false);
            double ya = lineCentre(aligned, c[0], c[1], true);
            double xa = lineCentre(aligned, c[0], c[1], false);
            if (!Double.isNaN(yr + xr + ya + xa)) {
                out.add(Math.hypot(xa - xr, ya - yr));
            }
        }
        return out;
    }

    /** Darkness-weighted centre of the horizontal (or vertical) line through the crossing, or NaN. */
    private static double lineCentre(GrayImage img, int x, int y, boolean horizontal) {
        double[] profile = new double[2 * SEARCH + 1];
        for (int k = -SEARCH; k <= SEARCH; k++) {
            for (int side = -1; side <= 1; side += 2) {
                for (int t = STRETCH_FROM; t <= STRETCH_TO; t++) {
                    int px = horizontal ? x + side * t : x + k;
                    int py = horizontal ? y + k : y + side * t;
                    if (px >= 0 && py >= 0 && px < img.width() && py < img.height()) {
                        profile[k + SEARCH] += 255 - img.get(px, py);
                    }
                }
            }
        }
        double max = 0;
        for (double v : profile) {
            max = Math.max(max, v);
        }
        if (max < 2 * (STRETCH_TO - STRETCH_FROM) * 80) { // no line dark enough along the stretch
            return Double.NaN;
        }
        double sum = 0;
        double weighted = 0;
        for (int k = 0; k < profile.length; k++) {
            double w = Math.max(0, profile[k] - max / 2);
            sum += w;
            weighted += w * k;
        }
        return weighted / sum - SEARCH;
    }

    private static List<int[]> crossings(GrayImage ref) {
        boolean[] horizontal = runs(ref, true);
        boolean[] vertical = runs(ref, false);
        List<int[]> out = new ArrayList<>();
        int w = ref.width();
        int margin = SEARCH + STRETCH_TO + 1;
        for (int y = margin; y < ref.height() - margin; y += 1) {
            for (int x = margin; x < w - margin; x += 1) {
                int i = y * w + x;
                if (horizontal[i] && vertical[i] && farFrom(out, x, y)) {
                    out.add(new int[] {x, y});
                }
            }
        }
        return out;
    }

    private static boolean farFrom(List<int[]> points, int x, int y) {
        for (int k = points.size() - 1; k >= 0 && k >= points.size() - 400; k--) {
            int[] p = points.get(k);
            if (Math.abs(p[0] - x) < 30 && Math.abs(p[1] - y) < 30) {
                return false;
            }
        }
        return true;
    }

    /** Marks pixels that belong to a dark run of at least MIN_RUN along rows (or columns). */
    private static boolean[] runs(GrayImage img, boolean alongRows) {
        int w = img.width();
        int h = img.height();
        boolean[] mark = new boolean[w * h];
        int outer = alongRows ? h : w;
        int inner = alongRows ? w : h;
        for (int o = 0; o < outer; o++) {
            int start = -1;
            for (int i = 0; i <= inner; i++) {
                boolean dark = i < inner && (alongRows ? img.get(i, o) : img.get(o, i)) < DARK;
                if (dark && start < 0) {
                    start = i;
                } else if (!dark && start >= 0) {
                    if (i - start >= MIN_RUN) {
                        for (int k = start; k < i; k++) {
                            mark[alongRows ? o * w + k : k * w + o] = true;
                        }
                    }
                    start = -1;
                }
            }
        }
        return mark;
    }
}
