package org.yomitori.read;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.yomitori.imaging.GrayImage;
import org.yomitori.template.Box;

/** A page to write on like a person would: jittered characters, ticks, crosses, circles, seals. */
final class Sheet {
    static final Color BLUE_INK = new Color(25, 35, 130);
    final BufferedImage image;
    private final Random random;

    private Sheet(BufferedImage image, long seed) {
        this.image = image;
        this.random = new Random(seed);
    }

    static Sheet blank(int w, int h, long seed) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return new Sheet(img, seed);
    }

    static Sheet of(GrayImage page, long seed) {
        Sheet s = blank(page.width(), page.height(), seed);
        Graphics2D g = s.image.createGraphics();
        g.drawImage(page.toBufferedImage(), 0, 0, null);
        g.dispose();
        return s;
    }

    static Sheet load(Path png, long seed) throws IOException {
        return of(GrayImage.of(ImageIO.read(png.toFile()), 300), seed);
    }

    private Graphics2D graphics(Color c, float stroke) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(c);
        g.setStroke(new BasicStroke(stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        return g;
    }

    /** Writes text in a box, each character with its own size, baseline, spacing and slant. */
    Sheet write(String text, Box box, String font, double sizeOfBox) {
        Graphics2D g = graphics(BLUE_INK, 1);
        try {
            float size = (float) (box.h() * sizeOfBox);
            double x = box.x() + 20 + random.nextInt(20);
            double baseline = box.y() + box.h() * 0.5 + size * 0.38;
            for (int i = 0; i < text.length(); i++) {
                String c = text.substring(i, i + 1);
                float s = size * (float) (0.93 + random.nextDouble() * 0.14);
                Font f = new Font(font, Font.PLAIN, Math.round(s));
                AffineTransform slant = AffineTransform.getShearInstance(random.nextGaussian() * 0.04, 0);
                g.setFont(f.deriveFont(slant));
                g.drawString(c, (float) x, (float) (baseline + random.nextGaussian() * 2));
                x += g.getFontMetrics().stringWidth(c) + random.nextGaussian() * 2 + 1;
            }
        } finally {
            g.dispose();
        }
        return this;
    }

    Sheet tick(Box b) {
        Graphics2D g = graphics(BLUE_INK, 5);
        g.drawLine(b.x() + b.w() / 6, b.y() + b.h() / 2, b.x() + b.w() / 2 - 2, b.y() + b.h() - 6);
        g.drawLine(b.x() + b.w() / 2 - 2, b.y() + b.h() - 6, b.x() + b.w() + 10, b.y() - 12);
        g.dispose();
        return this;
    }

    Sheet cross(Box b) {
        Graphics2D g = graphics(BLUE_INK, 5);
        g.drawLine(b.x() + 6, b.y() + 6, b.x() + b.w() - 6, b.y() + b.h() - 6);
        g.drawLine(b.x() + b.w() - 6, b.y() + 6, b.x() + 6, b.y() + b.h() - 6);
        g.dispose();
        return this;
    }

    Sheet fill(Box b) {
        Graphics2D g = graphics(BLUE_INK, 1);
        g.fillRect(b.x() + 4, b.y() + 4, b.w() - 8, b.h() - 8);
        g.dispose();
        return this;
    }

    /** An ellipse around a label, a little larger than its printed text. */
    Sheet circle(Box label) {
        Graphics2D g = graphics(BLUE_INK, 4);
        g.drawOval(label.x() - 6, label.y() - 4, label.w() + 12, label.h() + 8);
        g.dispose();
        return this;
    }

    /** A red seal: a ring with a character inside. */
    Sheet seal(Box b) {
        Color red = new Color(210, 40, 40);
        Graphics2D g = graphics(red, 5);
        int d = Math.min(b.w(), b.h()) - 10;
        g.drawOval(b.x() + 5, b.y() + 5, d, d);
        g.setFont(new Font("IPAexMincho", Font.BOLD, d / 2));
        g.drawString("山田", b.x() + d / 5, b.y() + d * 2 / 3);
        g.dispose();
        return this;
    }

    /** Print on the form itself (box lines, labels): black, thin. */
    Sheet print(Box b) {
        Graphics2D g = graphics(Color.BLACK, 3);
        g.drawRect(b.x(), b.y(), b.w(), b.h());
        g.dispose();
        return this;
    }

    Sheet printText(String text, int x, int baseline, int size) {
        Graphics2D g = graphics(Color.BLACK, 1);
        g.setFont(new Font("IPAexGothic", Font.PLAIN, size));
        g.drawString(text, x, baseline);
        g.dispose();
        return this;
    }

    /** The page moved by a few pixels, as a residual alignment error. */
    GrayImage shifted(int dx, int dy) {
        Sheet s = blank(image.getWidth(), image.getHeight(), 0);
        Graphics2D g = s.image.createGraphics();
        g.drawImage(image, dx, dy, null);
        g.dispose();
        return s.gray();
    }

    GrayImage gray() {
        return GrayImage.of(image, 300);
    }
}
