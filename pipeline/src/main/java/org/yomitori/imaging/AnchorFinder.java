package org.yomitori.imaging;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDouble;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.imgproc.Imgproc;

/**
 * Picks the reference points fine registration relies on: corners of the printed layout (line
 * crossings, box corners, characters) whose surrounding patch looks like nothing else within the
 * search radius. That excludes points on long straight lines and on evenly spaced character
 * boxes (文字枠), where a match could slip by one cell.
 */
final class AnchorFinder {
    /** Side of the square patch matched around an anchor, in reference pixels (300 dpi). */
    static final int PATCH = 64;
    /** How far from its expected place a patch is searched for. */
    static final int RADIUS = 24;
    private static final int MAX_ANCHORS = 120;
    /** A patch is distinctive when no other offset within the radius correlates above this. */
    private static final double MAX_SELF_SIMILARITY = 0.75;
    private static final int PEAK_EXCLUSION = 5;

    private AnchorFinder() {
    }

    static List<int[]> find(Mat reference) {
        Mat half = Mats.scaled(reference, 0.5);
        MatOfPoint corners = new MatOfPoint();
        try {
            Imgproc.goodFeaturesToTrack(half, corners, 600, 0.01, 40, new Mat(), 5);
            List<int[]> anchors = new ArrayList<>();
            int margin = PATCH / 2 + RADIUS + 2;
            for (Point c : corners.toArray()) {
                int x = (int) Math.round(c.x * 2);
                int y = (int) Math.round(c.y * 2);
                boolean inside = x >= margin && y >= margin && x < reference.cols() - margin && y < reference.rows() - margin;
                if (inside && isDistinctive(reference, x, y)) {
                    anchors.add(new int[] {x, y});
                    if (anchors.size() == MAX_ANCHORS) {
                        break;
                    }
                }
            }
            return List.copyOf(anchors);
        } finally {
            Mats.release(half, corners);
        }
    }

    private static boolean isDistinctive(Mat reference, int x, int y) {
        Mat patch = reference.submat(new Rect(x - PATCH / 2, y - PATCH / 2, PATCH, PATCH));
        Mat window = reference.submat(new Rect(x - PATCH / 2 - RADIUS, y - PATCH / 2 - RADIUS,
                PATCH + 2 * RADIUS, PATCH + 2 * RADIUS));
        Mat scores = new Mat();
        MatOfDouble mean = new MatOfDouble();
        MatOfDouble std = new MatOfDouble();
        try {
            Core.meanStdDev(patch, mean, std);
            if (std.get(0, 0)[0] < 20) {
                return false;
            }
            Imgproc.matchTemplate(window, patch, scores, Imgproc.TM_CCOEFF_NORMED);
            // blank out the true peak (at the centre) and look at what else matches
            Imgproc.rectangle(scores, new Point(RADIUS - PEAK_EXCLUSION, RADIUS - PEAK_EXCLUSION),
                    new Point(RADIUS + PEAK_EXCLUSION, RADIUS + PEAK_EXCLUSION), new org.opencv.core.Scalar(-1), -1);
            return Core.minMaxLoc(scores).maxVal < MAX_SELF_SIMILARITY;
        } finally {
            Mats.release(patch, window, scores, mean, std);
        }
    }
}
