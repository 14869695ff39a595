package org.yomitori.imaging;

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

    int size() {
        return xy.length / 2;
    }

    static Features detect(Mat image) {
        ORB orb = ORB.create(MAX_FEATURES, 1.2f, 4, 15, 0, 2, ORB.HARRIS_SCORE, 15, 10);
        MatOfKeyPoint keypoints = new MatOfKeyPoint();
        Mat descriptors = new Mat();
        try {
            orb.detectAndCompute(image, new Mat(), keypoints, descriptors);
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
            Mats.release(keypoints, descriptors);
        }
    }

    /** A new CV_8U Mat of the descriptors (one row per keypoint); the caller releases it. */
    Mat descriptorMat() {
        Mat m = new Mat(size(), DESCRIPTOR_BYTES, org.opencv.core.CvType.CV_8UC1);
        m.put(0, 0, descriptors);
        return m;
    }
}
