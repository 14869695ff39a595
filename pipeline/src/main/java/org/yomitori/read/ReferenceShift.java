package org.yomitori.read;

/**
 * Finds the small offset that lays the blank form's printed ink over the scan's ink best. Only a
 * sample of the printed pixels is tried at every offset, which keeps a full field row cheap.
 */
final class ReferenceShift {
    private static final int MAX_POINTS = 3000;

    private ReferenceShift() {
    }

    /**
     * @param ref    the reference's ink over the analysis area
     * @param scan   the scan's ink over the area grown by {@code search} on every side
     * @return {dx, dy}: the printed ink at (x, y) of the area appears at (x + dx, y + dy) in the scan
     */
    static int[] best(InkMask ref, InkMask scan, int search) {
        int total = ref.count();
        if (total == 0) {
            return new int[] {0, 0};
        }
        int step = Math.max(1, total / MAX_POINTS);
        int[] xs = new int[total / step + 1];
        int[] ys = new int[xs.length];
        int n = 0;
        int seen = 0;
        for (int i = 0; i < ref.ink.length && n < xs.length; i++) {
            if (ref.ink[i] && seen++ % step == 0) {
                xs[n] = i % ref.w + search;
                ys[n] = i / ref.w + search;
                n++;
            }
        }
        int bestDx = 0;
        int bestDy = 0;
        long bestScore = -1;
        for (int dy = -search; dy <= search; dy++) {
            for (int dx = -search; dx <= search; dx++) {
                long score = 0;
                for (int k = 0; k < n; k++) {
                    if (scan.at(xs[k] + dx, ys[k] + dy)) {
                        score++;
                    }
                }
                // Ties go to the smaller move: a row with no vertical line says nothing about dx.
                boolean better = score > bestScore || score == bestScore
                        && Math.abs(dx) + Math.abs(dy) < Math.abs(bestDx) + Math.abs(bestDy);
                if (better) {
                    bestScore = score;
                    bestDx = dx;
                    bestDy = dy;
                }
            }
        }
        return new int[] {bestDx, bestDy};
    }
}
