package org.yomitori.read;

/** Erases long straight runs of ink: printed rules the reference did not account for. */
final class LineRemover {
    private LineRemover() {
    }

    static void removeLongRuns(InkMask m, int minHorizontal, int minVertical) {
        boolean[] erase = new boolean[m.ink.length];
        for (int y = 0; y < m.h; y++) {
            int run = 0;
            for (int x = 0; x <= m.w; x++) {
                if (x < m.w && m.ink[y * m.w + x]) {
                    run++;
                } else {
                    if (run >= minHorizontal) {
                        for (int k = x - run; k < x; k++) {
                            erase[y * m.w + k] = true;
                        }
                    }
                    run = 0;
                }
            }
        }
        for (int x = 0; x < m.w; x++) {
            int run = 0;
            for (int y = 0; y <= m.h; y++) {
                if (y < m.h && m.ink[y * m.w + x]) {
                    run++;
                } else {
                    if (run >= minVertical) {
                        for (int k = y - run; k < y; k++) {
                            erase[k * m.w + x] = true;
                        }
                    }
                    run = 0;
                }
            }
        }
        for (int i = 0; i < erase.length; i++) {
            m.ink[i] &= !erase[i];
        }
    }
}
