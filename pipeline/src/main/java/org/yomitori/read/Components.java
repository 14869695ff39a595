package org.yomitori.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.yomitori.template.Box;

/** 8-connected ink components of a mask. */
final class Components {
    /** One component: its pixel indexes into the mask and its bounding box. */
    record Blob(int[] pixels, Box bounds) {
        int area() {
            return pixels.length;
        }
    }

    private Components() {
    }

    static List<Blob> of(InkMask m) {
        int[] label = new int[m.ink.length];
        int[] stack = new int[m.ink.length];
        List<Blob> out = new ArrayList<>();
        for (int start = 0; start < m.ink.length; start++) {
            if (!m.ink[start] || label[start] != 0) {
                continue;
            }
            out.add(flood(m, label, stack, start, out.size() + 1));
        }
        return out;
    }

    private static Blob flood(InkMask m, int[] label, int[] stack, int start, int id) {
        int top = 0;
        int n = 0;
        int[] pixels = new int[64];
        int minX = m.w;
        int minY = m.h;
        int maxX = -1;
        int maxY = -1;
        stack[top++] = start;
        label[start] = id;
        while (top > 0) {
            int p = stack[--top];
            if (n == pixels.length) {
                pixels = java.util.Arrays.copyOf(pixels, n * 2);
            }
            pixels[n++] = p;
            int x = p % m.w;
            int y = p / m.w;
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int nx = x + dx;
                    int ny = y + dy;
                    if (nx >= 0 && ny >= 0 && nx < m.w && ny < m.h) {
                        int q = ny * m.w + nx;
                        if (m.ink[q] && label[q] == 0) {
                            label[q] = id;
                            stack[top++] = q;
                        }
                    }
                }
            }
        }
        return new Blob(java.util.Arrays.copyOf(pixels, n), new Box(minX, minY, maxX - minX + 1, maxY - minY + 1));
    }

    /** A copy of the mask keeping only the components that pass {@code keep}. */
    static InkMask keep(InkMask m, List<Blob> blobs, Predicate<Blob> keep) {
        InkMask out = new InkMask(m.w, m.h);
        for (Blob b : blobs) {
            if (keep.test(b)) {
                for (int p : b.pixels()) {
                    out.ink[p] = true;
                }
            }
        }
        return out;
    }
}
