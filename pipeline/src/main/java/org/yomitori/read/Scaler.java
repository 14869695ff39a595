package org.yomitori.read;

import java.util.Arrays;
import org.yomitori.imaging.GrayImage;

/** Area-averaging downscale and white padding of small grey crops. */
final class Scaler {
    private Scaler() {
    }

    /** Each output pixel is the mean of the input pixels it covers ({@code factor} &lt; 1). */
    static GrayImage scale(GrayImage in, double factor) {
        int w = Math.max(1, (int) Math.round(in.width() * factor));
        int h = Math.max(1, (int) Math.round(in.height() * factor));
        byte[] out = new byte[w * h];
        double sx = (double) in.width() / w;
        double sy = (double) in.height() / h;
        for (int y = 0; y < h; y++) {
            int y0 = (int) (y * sy);
            int y1 = Math.max(y0 + 1, (int) ((y + 1) * sy));
            for (int x = 0; x < w; x++) {
                int x0 = (int) (x * sx);
                int x1 = Math.max(x0 + 1, (int) ((x + 1) * sx));
                long sum = 0;
                for (int yy = y0; yy < y1; yy++) {
                    for (int xx = x0; xx < x1; xx++) {
                        sum += in.get(xx, yy);
                    }
                }
                out[y * w + x] = (byte) (sum / ((long) (y1 - y0) * (x1 - x0)));
            }
        }
        return new GrayImage(out, w, h, (int) Math.round(in.dpi() * factor));
    }

    static GrayImage pad(GrayImage in, int pad) {
        int w = in.width() + 2 * pad;
        int h = in.height() + 2 * pad;
        byte[] out = new byte[w * h];
        Arrays.fill(out, (byte) 255);
        for (int y = 0; y < in.height(); y++) {
            System.arraycopy(in.pixels(), y * in.width(), out, (y + pad) * w + pad, in.width());
        }
        return new GrayImage(out, w, h, in.dpi());
    }
}
