package org.yomitori.template.importer;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.List;
import org.yomitori.template.Box;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.OptionSpec;
import org.yomitori.template.Template;

/**
 * Checks an imported template against its blank pages: every box must lie on the page (error),
 * and a writing area should be mostly blank paper (warning: the coordinates may be off).
 */
final class BoxCheck {
    /** Share of dark pixels above which a writing area looks like printed matter rather than paper. */
    static final double MAX_INK = 0.12;
    private static final int DARK = 128;

    private BoxCheck() {
    }

    static void requireOnPage(Template t) {
        for (FieldSpec f : t.fields()) {
            for (Box b : boxesOf(f)) {
                if (b.x() < 0 || b.y() < 0 || b.x() + b.w() > t.width() || b.y() + b.h() > t.height()) {
                    throw new IllegalArgumentException("field '" + f.name() + "' has a box " + b.toList()
                            + " outside the " + t.width() + "x" + t.height() + " page");
                }
            }
        }
    }

    static List<String> warnings(Template t, List<BufferedImage> pages) {
        List<String> out = new ArrayList<>();
        for (FieldSpec f : t.fields()) {
            if (f.type().isMark() || f.isBoxed() || f.isPrintedEraDate()) {
                continue; // their boxes hold printed squares or printed text by design
            }
            // Table cells and underlines sit on the box edge: look inside a margin.
            Box inner = f.box().inset(Math.max(2, Math.min(f.box().w(), f.box().h()) / 10));
            double ink = inkShare(pages.get(f.page()).getRaster(), inner);
            if (ink > MAX_INK) {
                out.add(String.format("field '%s': %.0f%% of its box is printed matter; check its coordinates",
                        f.name(), ink * 100));
            }
        }
        return out;
    }

    static List<Box> boxesOf(FieldSpec f) {
        List<Box> out = new ArrayList<>(List.of(f.box()));
        out.addAll(f.cells());
        out.addAll(f.slots().values());
        for (OptionSpec o : f.options()) {
            addIfSet(out, o.box());
            addIfSet(out, o.labelBox());
        }
        f.eraOptions().forEach(o -> addIfSet(out, o.labelBox()));
        return out;
    }

    private static void addIfSet(List<Box> out, Box b) {
        if (b != null) {
            out.add(b);
        }
    }

    private static double inkShare(Raster gray, Box b) {
        int[] row = new int[b.w()];
        long dark = 0;
        for (int y = b.y(); y < b.y() + b.h(); y++) {
            gray.getSamples(b.x(), y, b.w(), 1, 0, row);
            for (int v : row) {
                dark += v < DARK ? 1 : 0;
            }
        }
        return (double) dark / ((long) b.w() * b.h());
    }
}
