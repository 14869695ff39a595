package org.yomitori.samples;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.yomitori.imaging.GrayImage;

/**
 * Makes a clean filled page look scanned: skew, scale and shift, a lower dpi, a dark border, dust,
 * blur, sensor noise, fewer gray levels, fax binarisation, JPEG artefacts, a page fed upside down.
 * The result depends only on the input, the {@link ScanDamage} and the seed.
 */
public final class ScanSimulator {
    /** Gray of the scanner lid seen where the rotated page does not cover the glass. */
    private static final int LID = 248;

    public GrayImage scan(GrayImage page, ScanDamage damage, long seed) {
        return GrayImage.of(scan(page.toBufferedImage(), page.dpi(), damage, seed), damage.dpi());
    }

    /**
     * @param page      TYPE_BYTE_GRAY or a colour image (colour is kept unless binarised)
     * @param sourceDpi the page's resolution, to resample it to {@code damage.dpi()}
     */
    public BufferedImage scan(BufferedImage page, int sourceDpi, ScanDamage damage, long seed) {
        Random rnd = new Random(seed);
        boolean gray = page.getType() == BufferedImage.TYPE_BYTE_GRAY;
        BufferedImage out = geometry(page, sourceDpi, damage, gray ? BufferedImage.TYPE_BYTE_GRAY
                : BufferedImage.TYPE_INT_RGB);
        darkBorder(out, damage.darkBorder(), rnd);
        speckle(out, damage.speckle(), damage.dpi(), rnd);
        out = PixelOps.blur(out, damage.blur());
        PixelOps.noise(out.getRaster(), damage.noise(), rnd);
        if (damage.grayLevels() > 1 && damage.grayLevels() < 256) {
            PixelOps.posterise(out.getRaster(), damage.grayLevels());
        }
        if (damage.binarise()) {
            out = PixelOps.otsu(out);
        }
        return damage.jpegQuality() > 0 ? PixelOps.jpegRoundTrip(out, damage.jpegQuality()) : out;
    }

    private static BufferedImage geometry(BufferedImage page, int sourceDpi, ScanDamage d, int type) {
        double f = (double) d.dpi() / sourceDpi;
        int w = (int) Math.round(page.getWidth() * f);
        int h = (int) Math.round(page.getHeight() * f);
        BufferedImage out = new BufferedImage(w, h, type);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(new Color(LID, LID, LID));
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            AffineTransform at = new AffineTransform();
            at.translate(w / 2.0 + d.shiftX(), h / 2.0 + d.shiftY());
            at.rotate(-Math.toRadians(d.angle()) + (d.upsideDown() ? Math.PI : 0));
            at.scale(f * d.scale(), f * d.scale());
            at.translate(-page.getWidth() / 2.0, -page.getHeight() / 2.0);
            g.drawImage(page, at, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The dark band a scanner shows around a page that does not cover the glass, of uneven width. */
    private static void darkBorder(BufferedImage img, int width, Random rnd) {
        if (width == 0) {
            return;
        }
        Graphics2D g = img.createGraphics();
        try {
            int shade = 20 + rnd.nextInt(40);
            g.setColor(new Color(shade, shade, shade));
            int w = img.getWidth();
            int h = img.getHeight();
            g.fillRect(0, 0, w, band(width, rnd));
            g.fillRect(0, h - band(width, rnd), w, h);
            g.fillRect(0, 0, band(width, rnd), h);
            g.fillRect(w - band(width, rnd), 0, w, h);
        } finally {
            g.dispose();
        }
    }

    private static int band(int width, Random rnd) {
        return width / 2 + rnd.nextInt(width / 2 + 1);
    }

    /** Dust and toner dots of 0.1-0.3 mm. */
    private static void speckle(BufferedImage img, double perMillion, int dpi, Random rnd) {
        long count = Math.round(perMillion * img.getWidth() * (double) img.getHeight() / 1e6);
        if (count == 0) {
            return;
        }
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            for (long i = 0; i < count; i++) {
                double r = dpi / 25.4 * (0.05 + 0.1 * rnd.nextDouble());
                int shade = rnd.nextInt(70);
                g.setColor(new Color(shade, shade, shade));
                g.fill(new Ellipse2D.Double(rnd.nextInt(img.getWidth()), rnd.nextInt(img.getHeight()), 2 * r, 2 * r));
            }
        } finally {
            g.dispose();
        }
    }
}
