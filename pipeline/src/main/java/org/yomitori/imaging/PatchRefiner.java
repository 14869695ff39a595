package org.yomitori.imaging;

import java.util.ArrayList;
import java.util.List;
import org.opencv.calib3d.Calib3d;
import org.opencv.core.Core;
import org.opencv.core.CvException;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Fine registration: finds each reference anchor's patch in the roughly aligned page by
 * normalised cross-correlation (sub-pixel), then fits the small remaining projective correction
 * with RANSAC, so patches hidden by handwriting, stamps or notes are voted out.
 */
final class PatchRefiner {
    /** Below this correlation a patch is taken as hidden or damaged and not used. */
    static final double MIN_SCORE = 0.45;
    static final double RANSAC_THRESHOLD_PX = 2.5;

    /** Where one anchor was found: its reference position and how far off it lies in the page. */
    record Match(double x, double y, double dx, double dy, double score) {
    }

    /** The correction (reference → roughly aligned page) and how well it explains the matches. */
    record Fit(Homography correction, double rmsPx, int inliers, int matches) {
    }

    private PatchRefiner() {
    }

    /**
     * Finds each anchor's patch in the page. Only a small window around each anchor's expected
     * place is resampled from the page (through {@code rough}, reference → page), so no full-page
     * warp is needed to check or refine an alignment.
     */
    static List<Match> match(Mat page, Homography rough, List<AnchorFinder.Anchor> anchors, int radius) {
        List<Match> out = new ArrayList<>();
        int side = AnchorFinder.PATCH + 2 * radius;
        Mat window = new Mat();
        Mat scores = new Mat();
        try {
            for (AnchorFinder.Anchor a : anchors) {
                int x0 = a.x() - AnchorFinder.PATCH / 2 - radius;
                int y0 = a.y() - AnchorFinder.PATCH / 2 - radius;
                Mat h = rough.after(Homography.translation(x0, y0)).toMat64();
                Imgproc.warpPerspective(page, window, h, new Size(side, side),
                        Imgproc.INTER_LINEAR | Imgproc.WARP_INVERSE_MAP, Core.BORDER_CONSTANT, new Scalar(255));
                h.release();
                Mat patch = a.patchMat();
                Imgproc.matchTemplate(window, patch, scores, Imgproc.TM_CCOEFF_NORMED);
                patch.release();
                Core.MinMaxLocResult best = Core.minMaxLoc(scores);
                if (best.maxVal >= MIN_SCORE) {
                    double sx = subPixel(scores, (int) best.maxLoc.x, (int) best.maxLoc.y, true);
                    double sy = subPixel(scores, (int) best.maxLoc.x, (int) best.maxLoc.y, false);
                    out.add(new Match(a.x(), a.y(), best.maxLoc.x + sx - radius, best.maxLoc.y + sy - radius,
                            best.maxVal));
                }
            }
            return out;
        } finally {
            Mats.release(window, scores);
        }
    }

    /** Offset of the true peak from the best integer position, from a parabola through three scores. */
    private static double subPixel(Mat scores, int x, int y, boolean horizontal) {
        int dx = horizontal ? 1 : 0;
        int dy = horizontal ? 0 : 1;
        if (x - dx < 0 || y - dy < 0 || x + dx >= scores.cols() || y + dy >= scores.rows()) {
            return 0;
        }
        double left = scores.get(y - dy, x - dx)[0];
        double mid = scores.get(y, x)[0];
        double right = scores.get(y + dy, x + dx)[0];
        double denom = left - 2 * mid + right;
        return denom >= 0 ? 0 : Math.max(-0.5, Math.min(0.5, 0.5 * (left - right) / denom));
    }

    /** The correction homography, or null with fewer than 8 matches or no consistent fit. */
    static Fit fit(List<Match> matches) {
        if (matches.size() < 8) {
            return null;
        }
        Point[] from = new Point[matches.size()];
        Point[] to = new Point[matches.size()];
        for (int i = 0; i < from.length; i++) {
            Match m = matches.get(i);
            from[i] = new Point(m.x(), m.y());
            to[i] = new Point(m.x() + m.dx(), m.y() + m.dy());
        }
        MatOfPoint2f src = new MatOfPoint2f(from);
        MatOfPoint2f dst = new MatOfPoint2f(to);
        Mat inlierMask = new Mat();
        Mat h = null;
        try {
            h = Calib3d.findHomography(src, dst, Calib3d.RANSAC, RANSAC_THRESHOLD_PX, inlierMask, 2000, 0.995);
            if (h.empty()) {
                return null;
            }
            Homography correction = Homography.of(h);
            return summarise(correction, from, to, inlierMask);
        } catch (CvException e) { // degenerate point sets (all on one line) have no homography
            return null;
        } finally {
            Mats.release(src, dst, inlierMask, h);
        }
    }

    private static Fit summarise(Homography correction, Point[] from, Point[] to, Mat inlierMask) {
        byte[] inlier = new byte[(int) inlierMask.total()];
        inlierMask.convertTo(inlierMask, CvType.CV_8U);
        inlierMask.get(0, 0, inlier);
        double sum = 0;
        int n = 0;
        for (int i = 0; i < from.length; i++) {
            if (inlier[i] != 0) {
                double[] p = correction.apply(from[i].x, from[i].y);
                sum += Math.pow(p[0] - to[i].x, 2) + Math.pow(p[1] - to[i].y, 2);
                n++;
            }
        }
        return new Fit(correction, n == 0 ? Double.POSITIVE_INFINITY : Math.sqrt(sum / n), n, from.length);
    }
}
