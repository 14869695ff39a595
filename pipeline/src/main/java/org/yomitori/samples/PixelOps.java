package org.yomitori.samples;

import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.yomitori.imaging.GrayImage;

/** Pixel-level damage for {@link ScanSimulator}, on gray or colour rasters alike. */
final class PixelOps {
    private PixelOps() {
    }

    /** Separable Gaussian blur; edges are left as they are. */
    static BufferedImage blur(BufferedImage img, double sigma) {
        if (sigma <= 0) {
            return img;
        }
        int radius = (int) Math.ceil(3 * sigma);
        float[] k = new float[2 * radius + 1];
        float sum = 0;
        for (int i = -radius; i <= radius; i++) {
            k[i + radius] = (float) Math.exp(-i * i / (2 * sigma * sigma));
            sum += k[i + radius];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= sum;
        }
        BufferedImage h = new ConvolveOp(new Kernel(k.length, 1, k), ConvolveOp.EDGE_NO_OP, null).filter(img, null);
        return new ConvolveOp(new Kernel(1, k.length, k), ConvolveOp.EDGE_NO_OP, null).filter(h, null);
    }

    /** The same Gaussian offset on every band of a pixel: sensor noise is mostly in brightness. */
    static void noise(WritableRaster r, double sigma, Random rnd) {
        if (sigma <= 0) {
            return;
        }
        int bands = r.getNumBands();
        int[] row = new int[r.getWidth() * bands];
        for (int y = 0; y < r.getHeight(); y++) {
            r.getPixels(0, y, r.getWidth(), 1, row);
            for (int x = 0; x < r.getWidth(); x++) {
                int n = (int) Math.round(rnd.nextGaussian() * sigma);
                for (int b = 0; b < bands; b++) {
                    int i = x * bands + b;
                    row[i] = Math.max(0, Math.min(255, row[i] + n));
                }
            }
            r.setPixels(0, y, r.getWidth(), 1, row);
        }
    }

    static void posterise(WritableRaster r, int levels) {
        double step = 255.0 / (levels - 1);
        int[] row = new int[r.getWidth() * r.getNumBands()];
        for (int y = 0; y < r.getHeight(); y++) {
            r.getPixels(0, y, r.getWidth(), 1, row);
            for (int i = 0; i < row.length; i++) {
                row[i] = (int) Math.round(Math.round(row[i] / step) * step);
            }
            r.setPixels(0, y, r.getWidth(), 1, row);
        }
    }

    /** Black and white (0/255) at Otsu's threshold of the gray histogram. */
    static BufferedImage otsu(BufferedImage img) {
        byte[] gray = GrayImage.of(img, 0).pixels();
        long[] hist = new long[256];
        for (byte b : gray) {
            hist[b & 0xff]++;
        }
        int threshold = otsuThreshold(hist, gray.length);
        byte[] out = new byte[gray.length];
        for (int i = 0; i < gray.length; i++) {
            out[i] = (gray[i] & 0xff) > threshold ? (byte) 255 : 0;
        }
        return new GrayImage(out, img.getWidth(), img.getHeight(), 0).toBufferedImage();
    }

    static int otsuThreshold(long[] hist, long total) {
        double sumAll = 0;
        for (int i = 0; i < 256; i++) {
            sumAll += i * (double) hist[i];
        }
        double sumBelow = 0;
        long below = 0;
        double best = -1;
        int threshold = 127;
        for (int t = 0; t < 256; t++) {
            below += hist[t];
            if (below == 0 || below == total) {
                continue;
            }
            sumBelow += t * (double) hist[t];
            double meanBelow = sumBelow / below;
            double meanAbove = (sumAll - sumBelow) / (total - below);
            double between = (double) below * (total - below) * Math.pow(meanBelow - meanAbove, 2);
            if (between > best) {
                best = between;
                threshold = t;
            }
        }
        return threshold;
    }

    static BufferedImage jpegRoundTrip(BufferedImage img, int quality) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ScanWriter.jpeg(img, quality / 100f, 0, bytes);
            return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException("JPEG round trip failed", e);
        }
    }
}
