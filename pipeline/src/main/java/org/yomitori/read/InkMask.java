package org.yomitori.read;

import org.yomitori.template.Box;

/** Which pixels of a region hold ink, with the few morphology steps the readers need. */
final class InkMask {
    final int w;
    final int h;
    final boolean[] ink;

    InkMask(int w, int h) {
        this(w, h, new boolean[w * h]);
    }

    InkMask(int w, int h, boolean[] ink) {
        this.w = w;
        this.h = h;
        this.ink = ink;
    }

    /**
     * Ink is what is clearly darker than the paper around it. A ratio rather than a fixed level,
     * so grey scans, colour casts and uneven light behave alike; {@code ratio} 0.6 keeps dark ink,
     * a higher ratio (0.8) also keeps a red seal's mid grey.
     */
    static InkMask of(Region r, double ratio) {
        int threshold = (int) (r.paperLevel() * ratio);
        InkMask m = new InkMask(r.w, r.h);
        for (int i = 0; i < r.gray.length; i++) {
            m.ink[i] = r.gray[i] < threshold;
        }
        return m;
    }

    /**
     * Hysteresis: pixels darker than {@code weak} x paper that are connected to a pixel darker
     * than {@code strong} x paper. Thin strokes of a 200 dpi scan scaled to 300 dpi are grey
     * except at their core; this keeps their whole width without letting paper noise in.
     */
    static InkMask of(Region r, double strong, double weak) {
        InkMask core = of(r, strong);
        InkMask halo = of(r, weak);
        return Components.keep(halo, Components.of(halo), b -> {
            for (int p : b.pixels()) {
                if (core.ink[p]) {
                    return true;
                }
            }
            return false;
        });
    }

    boolean at(int x, int y) {
        return x >= 0 && y >= 0 && x < w && y < h && ink[y * w + x];
    }

    int count() {
        int n = 0;
        for (boolean b : ink) {
            if (b) {
                n++;
            }
        }
        return n;
    }

    /** Ink pixels inside a box given in this mask's coordinates (clipped). */
    int count(Box b) {
        Box c = b.clip(w, h);
        int n = 0;
        for (int y = c.y(); y < c.y() + c.h(); y++) {
            for (int x = c.x(); x < c.x() + c.w(); x++) {
                if (ink[y * w + x]) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Square dilation by {@code r} pixels, done as two separable passes. */
    InkMask dilate(int r) {
        if (r <= 0) {
            return this;
        }
        boolean[] rows = new boolean[ink.length];
        for (int y = 0; y < h; y++) {
            int last = Integer.MIN_VALUE / 2;
            for (int x = -r; x < w; x++) {
                if (x + r < w && ink[y * w + x + r]) {
                    last = x + r;
                }
                if (x >= 0) {
                    rows[y * w + x] = last >= x - r;
                }
            }
        }
        boolean[] out = new boolean[ink.length];
        for (int x = 0; x < w; x++) {
            int last = Integer.MIN_VALUE / 2;
            for (int y = -r; y < h; y++) {
                if (y + r < h && rows[(y + r) * w + x]) {
                    last = y + r;
                }
                if (y >= 0) {
                    out[y * w + x] = last >= y - r;
                }
            }
        }
        return new InkMask(w, h, out);
    }

    /** The bounding box of the ink, or null when there is none. */
    Box bounds() {
        int minX = w;
        int minY = h;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (ink[y * w + x]) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return maxX < 0 ? null : new Box(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    InkMask copy() {
        return new InkMask(w, h, ink.clone());
    }
}
