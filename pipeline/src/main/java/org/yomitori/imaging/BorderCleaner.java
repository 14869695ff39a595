package org.yomitori.imaging;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Whitens the dark frame a scanner lid or a phone photo's background leaves around the sheet:
 * dark regions that touch the image edge and are large. Form lines and registration marks stay,
 * because they sit inside the page margin and are thin or small.
 */
final class BorderCleaner {
    private static final int THUMB_LONG_SIDE = 800;
    /** Dark means below this share of the paper's white level. */
    private static final double DARK_SHARE = 0.6;
    /** A border region covers at least this share of the image (punch holes and marks are smaller). */
    private static final double MIN_AREA_SHARE = 0.002;

    private BorderCleaner() {
    }

    /** Whitens the border in place; returns whether anything was whitened. */
    static boolean clean(Mat page) {
        double factor = Math.min(1.0, (double) THUMB_LONG_SIDE / Math.max(page.cols(), page.rows()));
        Mat thumb = Mats.scaled(page, factor);
        Mat dark = new Mat();
        Mat mask = null;
        try {
            Imgproc.threshold(thumb, dark, paperWhite(thumb) * DARK_SHARE, 255, Imgproc.THRESH_BINARY_INV);
            // opening drops lines, text and marks, so a border can never spread into the form along a line
            Imgproc.morphologyEx(dark, dark, Imgproc.MORPH_OPEN,
                    Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(7, 7)));
            mask = edgeTouchingRegions(dark);
            if (Core.countNonZero(mask) == 0) {
                return false;
            }
            // grow over the soft edge between border and paper, then back to full size
            Imgproc.dilate(mask, mask, Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(5, 5)));
            Imgproc.resize(mask, mask, page.size(), 0, 0, Imgproc.INTER_NEAREST);
            page.setTo(new Scalar(255), mask);
            return true;
        } finally {
            Mats.release(thumb, dark, mask);
        }
    }

    /** The 90th percentile of the thumbnail, a robust estimate of the paper's brightness. */
    private static double paperWhite(Mat thumb) {
        byte[] px = new byte[(int) thumb.total()];
        thumb.get(0, 0, px);
        int[] hist = new int[256];
        for (byte b : px) {
            hist[b & 0xff]++;
        }
        long target = (long) (px.length * 0.9);
        long seen = 0;
        for (int v = 0; v < 256; v++) {
            seen += hist[v];
            if (seen >= target) {
                return Math.max(v, 64);
            }
        }
        return 255;
    }

    private static Mat edgeTouchingRegions(Mat dark) {
        Mat labels = new Mat();
        Mat stats = new Mat();
        Mat centroids = new Mat();
        Mat mask = Mat.zeros(dark.size(), CvType.CV_8UC1);
        try {
            int n = Imgproc.connectedComponentsWithStats(dark, labels, stats, centroids, 8, CvType.CV_32S);
            double minArea = MIN_AREA_SHARE * dark.total();
            int w = dark.cols();
            int h = dark.rows();
            Mat one = new Mat();
            for (int i = 1; i < n; i++) {
                int x = (int) stats.get(i, Imgproc.CC_STAT_LEFT)[0];
                int y = (int) stats.get(i, Imgproc.CC_STAT_TOP)[0];
                int bw = (int) stats.get(i, Imgproc.CC_STAT_WIDTH)[0];
                int bh = (int) stats.get(i, Imgproc.CC_STAT_HEIGHT)[0];
                boolean touches = x == 0 || y == 0 || x + bw == w || y + bh == h;
                if (touches && stats.get(i, Imgproc.CC_STAT_AREA)[0] >= minArea) {
                    Core.compare(labels, new Scalar(i), one, Core.CMP_EQ);
                    Core.bitwise_or(mask, one, mask);
                }
            }
            one.release();
            return mask;
        } finally {
            Mats.release(labels, stats, centroids);
        }
    }
}
