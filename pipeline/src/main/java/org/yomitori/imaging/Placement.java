package org.yomitori.imaging;

/**
 * Sanity checks and readings of a reference → page transform: is it a plausible picture of a
 * sheet (not a degenerate fit to a few features), and how is the page turned.
 */
final class Placement {
    /** The sheet's area on the page, relative to the reference at the page's dpi (≈ scale 0.8–1.25). */
    private static final double MIN_AREA = 0.64;
    private static final double MAX_AREA = 1.56;
    /** Corners stay near right angles; phone-photo perspective bends them only a few degrees. */
    private static final double MAX_CORNER_COS = 0.25;

    private Placement() {
    }

    static boolean isPlausible(Homography h, Reference ref, double scale) {
        double w = ref.width();
        double hh = ref.height();
        double[][] q = {h.apply(0, 0), h.apply(w, 0), h.apply(w, hh), h.apply(0, hh)};
        double area = Math.abs(signedArea(q)) * scale * scale / (w * hh);
        if (!(area >= MIN_AREA && area <= MAX_AREA) || !isConvex(q)) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            double[] a = q[(i + 3) % 4];
            double[] b = q[i];
            double[] c = q[(i + 1) % 4];
            if (Math.abs(cosine(a[0] - b[0], a[1] - b[1], c[0] - b[0], c[1] - b[1])) > MAX_CORNER_COS) {
                return false;
            }
        }
        return true;
    }

    /** Clockwise quarter turns that make the page upright, from where the reference's x axis points. */
    static int quarterTurns(Homography h) {
        double[] a = h.apply(0, 0);
        double[] b = h.apply(1000, 0);
        double degrees = Math.toDegrees(Math.atan2(b[1] - a[1], b[0] - a[0])); // clockwise, y down
        int contentTurns = (int) Math.round(degrees / 90.0);
        return Math.floorMod(-contentTurns, 4);
    }

    /** Starting guess: page scaled to the reference's dpi, centres on top of each other. */
    static Homography centred(GrayImage page, Reference ref, double scale) {
        double tx = (page.width() * scale - ref.width()) / 2;
        double ty = (page.height() * scale - ref.height()) / 2;
        return Homography.scaling(1 / scale).after(Homography.translation(tx, ty));
    }

    private static double signedArea(double[][] q) {
        double s = 0;
        for (int i = 0; i < q.length; i++) {
            double[] p = q[i];
            double[] n = q[(i + 1) % q.length];
            s += p[0] * n[1] - n[0] * p[1];
        }
        return s / 2;
    }

    private static boolean isConvex(double[][] q) {
        int sign = 0;
        for (int i = 0; i < 4; i++) {
            double[] a = q[i];
            double[] b = q[(i + 1) % 4];
            double[] c = q[(i + 2) % 4];
            double cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]);
            int s = (int) Math.signum(cross);
            if (s == 0 || (sign != 0 && s != sign)) {
                return false;
            }
            sign = s;
        }
        return true;
    }

    private static double cosine(double ax, double ay, double bx, double by) {
        return (ax * bx + ay * by) / Math.max(1e-9, Math.hypot(ax, ay) * Math.hypot(bx, by));
    }
}
