package org.yomitori.imaging;

import java.util.ArrayList;
import java.util.List;
import org.opencv.calib3d.Calib3d;
import org.opencv.core.Core;
import org.opencv.core.CvException;
import org.opencv.core.DMatch;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDMatch;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.features2d.DescriptorMatcher;

/**
 * Coarse registration by ORB feature matching and a RANSAC homography between small images.
 * Indifferent to lighting, moderate perspective, scale and rotation, so it needs no starting
 * guess; the number of agreeing matches doubles as evidence that the page is this template.
 */
final class FeatureRegistration {
    private static final float RATIO = 0.8f;
    /**
     * Inlier distance at 75 dpi. A loose threshold lets a homography that is off by 30 px at full
     * resolution through (fine matching then fails); MAGSAC with a tight one does not.
     */
    static final double INLIER_THRESHOLD = 1.5;

    /**
     * Transform between the small images (reference → page) and how many matches agree with it;
     * also the best similarity (rotation, scale, shift) for the same matches, or null.
     */
    record Result(Homography transform, int inliers, int matches, Homography similarity, int similarityInliers) {
    }

    private FeatureRegistration() {
    }

    /** The fit, or null when there are too few matches for a homography. */
    static Result register(Features reference, Features page) {
        if (reference.size() < 8 || page.size() < 8) {
            return null;
        }
        List<Point> from = new ArrayList<>();
        List<Point> to = new ArrayList<>();
        matches(reference, page, from, to);
        if (from.size() < 8) {
            return null;
        }
        MatOfPoint2f src = new MatOfPoint2f(from.toArray(new Point[0]));
        MatOfPoint2f dst = new MatOfPoint2f(to.toArray(new Point[0]));
        Mat mask = new Mat();
        Mat h = null;
        try {
            h = Calib3d.findHomography(src, dst, Calib3d.USAC_MAGSAC, INLIER_THRESHOLD, mask, 2000, 0.995);
            if (h.empty()) {
                return null;
            }
            int inliers = Core.countNonZero(mask);
            Homography similarity = similarity(src, dst, mask);
            return new Result(Homography.of(h), inliers, from.size(), similarity,
                    similarity == null ? 0 : Core.countNonZero(mask));
        } catch (CvException e) { // degenerate point sets (all on one line) have no homography
            return null;
        } finally {
            Mats.release(src, dst, mask, h);
        }
    }

    /**
     * A similarity fitted by RANSAC, leaving its inlier mask in {@code mask}; null when there is
     * none. Four degrees of freedom cannot squeeze the sheet onto a line the way a homography can
     * when many wrong matches happen to lie along one printed rule, so it is the second opinion
     * when the homography does not explain the page. The looser threshold allows for the
     * perspective of a phone photo, which the fine registration then takes out.
     */
    private static Homography similarity(MatOfPoint2f src, MatOfPoint2f dst, Mat mask) {
        Mat a = Calib3d.estimateAffinePartial2D(src, dst, mask, Calib3d.RANSAC, 2 * INLIER_THRESHOLD, 2000, 0.995, 10);
        try {
            return a.empty() ? null : Homography.of(a);
        } finally {
            a.release();
        }
    }

    /**
     * Lowe's ratio test on the two nearest page descriptors of each reference descriptor, then at
     * most one match per page keypoint, its closest. A page keypoint can be the nearest neighbour
     * of scores of reference descriptors at once (a "hub" in descriptor space; in one G4 fax scan
     * a crossing of jagged binarised rules took 147 of 330 matches). Left in, those matches all
     * land on one page point, and a degenerate homography that squeezes the whole sheet onto that
     * point outvotes the true one, so every template scores 0.
     */
    private static void matches(Features reference, Features page, List<Point> from, List<Point> to) {
        Mat refDesc = reference.descriptorMat();
        Mat pageDesc = page.descriptorMat();
        List<MatOfDMatch> knn = new ArrayList<>();
        try {
            DescriptorMatcher.create(DescriptorMatcher.BRUTEFORCE_HAMMING).knnMatch(refDesc, pageDesc, knn, 2);
            DMatch[] bestForPagePoint = new DMatch[page.size()];
            for (MatOfDMatch pair : knn) {
                DMatch[] m = pair.toArray();
                if (m.length == 2 && m[0].distance < RATIO * m[1].distance) {
                    DMatch kept = bestForPagePoint[m[0].trainIdx];
                    if (kept == null || m[0].distance < kept.distance) {
                        bestForPagePoint[m[0].trainIdx] = m[0];
                    }
                }
            }
            for (DMatch m : bestForPagePoint) {
                if (m != null) {
                    from.add(new Point(reference.xy()[2 * m.queryIdx], reference.xy()[2 * m.queryIdx + 1]));
                    to.add(new Point(page.xy()[2 * m.trainIdx], page.xy()[2 * m.trainIdx + 1]));
                }
            }
        } finally {
            Mats.release(refDesc, pageDesc);
            knn.forEach(Mat::release);
        }
    }
}
