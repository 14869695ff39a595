package org.yomitori.imaging;

import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/** Conversions between {@link GrayImage} and OpenCV, and loading the native library once. */
final class Mats {
    private static volatile boolean loaded;

    private Mats() {
    }

    /** Loads OpenCV's native library on first use; later calls return at once. */
    static void load() {
        if (!loaded) {
            synchronized (Mats.class) {
                if (!loaded) {
                    nu.pattern.OpenCV.loadLocally();
                    loaded = true;
                }
            }
        }
    }

    /** A new 8-bit Mat holding a copy of the image; the caller releases it. */
    static Mat toMat(GrayImage image) {
        load();
        Mat mat = new Mat(image.height(), image.width(), CvType.CV_8UC1);
        mat.put(0, 0, image.pixels());
        return mat;
    }

    static GrayImage toImage(Mat mat, int dpi) {
        byte[] pixels = new byte[mat.rows() * mat.cols()];
        mat.get(0, 0, pixels);
        return new GrayImage(pixels, mat.cols(), mat.rows(), dpi);
    }

    /** A new Mat of the image scaled by {@code factor} (area averaging when shrinking). */
    static Mat scaled(Mat src, double factor) {
        Mat dst = new Mat();
        Size size = new Size(Math.max(1, Math.round(src.cols() * factor)), Math.max(1, Math.round(src.rows() * factor)));
        Imgproc.resize(src, dst, size, 0, 0, factor < 1 ? Imgproc.INTER_AREA : Imgproc.INTER_LINEAR);
        return dst;
    }

    static void release(Mat... mats) {
        for (Mat m : mats) {
            if (m != null) {
                m.release();
            }
        }
    }
}
