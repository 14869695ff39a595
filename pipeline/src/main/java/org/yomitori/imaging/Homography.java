package org.yomitori.imaging;

import org.opencv.core.CvType;
import org.opencv.core.Mat;

/**
 * A 3×3 projective transform, row-major, immutable. The aligner's transforms all map reference
 * pixel coordinates to page pixel coordinates, which is what OpenCV's ECC estimates and what
 * {@code warpPerspective} needs with {@code WARP_INVERSE_MAP}.
 */
record Homography(double[] m) {

    Homography {
        if (m.length != 9) {
            throw new IllegalArgumentException("a homography has 9 entries");
        }
        m = m.clone();
    }

    static Homography identity() {
        return new Homography(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
    }

    static Homography scaling(double s) {
        return new Homography(new double[] {s, 0, 0, 0, s, 0, 0, 0, 1});
    }

    static Homography translation(double tx, double ty) {
        return new Homography(new double[] {1, 0, tx, 0, 1, ty, 0, 0, 1});
    }

    /** Reads a 2×3 (affine) or 3×3 Mat of any float type. */
    static Homography of(Mat mat) {
        double[] out = {0, 0, 0, 0, 0, 0, 0, 0, 1};
        for (int r = 0; r < mat.rows(); r++) {
            for (int c = 0; c < 3; c++) {
                out[r * 3 + c] = mat.get(r, c)[0];
            }
        }
        return new Homography(out);
    }

    /** A new CV_32F Mat with {@code rows} rows (2 for affine, 3 for projective); the caller releases it. */
    Mat toMat(int rows) {
        Mat mat = new Mat(rows, 3, CvType.CV_32F);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < 3; c++) {
                mat.put(r, c, m[r * 3 + c]);
            }
        }
        return mat;
    }

    Mat toMat64() {
        Mat mat = new Mat(3, 3, CvType.CV_64F);
        mat.put(0, 0, m);
        return mat;
    }

    /** This transform applied after {@code first}: x ↦ this(first(x)). */
    Homography after(Homography first) {
        double[] a = m;
        double[] b = first.m;
        double[] out = new double[9];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                out[r * 3 + c] = a[r * 3] * b[c] + a[r * 3 + 1] * b[3 + c] + a[r * 3 + 2] * b[6 + c];
            }
        }
        return new Homography(out);
    }

    /**
     * This transform, estimated between a reference scaled by {@code refScale} and a page scaled
     * by {@code pageScale}, expressed between the full-size images.
     */
    Homography toFull(double refScale, double pageScale) {
        return scaling(1 / pageScale).after(this).after(scaling(refScale));
    }

    /** The inverse of {@link #toFull}: this full-size transform between scaled images. */
    Homography toLevel(double refScale, double pageScale) {
        return scaling(pageScale).after(this).after(scaling(1 / refScale));
    }

    double[] apply(double x, double y) {
        double w = m[6] * x + m[7] * y + m[8];
        return new double[] {(m[0] * x + m[1] * y + m[2]) / w, (m[3] * x + m[4] * y + m[5]) / w};
    }
}
