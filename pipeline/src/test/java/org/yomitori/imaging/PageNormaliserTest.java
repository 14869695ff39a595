package org.yomitori.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageNormaliserTest {
    private static final BufferedImage FORM = SyntheticForm.blank(5);
    private final PageNormaliser normaliser = new PageNormaliser();

    @ParameterizedTest
    @ValueSource(doubles = {-5, -2.2, 0.6, 3.1, 5})
    void skewUpToFiveDegreesIsMeasured(double degrees) {
        GrayImage scan = SyntheticForm.scan(FORM, degrees, 1, 0, 0, 200, 0);
        assertEquals(degrees, normaliser.skewDegrees(scan), 0.15);
    }

    @Test
    void normaliseStraightensThePageAndKeepsItsDpi() {
        GrayImage scan = SyntheticForm.scan(FORM, -4, 1, 0, 0, 200, 0);
        GrayImage straight = normaliser.normalise(scan);
        assertEquals(200, straight.dpi());
        assertTrue(straight.width() > scan.width(), "canvas grown to keep the corners");
        assertEquals(0, normaliser.skewDegrees(straight), 0.15);
        assertEquals(255, straight.get(2, 2), "white fill where the canvas grew");
    }

    @Test
    void darkScannerBorderIsWhitenedButTheFormStays() {
        GrayImage scan = SyntheticForm.scan(FORM, 0, 0.96, 0, 0, 200, 0);
        GrayImage framed = PerspectiveFixture.keystone(scan, 0.02); // dark (40) outside the sheet
        assertTrue(framed.get(3, 3) < 60);
        GrayImage clean = normaliser.normalise(framed);
        assertTrue(clean.get(3, 3) > 200, "corner whitened");
        assertTrue(clean.get(clean.width() - 4, clean.height() / 2) > 200, "right edge whitened");
        int[] mark = SyntheticForm.MARKS.get(1);
        double[] c = AlignerTest.darkCentroid(clean, (int) (mark[0] * 2 / 3.0) + 20, (int) (mark[1] * 2 / 3.0) - 20, 60);
        assertTrue(!Double.isNaN(c[0]), "the bottom-left registration mark is still there");
    }

    @Test
    void quarterTurnsAreClockwise() {
        // 3×2:  a b c / d e f
        GrayImage img = new GrayImage(new byte[] {1, 2, 3, 4, 5, 6}, 3, 2, 300);
        GrayImage once = PageNormaliser.rotate(img, 1);
        assertEquals(2, once.width());
        assertEquals(3, once.height());
        assertArrayEquals(new byte[] {4, 1, 5, 2, 6, 3}, once.pixels());
        assertArrayEquals(new byte[] {6, 5, 4, 3, 2, 1}, PageNormaliser.rotate(img, 2).pixels());
        assertArrayEquals(new byte[] {3, 6, 2, 5, 1, 4}, PageNormaliser.rotate(img, 3).pixels());
        assertArrayEquals(PageNormaliser.rotate(img, 3).pixels(), PageNormaliser.rotate(img, -1).pixels());
        assertSame(img, PageNormaliser.rotate(img, 4));
        assertEquals(300, once.dpi());
    }
}
