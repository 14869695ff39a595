package org.yomitori.read;

import java.util.List;
import org.yomitori.template.Box;

/**
 * Separates what was written in a box from what is printed there. The blank reference's ink is
 * matched to the scan within a few pixels (alignment is never exact), widened, and removed;
 * leftovers of printed lines (long straight runs, slivers along removed lines) and specks go too.
 */
final class FieldCleaner {
    /** Extra room around a box: handwriting does not stop at the printed line. */
    static final int MARGIN = 8;
    /** How far (at 300 dpi) the printed lines may still be off after page alignment. */
    static final int SEARCH = 12;
    static final double DARK_INK = 0.6;
    /** Grey around dark ink still belongs to the stroke (see {@link InkMask#of(Region, double, double)}). */
    static final double STROKE_EDGE = 0.85;

    private FieldCleaner() {
    }

    static CleanField clean(FormPage page, Box box, double inkRatio) {
        return clean(page, box, inkRatio, true);
    }

    /** @param removeLines also erase long straight runs; off for marks, where a filled box is one */
    static CleanField clean(FormPage page, Box box, double inkRatio, boolean removeLines) {
        int margin = page.px(MARGIN);
        int search = page.px(SEARCH);
        Box area = box.inset(-margin);
        Box wide = area.inset(-search);
        InkMask wideInk = InkMask.of(Region.of(page.scan(), wide), inkRatio, Math.max(inkRatio, STROKE_EDGE));
        Region region = Region.of(page.scan(), area);
        InkMask ink = sub(wideInk, search, search, area.w(), area.h());
        InkMask printed = new InkMask(area.w(), area.h());
        if (page.reference() != null) {
            // The reference is cut as wide as the scan, so print just outside the area that the
            // shift brings inside is removed too.
            InkMask refWide = InkMask.of(Region.of(page.reference(), wide), DARK_INK);
            int[] d = ReferenceShift.best(sub(refWide, search, search, area.w(), area.h()), wideInk, search);
            printed = sub(shifted(refWide, d[0], d[1]).dilate(page.px(4)), search, search, area.w(), area.h());
            for (int i = 0; i < ink.ink.length; i++) {
                ink.ink[i] &= !printed.ink[i];
            }
        }
        if (removeLines) {
            // A written stroke is shorter than its box is tall; the box's own sides are not.
            LineRemover.removeLongRuns(ink, page.px(220), Math.max(page.px(60), (int) (box.h() * 0.9)));
        }
        return new CleanField(area, region, dropNoise(page, ink, printed));
    }

    /** Specks, and slivers lying along removed printed lines (a line scanned thicker than printed). */
    private static InkMask dropNoise(FormPage page, InkMask ink, InkMask printed) {
        InkMask band = printed.dilate(page.px(2));
        int minArea = page.px(4) * page.px(4);
        List<Components.Blob> blobs = Components.of(ink);
        return Components.keep(ink, blobs, b -> b.area() >= minArea && !isSliver(b, band, page.px(5)));
    }

    private static boolean isSliver(Components.Blob b, InkMask band, int thin) {
        int near = 0;
        for (int p : b.pixels()) {
            if (band.ink[p]) {
                near++;
            }
        }
        boolean thinShape = Math.min(b.bounds().w(), b.bounds().h()) <= thin;
        return near >= 0.8 * b.area() && (thinShape || b.area() < 4 * thin * thin);
    }

    static InkMask sub(InkMask m, int x0, int y0, int w, int h) {
        InkMask out = new InkMask(w, h);
        for (int y = 0; y < h; y++) {
            System.arraycopy(m.ink, (y + y0) * m.w + x0, out.ink, y * w, w);
        }
        return out;
    }

    private static InkMask shifted(InkMask m, int dx, int dy) {
        InkMask out = new InkMask(m.w, m.h);
        for (int y = 0; y < m.h; y++) {
            for (int x = 0; x < m.w; x++) {
                if (m.at(x - dx, y - dy)) {
                    out.ink[y * m.w + x] = true;
                }
            }
        }
        return out;
    }
}
