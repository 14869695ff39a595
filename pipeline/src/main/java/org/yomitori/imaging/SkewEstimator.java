package org.yomitori.imaging;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;
import org.opencv.imgproc.Imgproc;

/**
 * Finds the skew of a page from the projection profile of its dark pixels: at the right angle,
 * printed form lines and text lines fall into few rows, so the sum of squared row counts peaks.
 * Works on a thumbnail (long side about 1000 px) and on a sample of the ink, so it costs a few
 * tens of milliseconds; the aligner corrects what remains.
 */
final class SkewEstimator {
    static final double MAX_DEGREES = 10;
    private static final int THUMB_LONG_SIDE = 1000;
    private static final int MAX_POINTS = 60_000;

    private SkewEstimator() {
    }

    /** The angle in degrees by which the content is rotated clockwise (0 when there is no ink). */
    static double estimate(Mat page) {
        double factor = Math.min(1.0, (double) THUMB_LONG_SIDE / Math.max(page.cols(), page.rows()));
        Mat thumb = Mats.scaled(page, factor);
        Mat ink = new Mat();
        MatOfPoint points = new MatOfPoint();
        try {
            Imgproc.threshold(thumb, ink, 0, 255, Imgproc.THRESH_BINARY_INV | Imgproc.THRESH_OTSU);
            Core.findNonZero(ink, points);
            int[] xy = sample(points);
            if (xy.length < 200) {
                return 0;
            }
            double coarse = bestAngle(xy, -MAX_DEGREES, MAX_DEGREES, 0.25);
            return bestAngle(xy, coarse - 0.25, coarse + 0.25, 0.025);
        } finally {
            Mats.release(thumb, ink, points);
        }
    }

    /** Interleaved x, y of at most MAX_POINTS ink pixels, taken at an even stride. */
    private static int[] sample(MatOfPoint points) {
        int total = (int) points.total();
        if (total == 0) {
            return new int[0];
        }
        int[] all = new int[total * 2];
        points.get(0, 0, all);
        int stride = Math.max(1, total / MAX_POINTS);
        int[] out = new int[(total / stride) * 2];
        for (int i = 0, j = 0; j + 1 < out.length; i += stride, j += 2) {
            out[j] = all[2 * i];
            out[j + 1] = all[2 * i + 1];
        }
        return out;
    }

    private static double bestAngle(int[] xy, double from, double to, double step) {
        double best = 0;
        double bestScore = -1;
        for (double a = from; a <= to + 1e-9; a += step) {
            double score = profileSharpness(xy, a);
            if (score > bestScore) {
                bestScore = score;
                best = a;
            }
        }
        return best;
    }

    /** Sum of squared counts of ink per row after rotating the points by {@code -degrees}. */
    static double profileSharpness(int[] xy, double degrees) {
        double r = Math.toRadians(degrees);
        double sin = Math.sin(r);
        double cos = Math.cos(r);
        int maxCoord = 0;
        for (int v : xy) {
            maxCoord = Math.max(maxCoord, v);
        }
        int offset = maxCoord + 1;
        int[] rows = new int[3 * offset + 2];
        for (int i = 0; i + 1 < xy.length; i += 2) {
            rows[(int) Math.round(xy[i + 1] * cos - xy[i] * sin) + offset]++;
        }
        double sum = 0;
        for (int c : rows) {
            sum += (double) c * c;
        }
        return sum;
    }
}
