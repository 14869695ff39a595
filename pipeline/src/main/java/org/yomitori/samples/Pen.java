package org.yomitori.samples;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.util.Locale;
import java.util.Random;
import org.yomitori.template.Box;

/**
 * Writes one line of text into a box character by character, each with its own size, slant,
 * rotation, baseline and spacing when the hand is unsteady ({@code jitter > 0}).
 */
final class Pen {
    static final Color BLACK = new Color(28, 28, 34);
    static final Color BLUE = new Color(24, 48, 160);
    /** Character height as a share of the box height: about what people write on a form line. */
    private static final double SIZE_OF_BOX = 0.62;
    /** CJK glyphs sit about 0.88 em above and 0.12 em below the baseline: centre is 0.38 em above. */
    private static final double CENTRE_ABOVE_BASELINE = 0.38;

    private final Graphics2D g;
    private final Font font;
    private final double jitter;
    private final Random rnd;

    Pen(Graphics2D g, Font font, double jitter, Random rnd) {
        this.g = g;
        this.font = font;
        this.jitter = jitter;
        this.rnd = rnd;
    }

    /** Writes {@code text} on one line inside {@code area}, left-aligned or centred, shrunk to fit. */
    void write(String text, Box area, boolean centred) {
        int[] chars = text.codePoints().toArray();
        if (chars.length == 0) {
            return;
        }
        if (font.canDisplayUpTo(text) >= 0) {
            throw new IllegalArgumentException("font '" + font.getFamily(Locale.ROOT)
                    + "' cannot draw a character of the value");
        }
        double size = area.h() * SIZE_OF_BOX;
        double[] scale = new double[chars.length];
        double[] gap = new double[chars.length];
        double[] advance = new double[chars.length];
        double slant = wobble(0.10) + jitter * 0.05; // a writer leans one way on the whole
        double total = 0;
        FontRenderContext frc = g.getFontRenderContext();
        for (int i = 0; i < chars.length; i++) {
            scale[i] = 1 + wobble(0.12);
            gap[i] = (i == 0 ? 0 : wobble(0.06) + jitter * 0.04) * size;
            advance[i] = font.deriveFont((float) (size * scale[i])).getStringBounds(
                    new String(chars, i, 1), frc).getWidth();
            total += advance[i] + gap[i];
        }
        double pad = area.h() * 0.08;
        double room = area.w() - 2 * pad - 0.2 * size; // slanted last glyph leans past its advance
        double shrink = total > room ? room / total : 1;
        size *= shrink;
        total *= shrink;
        double x = centred ? area.x() + (area.w() - total) / 2
                : Math.min(area.x() + pad + Math.abs(wobble(0.05)) * area.w(), area.x() + area.w() - pad - total);
        double baseline = area.y() + area.h() / 2.0 + CENTRE_ABOVE_BASELINE * size;
        AffineTransform saved = g.getTransform();
        for (int i = 0; i < chars.length; i++) {
            x += gap[i] * shrink;
            g.translate(x, baseline + wobble(0.05) * area.h());
            g.rotate(wobble(0.07));
            g.shear(-(slant + wobble(0.08)), 0);
            g.setFont(font.deriveFont((float) (size * scale[i])));
            g.drawString(new String(chars, i, 1), 0, 0);
            g.setTransform(saved);
            x += advance[i] * shrink;
        }
    }

    /** A uniform random amount within ±{@code max}, scaled by how unsteady the hand is. */
    private double wobble(double max) {
        return jitter == 0 ? 0 : jitter * max * (2 * rnd.nextDouble() - 1);
    }
}
