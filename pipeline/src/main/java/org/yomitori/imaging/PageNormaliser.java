package org.yomitori.imaging;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Cleans a rendered page before identification: whitens a dark scanner or photo border and
 * removes skew (up to ±10°), rotating onto a canvas grown to keep the corners, with a white
 * fill. Orientation in quarter turns is decided by identification; {@link #rotate} applies it.
 * Stateless and thread-safe.
 */
public final class PageNormaliser {
    /** Below this the page is left as it is; the aligner absorbs such a small angle. */
    static final double MIN_CORRECTION_DEGREES = 0.1;

    public GrayImage normalise(GrayImage page) {
        Mat mat = Mats.toMat(page);
        Mat rotated = null;
        try {
            BorderCleaner.clean(mat);
            double skew = SkewEstimator.estimate(mat);
            if (Math.abs(skew) < MIN_CORRECTION_DEGREES) {
                return Mats.toImage(mat, page.dpi());
            }
            rotated = rotateDegrees(mat, skew);
            return Mats.toImage(rotated, page.dpi());
        } finally {
            Mats.release(mat, rotated);
        }
    }

    /** The skew the normaliser would correct, in degrees (positive: content turned clockwise). */
    public double skewDegrees(GrayImage page) {
        Mat mat = Mats.toMat(page);
        try {
            BorderCleaner.clean(mat);
            return SkewEstimator.estimate(mat);
        } finally {
            mat.release();
        }
    }

    /**
     * Turns the content clockwise-positive skew back: rotates by {@code degrees} counter-clockwise
     * in image terms, onto a canvas just large enough to hold every corner.
     */
    static Mat rotateDegrees(Mat src, double degrees) {
        double r = Math.toRadians(degrees);
        double cos = Math.abs(Math.cos(r));
        double sin = Math.abs(Math.sin(r));
        int w = (int) Math.ceil(src.cols() * cos + src.rows() * sin);
        int h = (int) Math.ceil(src.cols() * sin + src.rows() * cos);
        Mat m = Imgproc.getRotationMatrix2D(new Point(src.cols() / 2.0, src.rows() / 2.0), degrees, 1.0);
        Mat dst = new Mat();
        try {
            m.put(0, 2, m.get(0, 2)[0] + (w - src.cols()) / 2.0);
            m.put(1, 2, m.get(1, 2)[0] + (h - src.rows()) / 2.0);
            Imgproc.warpAffine(src, dst, m, new Size(w, h), Imgproc.INTER_LINEAR, Core.BORDER_CONSTANT,
                    new Scalar(255));
            return dst;
        } finally {
            m.release();
        }
    }

    /** The page turned clockwise by {@code quarterTurns} × 90° (any integer, taken modulo 4). */
    public static GrayImage rotate(GrayImage page, int quarterTurns) {
        int turns = Math.floorMod(quarterTurns, 4);
        if (turns == 0) {
            return page;
        }
        int w = page.width();
        int h = page.height();
        byte[] src = page.pixels();
        byte[] dst = new byte[src.length];
        int outW = turns == 2 ? w : h;
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                int nx;
                int ny;
                switch (turns) {
                    case 1 -> { nx = h - 1 - y; ny = x; }
                    case 2 -> { nx = w - 1 - x; ny = h - 1 - y; }
                    default -> { nx = y; ny = w - 1 - x; }
                }
                dst[ny * outW + nx] = src[row + x];
            }
        }
        return new GrayImage(dst, outW, turns == 2 ? h : w, page.dpi());
    }
}
