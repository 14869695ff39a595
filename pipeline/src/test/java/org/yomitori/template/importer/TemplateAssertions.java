package org.yomitori.template.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.util.List;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.Template;

/** Comparisons of templates and reference images shared by the importer and samples tests. */
public final class TemplateAssertions {
    private TemplateAssertions() {
    }

    /** Same form and same field geometry; OCR settings (language, whitelist, threshold) may differ. */
    public static void assertSameGeometry(Template expected, Template actual) {
        assertEquals(expected.id(), actual.id());
        assertEquals(expected.width(), actual.width());
        assertEquals(expected.height(), actual.height());
        assertEquals(expected.code(), actual.code());
        assertEquals(expected.fields().size(), actual.fields().size());
        for (int i = 0; i < expected.fields().size(); i++) {
            FieldSpec e = expected.fields().get(i);
            FieldSpec a = actual.fields().get(i);
            String where = e.name();
            assertEquals(List.of(e.name(), e.label(), e.type(), e.page(), e.box(), e.cells(), e.multi()),
                    List.of(a.name(), a.label(), a.type(), a.page(), a.box(), a.cells(), a.multi()), where);
            assertEquals(e.options(), a.options(), where);
            assertEquals(String.valueOf(e.mark()) + e.format() + e.era() + e.slots() + e.eraOptions(),
                    String.valueOf(a.mark()) + a.format() + a.era() + a.slots() + a.eraOptions(), where);
        }
    }

    /** Mean absolute gray difference of two same-sized images. */
    public static double meanDifference(BufferedImage a, BufferedImage b) {
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                sum += Math.abs(a.getRaster().getSample(x, y, 0) - b.getRaster().getSample(x, y, 0));
            }
        }
        return (double) sum / ((long) a.getWidth() * a.getHeight());
    }
}
