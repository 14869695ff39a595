package org.yomitori.imaging;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDouble;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/**
 * Picks the reference points fine registration relies on: corners of the printed layout (line
 * crossings, box corners, characters) whose surrounding patch looks like nothing else within the
 * search radius. That excludes points on long straight lines and on evenly spaced character
 * boxes (文字枠), where a match could slip by one cell. Points are taken in turn from a grid of
 * regions so they cover the whole sheet, which keeps the fitted transform from extrapolating.
 */
final class AnchorFinder {
    /** Side of the square patch matched around an anchor, in reference pixels (300 dpi). */
    static final int PATCH = 64;
    /** How far from its expected place a patch is searched for. */
    static final int RADIUS = 24;
    private static final int MAX_ANCHORS = 120;
    private static final int GRID_COLUMNS = 4;
    private static final int GRID_ROWS = 6;
    /** A patch is distinctive when no other offset within the radius correlates above this. */
    private static final double MAX_SELF_SIMILARITY = 0.75;
    private static final int PEAK_EXCLUSION = 5;

    /** A reference point and the reference patch centred on it (PATCH × PATCH, row-major). */
    record Anchor(int x, int y, byte[] patch) {
        Mat patchMat() {
            Mat m = new Mat(PATCH, PATCH, CvType.CV_8UC1);
            m.put(0, 0, patch);
            return m;
        }
    }

    private AnchorFinder() {
    }

    static List<Anchor> find(Mat reference) {
        List<Deque<int[]>> cells = candidatesByCell(reference);
        List<Anchor> anchors = new ArrayList<>();
        boolean any = true;
        while (any && anchors.size() < MAX_ANCHORS) {
            any = false;
            for (Deque<int[]> cell : cells) {
                int[] c = cell.pollFirst();
                if (c != null) {
                    any = true;
                    Anchor a = distinctive(reference, c[0], c[1]);
                    if (a != null && anchors.size() < MAX_ANCHORS) {
                        anchors.add(a);
                    }
                }
            }
        }
        return List.copyOf(anchors);
    }

    /** Shi–Tomasi corners at half resolution, strongest first, bucketed by grid cell. */
    private static List<Deque<int[]>> candidatesByCell(Mat reference) {
        Mat half = Mats.scaled(reference, 0.5);
        MatOfPoint corners = new MatOfPoint();
        try {
            Imgproc.goodFeaturesToTrack(half, corners, 1000, 0.01, 40, new Mat(), 5);
            List<Deque<int[]>> cells = new ArrayList<>();
            for (int i = 0; i < GRID_COLUMNS * GRID_ROWS; i++) {
                cells.add(new ArrayDeque<>());
            }
            int margin = PATCH / 2 + RADIUS + 2;
            for (Point p : corners.toArray()) {
                int x = (int) Math.round(p.x * 2);
                int y = (int) Math.round(p.y * 2);
                if (x >= margin && y >= margin && x < reference.cols() - margin && y < reference.rows() - margin) {
                    int col = x * GRID_COLUMNS / reference.cols();
                    int row = y * GRID_ROWS / reference.rows();
                    cells.get(row * GRID_COLUMNS + col).add(new int[] {x, y});
                }
            }
            return cells;
        } finally {
            Mats.release(half, corners);
        }
    }

    /** The anchor at (x, y), or null when its patch is flat or repeats within the search radius. */
    private static Anchor distinctive(Mat reference, int x, int y) {
        Mat patch = reference.submat(new Rect(x - PATCH / 2, y - PATCH / 2, PATCH, PATCH));
        Mat window = reference.submat(new Rect(x - PATCH / 2 - RADIUS, y - PATCH / 2 - RADIUS,
                PATCH + 2 * RADIUS, PATCH + 2 * RADIUS));
        Mat scores = new Mat();
        MatOfDouble mean = new MatOfDouble();
        MatOfDouble std = new MatOfDouble();
        try {
            Core.meanStdDev(patch, mean, std);
            if (std.get(0, 0)[0] < 20) {
                return null;
            }
            Imgproc.matchTemplate(window, patch, scores, Imgproc.TM_CCOEFF_NORMED);
            // blank out the true peak (at the centre) and look at what else matches
            Imgproc.rectangle(scores, new Point(RADIUS - PEAK_EXCLUSION, RADIUS - PEAK_EXCLUSION),
                    new Point(RADIUS + PEAK_EXCLUSION, RADIUS + PEAK_EXCLUSION), new Scalar(-1), -1);
            if (Core.minMaxLoc(scores).maxVal >= MAX_SELF_SIMILARITY) {
                return null;
            }
            byte[] pixels = new byte[PATCH * PATCH];
            Mat copy = patch.clone(); // a submat is not continuous; copy before reading it out
            copy.get(0, 0, pixels);
            copy.release();
            return new Anchor(x, y, pixels);
        } finally {
            Mats.release(patch, window, scores, mean, std);
        }
    }
}
