package org.yomitori.read;

import org.yomitori.imaging.GrayImage;
import org.yomitori.template.Box;

/**
 * A rectangle cut from a page, in page coordinates; pixels outside the page read as white
 * paper so a box near the edge needs no special case.
 */
final class Region {
    final int x0;
    final int y0;
    final int w;
    final int h;
    final int[] gray;

    private Region(int x0, int y0, int w, int h, int[] gray) {
        this.x0 = x0;
        this.y0 = y0;
        this.w = w;
        this.h = h;
        this.gray = gray;
    }

    static Region of(GrayImage page, Box box) {
        int w = Math.max(1, box.w());
        int h = Math.max(1, box.h());
        int[] gray = new int[w * h];
        byte[] px = page.pixels();
        for (int y = 0; y < h; y++) {
            int py = box.y() + y;
            for (int x = 0; x < w; x++) {
                int px0 = box.x() + x;
                boolean inside = py >= 0 && py < page.height() && px0 >= 0 && px0 < page.width();
                gray[y * w + x] = inside ? px[py * page.width() + px0] & 0xff : 255;
            }
        }
        return new Region(box.x(), box.y(), w, h, gray);
    }

    int get(int x, int y) {
        return gray[y * w + x];
    }

    Box box() {
        return new Box(x0, y0, w, h);
    }

    /**
     * The paper's grey level: a high percentile, robust to ink covering most of a small box.
     * Falls back to white when the region is nearly all ink (a filled checkbox).
     */
    int paperLevel() {
        int[] hist = new int[256];
        for (int v : gray) {
            hist[v]++;
        }
        int target = (int) (gray.length * 0.90);
        int seen = 0;
        for (int v = 0; v < 256; v++) {
            seen += hist[v];
            if (seen > target) {
                return Math.max(v, 160);
            }
        }
        return 255;
    }
}
