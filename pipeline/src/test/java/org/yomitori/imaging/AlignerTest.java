package org.yomitori.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yomitori.template.Template;

class AlignerTest {
    private static final long FORM_A = 11;
    private static final long FORM_B = 42;

    @TempDir
    static Path dir;

    private static Template formA;
    private static BufferedImage blankA;
    private static final Aligner ALIGNER = new Aligner();

    @BeforeAll
    static void drawTemplate() throws Exception {
        formA = SyntheticForm.template(dir, "form_a", FORM_A);
        blankA = SyntheticForm.blank(FORM_A);
    }

    @Test
    void turnedScaledShifted200DpiScanLandsWithinAPixel() {
        GrayImage scan = SyntheticForm.scan(blankA, -2.5, 0.97, 40, -30, 200, 0);
        AlignedPage aligned = ALIGNER.align(scan, formA, 0);
        assertAligned(aligned);
    }

    @Test
    void fiveDegreesAndFivePercentAreWithinReach() {
        // at 5° an A4 sheet's corners leave the frame unless it is a little smaller; the marks must stay in
        assertAligned(ALIGNER.align(SyntheticForm.scan(blankA, 5, 0.95, 20, 10, 300, 0), formA, 0));
        assertAligned(ALIGNER.align(SyntheticForm.scan(blankA, -5, 0.95, -10, 20, 300, 0), formA, 0));
        assertAligned(ALIGNER.align(SyntheticForm.scan(blankA, 0, 1.05, 0, 0, 300, 0), formA, 0));
    }

    @Test
    void upsideDownScanIsAlignedToo() {
        assertAligned(ALIGNER.align(SyntheticForm.scan(blankA, 1.2, 1.0, 10, 10, 300, 2), formA, 0));
    }

    @Test
    void phonePhotoPerspectiveIsRemoved() {
        GrayImage flat = SyntheticForm.scan(blankA, 0.8, 0.98, 0, 0, 200, 0);
        GrayImage photo = PerspectiveFixture.keystone(flat, 0.03);
        assertAligned(ALIGNER.align(photo, formA, 0));
    }

    @Test
    void implausibleDpiFallsBackToThePageSize() {
        GrayImage scan = SyntheticForm.scan(blankA, 1, 1, 0, 0, 200, 0);
        GrayImage claims72 = new GrayImage(scan.pixels(), scan.width(), scan.height(), 72);
        assertAligned(ALIGNER.align(claims72, formA, 0));
    }

    @Test
    void threadsShareOneAlignerSafely() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<AlignedPage>>();
            for (int i = 0; i < 6; i++) {
                GrayImage scan = SyntheticForm.scan(blankA, (i - 3) * 0.6, 0.98, 6 * i, -4 * i, 200, i % 2 * 2);
                futures.add(pool.submit(() -> ALIGNER.align(scan, formA, 0)));
            }
            for (var f : futures) {
                assertAligned(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void pageOfAnotherFormIsNotOk() throws Exception {
        GrayImage other = SyntheticForm.scan(SyntheticForm.blank(FORM_B), 1, 1, 0, 0, 200, 0);
        AlignedPage aligned = ALIGNER.align(other, formA, 0);
        assertFalse(aligned.ok());
        assertEquals(SyntheticForm.WIDTH, aligned.image().width(), "still the reference's size");
        assertFalse(ALIGNER.align(SyntheticForm.idCardPage(200), formA, 0).ok());
    }

    @Test
    void layoutMatchTellsTheFormAndWhichWayUp() throws Exception {
        LayoutMatch same = ALIGNER.matchLayout(SyntheticForm.scan(blankA, 2, 1.02, 20, 0, 200, 0), formA, 0);
        assertTrue(same.score() > 0.8, "same form: " + same);
        assertEquals(0, same.quarterTurns());
        LayoutMatch upsideDown = ALIGNER.matchLayout(SyntheticForm.scan(blankA, 0, 1, 0, 0, 200, 2), formA, 0);
        assertTrue(upsideDown.score() > 0.8);
        assertEquals(2, upsideDown.quarterTurns());
        GrayImage turnedRight = SyntheticForm.scan(blankA, 0, 1, 0, 0, 200, 1);
        assertEquals(3, ALIGNER.matchLayout(turnedRight, formA, 0).quarterTurns(),
                "content turned 90° clockwise needs three more clockwise quarter turns");
        LayoutMatch other = ALIGNER.matchLayout(SyntheticForm.scan(SyntheticForm.blank(FORM_B), 0, 1, 0, 0, 200, 0),
                formA, 0);
        assertTrue(other.score() < 0.3, "other form: " + other);
    }

    /** Ok, small residual, and the three corner marks where the reference has them. */
    private static void assertAligned(AlignedPage aligned) {
        assertTrue(aligned.ok(), "residual " + aligned.residualPx());
        assertTrue(aligned.residualPx() < 1.0, "residual " + aligned.residualPx());
        assertEquals(300, aligned.image().dpi());
        assertEquals(SyntheticForm.WIDTH, aligned.image().width());
        assertEquals(SyntheticForm.HEIGHT, aligned.image().height());
        for (int[] mark : SyntheticForm.MARKS) {
            double[] c = darkCentroid(aligned.image(), mark[0], mark[1], 70);
            assertEquals(mark[0] - 0.5, c[0], 1.5, "mark x at " + mark[0]);
            assertEquals(mark[1] - 0.5, c[1], 1.5, "mark y at " + mark[1]);
        }
    }

    static double[] darkCentroid(GrayImage img, int cx, int cy, int half) {
        double sx = 0;
        double sy = 0;
        double n = 0;
        for (int y = cy - half; y < cy + half; y++) {
            for (int x = cx - half; x < cx + half; x++) {
                double ink = Math.max(0, 160 - img.get(x, y));
                sx += ink * x;
                sy += ink * y;
                n += ink;
            }
        }
        return n == 0 ? new double[] {Double.NaN, Double.NaN} : new double[] {sx / n, sy / n};
    }
}
