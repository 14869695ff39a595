package org.yomitori.read;

import org.yomitori.imaging.GrayImage;
import org.yomitori.template.Box;

/** A field's area after cleaning: the scan's grey levels and the written ink only. */
final class CleanField {
    final Box area;
    final Region region;
    final InkMask ink;

    CleanField(Box area, Region region, InkMask ink) {
        this.area = area;
        this.region = region;
        this.ink = ink;
    }

    int inkPixels() {
        return ink.count();
    }

    /** The part of this field inside a page box (e.g. one 文字枠 cell), grown by {@code margin}. */
    CleanField within(Box pageBox, int margin) {
        Box b = new Box(pageBox.x() - area.x() - margin, pageBox.y() - area.y() - margin,
                pageBox.w() + 2 * margin, pageBox.h() + 2 * margin).clip(area.w(), area.h());
        if (b.isEmpty()) {
            b = new Box(0, 0, 1, 1);
        }
        InkMask sub = FieldCleaner.sub(ink, b.x(), b.y(), b.w(), b.h());
        Region r = Region.of(toGray(), b);
        return new CleanField(new Box(area.x() + b.x(), area.y() + b.y(), b.w(), b.h()), r, sub);
    }

    /** The ink on white paper, cut to the ink's bounds. */
    GrayImage trimmed() {
        Box b = ink.bounds();
        if (b == null) {
            b = new Box(0, 0, 1, 1);
        }
        int w = b.w();
        int h = b.h();
        byte[] px = new byte[w * h];
        java.util.Arrays.fill(px, (byte) 255);
        int paper = Math.max(1, region.paperLevel());
        for (int y = 0; y < b.h(); y++) {
            for (int x = 0; x < b.w(); x++) {
                int sx = b.x() + x;
                int sy = b.y() + y;
                if (ink.ink[sy * ink.w + sx]) {
                    int v = Math.min(255, region.get(sx, sy) * 255 / paper);
                    px[y * w + x] = (byte) v;
                }
            }
        }
        return new GrayImage(px, w, h, 300);
    }

    /** The region as an image (grey levels as scanned), for cutting sub-areas. */
    private GrayImage toGray() {
        byte[] px = new byte[region.gray.length];
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) region.gray[i];
        }
        return new GrayImage(px, region.w, region.h, 300);
    }
}
