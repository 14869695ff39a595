package org.yomitori.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yomitori.imaging.GrayImage;

class ScanSimulatorTest {
    private static final int DPI = 150;
    private final ScanSimulator scanner = new ScanSimulator();

    /** A page at 150 dpi with a black square in the top-left quarter. */
    private static GrayImage page() {
        BufferedImage img = new BufferedImage(600, 800, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 800);
        g.setColor(Color.BLACK);
        g.fillRect(100, 100, 100, 100);
        g.dispose();
        return GrayImage.of(img, DPI);
    }

    private static ScanDamage everything() {
        return ScanDamage.typical(DPI, new Random(1)).withSpeckle(200).withDarkBorder(12).withGrayLevels(16)
                .withJpegQuality(60);
    }

    @Test
    void sameSeedGivesTheSameScanAndAnotherSeedAnotherOne() {
        GrayImage a = scanner.scan(page(), everything(), 42);
        GrayImage b = scanner.scan(page(), everything(), 42);
        GrayImage c = scanner.scan(page(), everything(), 43);
        assertArrayEquals(a.pixels(), b.pixels());
        assertFalse(Arrays.equals(a.pixels(), c.pixels()));
    }

    @Test
    void perfectScanChangesNothing() {
        assertArrayEquals(page().pixels(), scanner.scan(page(), ScanDamage.none(DPI), 1).pixels());
    }

    @Test
    void dpiChangeResamplesThePage() {
        GrayImage scan = scanner.scan(page(), ScanDamage.none(100), 1);
        assertEquals(400, scan.width());
        assertEquals(533, scan.height());
        assertEquals(100, scan.dpi());
        assertTrue(scan.get(100, 100) < 40, "the square moved to 2/3 of its place");
    }

    @Test
    void upsideDownPutsTheSquareInTheOppositeCorner() {
        GrayImage scan = scanner.scan(page(), ScanDamage.none(DPI).withUpsideDown(true), 1);
        assertTrue(scan.get(450, 650) < 40);
        assertTrue(scan.get(150, 150) > 200);
    }

    @Test
    void rotationMovesTheSquareAroundTheCentre() {
        GrayImage scan = scanner.scan(page(), ScanDamage.none(DPI).withGeometry(3, 1, 0, 0), 1);
        // Counter-clockwise by 3 degrees about (300, 400): (150, 150) goes to about (137, 158).
        assertTrue(scan.get(137, 200) < 60);
        assertTrue(scan.get(197, 103) > 200, "the top-right corner swung down");
    }

    @Test
    void binarisationLeavesOnlyBlackAndWhite() {
        GrayImage scan = scanner.scan(page(), ScanDamage.none(DPI).withNoise(20).withBlur(1).withBinarise(true), 7);
        for (byte b : scan.pixels()) {
            assertTrue(b == 0 || b == (byte) 255);
        }
        assertEquals(0, scan.get(150, 150));
        assertEquals(255, scan.get(400, 600));
    }

    @Test
    void darkBorderAndSpeckleDarkenTheEdgesAndThePaper() {
        GrayImage scan = scanner.scan(page(), ScanDamage.none(DPI).withDarkBorder(10).withSpeckle(500), 3);
        assertTrue(scan.get(1, 400) < 80 && scan.get(598, 400) < 80 && scan.get(300, 1) < 80);
        long specks = 0;
        for (int y = 250; y < 750; y++) {
            for (int x = 250; x < 550; x++) {
                specks += scan.get(x, y) < 128 ? 1 : 0;
            }
        }
        assertTrue(specks > 0, "dust on the white paper");
    }

    @Test
    void colourScanStaysColourUnlessBinarised() {
        BufferedImage colour = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = colour.createGraphics();
        g.setColor(new Color(20, 40, 160));
        g.fillRect(0, 0, 300, 400);
        g.dispose();
        BufferedImage scan = scanner.scan(colour, DPI, ScanDamage.none(DPI).withNoise(3).withJpegQuality(80), 5);
        int rgb = scan.getRGB(150, 200);
        assertTrue((rgb & 0xff) > ((rgb >> 16) & 0xff) + 80);
        BufferedImage fax = scanner.scan(colour, DPI, ScanDamage.none(DPI).withBinarise(true), 5);
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, fax.getType());
    }
}
