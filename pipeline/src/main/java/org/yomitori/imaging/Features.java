package org.yomitori.imaging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.opencv.core.CvType;
import org.opencv.core.KeyPoint;
import org.opencv.core.Mat;
import org.opencv.core.MatOfKeyPoint;
import org.opencv.features2d.ORB;

/**
 * ORB keypoints and descriptors of a small image, kept in plain arrays so a reference's features
 * can be cached without holding native memory.
 *
 * @param xy          interleaved keypoint positions in the image they were found in
 * @param descriptors 32 bytes per keypoint
 */
record Features(float[] xy, byte[] descriptors) {
    static final int DESCRIPTOR_BYTES = 32;
    private static final int MAX_FEATURES = 1500;
    /**
     * Candidates ORB is asked for per keypoint kept (ORB itself keeps only its strongest). A larger
     * pool would serve pale printing under dense dark writing better, but a factor of 10 let a
     * degenerate homography through on one dev-set G4 page; 4 is what the dev set was run with.
     */
    private static final int CANDIDATE_FACTOR = 4;
    private static final int GRID_COLUMNS = 4;
    private static final int GRID_ROWS = 6;

    int size() {
        return xy.length / 2;
    }

    static Features detect(Mat image) {
        ORB orb = ORB.create(MAX_FEATURES * CANDIDATE_FACTOR, 1.2f, 4, 15, 0, 2, ORB.HARRIS_SCORE, 15, 10);
        MatOfKeyPoint candidates = new MatOfKeyPoint();
        MatOfKeyPoint keypoints = null;
        Mat descriptors = new Mat();
        Mat noMask = new Mat();
        try {
            orb.detect(image, candidates, noMask);
            keypoints = new MatOfKeyPoint(spreadOverSheet(candidates.toArray(), image.cols(), image.rows()));
            orb.compute(image, keypoints, descriptors);
            KeyPoint[] kps = keypoints.toArray();
            float[] xy = new float[kps.length * 2];
            for (int i = 0; i < kps.length; i++) {
                xy[2 * i] = (float) kps[i].pt.x;
                xy[2 * i + 1] = (float) kps[i].pt.y;
            }
            byte[] desc = new byte[kps.length * DESCRIPTOR_BYTES];
            if (kps.length > 0) {
                descriptors.get(0, 0, desc);
            }
            return new Features(xy, desc);
        } finally {
            Mats.release(candidates, keypoints, descriptors, noMask);
        }
    }

    /**
     * At most {@link #MAX_FEATURES} keypoints, each grid cell first getting its strongest up to an
     * equal share, the rest of the budget going to the strongest left over. Handwriting, typed
     * entries and a big title are far more corner-rich than thin printed rules and small labels;
     * kept by strength alone they take the whole budget, the matches then sit in one band of the
     * sheet, and a homography fitted to a band may tilt or shear the rest of the page at will.
     */
    static KeyPoint[] spreadOverSheet(KeyPoint[] candidates, int width, int height) {
        KeyPoint[] byStrength = candidates.clone();
        Arrays.sort(byStrength, (a, b) -> Float.compare(b.response, a.response));
        int share = MAX_FEATURES / (GRID_COLUMNS * GRID_ROWS);
        int[] taken = new int[GRID_COLUMNS * GRID_ROWS];
        boolean[] kept = new boolean[byStrength.length];
        List<KeyPoint> out = new ArrayList<>();
        for (int i = 0; i < byStrength.length; i++) {
            KeyPoint k = byStrength[i];
            int col = Math.min(GRID_COLUMNS - 1, Math.max(0, (int) (k.pt.x * GRID_COLUMNS / width)));
            int row = Math.min(GRID_ROWS - 1, Math.max(0, (int) (k.pt.y * GRID_ROWS / height)));
            if (taken[row * GRID_COLUMNS + col]++ < share) {
                kept[i] = true;
                out.add(k);
            }
        }
        for (int i = 0; i < byStrength.length && out.size() < MAX_FEATURES; i++) {
            if (!kept[i]) {
                out.add(byStrength[i]);
            }
        }
        return out.toArray(new KeyPoint[0]);
    }

    /** A new CV_8U Mat of the descriptors (one row per keypoint); the caller releases it. */
    Mat descriptorMat() {
        Mat m = new Mat(size(), DESCRIPTOR_BYTES, CvType.CV_8UC1);
        m.put(0, 0, descriptors);
        return m;
    }
}
