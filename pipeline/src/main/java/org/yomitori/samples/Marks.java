package org.yomitori.samples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.Random;
import org.yomitori.template.Box;

/** Pen marks that are not characters: ticks, crosses, filled boxes, circled labels and seals. */
final class Marks {
    static final Color SEAL_RED = new Color(205, 35, 40);

    private Marks() {
    }

    /** Marks a checkbox square: ✓, ×, or ■ ({@code CIRCLE} has no label here, so it ticks). */
    static void check(Graphics2D g, Box box, FillStyle.CheckMark mark, double jitter, Random rnd) {
        float stroke = Math.max(2f, box.w() * 0.09f);
        Box in = box.inset((int) Math.ceil(stroke / 2 + box.w() * 0.08));
        g.setStroke(new BasicStroke(stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        if (mark == FillStyle.CheckMark.FILL) {
            g.fillRect(in.x(), in.y(), in.w(), in.h());
            return;
        }
        Path2D.Double path = new Path2D.Double();
        if (mark == FillStyle.CheckMark.CROSS) {
            path.moveTo(at(in.x(), in.w(), 0.0, jitter, rnd), at(in.y(), in.h(), 0.0, jitter, rnd));
            path.lineTo(at(in.x(), in.w(), 1.0, jitter, rnd), at(in.y(), in.h(), 1.0, jitter, rnd));
            path.moveTo(at(in.x(), in.w(), 1.0, jitter, rnd), at(in.y(), in.h(), 0.0, jitter, rnd));
            path.lineTo(at(in.x(), in.w(), 0.0, jitter, rnd), at(in.y(), in.h(), 1.0, jitter, rnd));
        } else {
            path.moveTo(at(in.x(), in.w(), 0.05, jitter, rnd), at(in.y(), in.h(), 0.55, jitter, rnd));
            path.lineTo(at(in.x(), in.w(), 0.40, jitter, rnd), at(in.y(), in.h(), 0.95, jitter, rnd));
            path.lineTo(at(in.x(), in.w(), 0.95, jitter, rnd), at(in.y(), in.h(), 0.05, jitter, rnd));
        }
        g.draw(path);
    }

    /** A hand-drawn ring around a printed label, kept within {@code bounds}. */
    static void circle(Graphics2D g, Box label, Box bounds, double jitter, Random rnd) {
        int margin = Math.max(3, label.h() / 6);
        Box ring = label.inset(-margin).clip(bounds.x() + bounds.w(), bounds.y() + bounds.h());
        int x0 = Math.max(ring.x(), bounds.x() + 2);
        int y0 = Math.max(ring.y(), bounds.y() + 2);
        double rx = (ring.x() + ring.w() - x0) / 2.0 - 2;
        double ry = (ring.y() + ring.h() - y0) / 2.0 - 2;
        double cx = x0 + rx + 1;
        double cy = y0 + ry + 1;
        g.setStroke(new BasicStroke(Math.max(2f, label.h() * 0.05f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        // A pen circle rarely closes exactly: start anywhere and overshoot a little.
        double start = rnd.nextDouble() * 2 * Math.PI;
        double sweep = 2 * Math.PI * (1 + 0.08 * jitter);
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i <= 72; i++) {
            double a = start + sweep * i / 72;
            double wobble = 1 - 0.04 * jitter * rnd.nextDouble();
            double px = cx + rx * wobble * Math.cos(a);
            double py = cy + ry * wobble * Math.sin(a);
            if (i == 0) {
                path.moveTo(px, py);
            } else {
                path.lineTo(px, py);
            }
        }
        g.draw(path);
    }

    /** A red 印: a ring with one or two characters stacked inside, centred in {@code box}. */
    static void seal(Graphics2D g, Box box, String text, Font font, Random rnd) {
        double d = Math.min(box.w(), box.h()) * 0.82;
        double cx = box.x() + box.w() / 2.0;
        double cy = box.y() + box.h() / 2.0;
        g.setColor(SEAL_RED);
        g.setStroke(new BasicStroke((float) Math.max(2, d * 0.06)));
        g.draw(new Ellipse2D.Double(cx - d / 2, cy - d / 2, d, d));
        int[] chars = text.codePoints().limit(2).toArray();
        AffineTransform saved = g.getTransform();
        double cell = d * (chars.length == 1 ? 0.62 : 0.38);
        g.rotate((rnd.nextDouble() - 0.5) * 0.3, cx, cy); // seals are rarely pressed upright
        g.setFont(font.deriveFont(Font.BOLD, (float) cell));
        for (int i = 0; i < chars.length; i++) {
            String ch = new String(chars, i, 1);
            double w = g.getFontMetrics().stringWidth(ch);
            double centreY = cy + (i - (chars.length - 1) / 2.0) * cell;
            g.drawString(ch, (float) (cx - w / 2), (float) (centreY + 0.38 * cell));
        }
        g.setTransform(saved);
    }

    /** A point at {@code share} of the way along a span, nudged by an unsteady hand, kept on the span. */
    private static double at(int origin, int length, double share, double jitter, Random rnd) {
        double s = share + jitter * 0.08 * (2 * rnd.nextDouble() - 1);
        return origin + length * Math.max(0, Math.min(1, s));
    }
}
