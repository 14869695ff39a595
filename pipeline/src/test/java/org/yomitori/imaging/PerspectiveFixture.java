package org.yomitori.imaging;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/** A phone-photo look for tests: keystone perspective and a dark background around the sheet. */
final class PerspectiveFixture {
    private PerspectiveFixture() {
    }

    /** The page seen from below: the top edge narrowed by {@code share} of the width on each side. */
    static GrayImage keystone(GrayImage page, double share) {
        Mat src = Mats.toMat(page);
        Mat dst = new Mat();
        double w = page.width();
        double h = page.height();
        double in = w * share;
        MatOfPoint2f from = new MatOfPoint2f(new Point(0, 0), new Point(w, 0), new Point(w, h), new Point(0, h));
        MatOfPoint2f to = new MatOfPoint2f(new Point(in, in), new Point(w - in, in * 0.5), new Point(w - in * 0.3, h - in),
                new Point(in * 0.5, h - in * 0.6));
        Mat m = Imgproc.getPerspectiveTransform(from, to);
        try {
            Imgproc.warpPerspective(src, dst, m, src.size(), Imgproc.INTER_LINEAR, Core.BORDER_CONSTANT, new Scalar(40));
            return Mats.toImage(dst, page.dpi());
        } finally {
            Mats.release(src, dst, m, from, to);
        }
    }
}
