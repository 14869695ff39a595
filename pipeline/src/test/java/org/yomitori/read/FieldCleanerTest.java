package org.yomitori.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.yomitori.imaging.GrayImage;
import org.yomitori.template.Box;

class FieldCleanerTest {
    private static final Box FIELD = new Box(200, 100, 800, 120);

    /** A blank form: the field's frame, a printed guide word inside it, and a 印 circle. */
    static Sheet form() {
        return Sheet.blank(1200, 400, 1).print(FIELD).printText("令和　　年", 220, 175, 36)
                .print(new Box(900, 130, 60, 60));
    }

    @Test
    void printedFrameAndGuideTextAreRemovedEvenWhenTheScanIsOffByAFewPixels() {
        GrayImage reference = form().gray();
        for (int[] shift : new int[][] {{0, 0}, {4, -3}, {-7, 6}, {10, 10}}) {
            GrayImage scan = Sheet.of(reference, 2).shifted(shift[0], shift[1]);
            CleanField clean = FieldCleaner.clean(new FormPage(scan, reference), FIELD, FieldCleaner.DARK_INK);
            assertEquals(0, clean.inkPixels(), "shift " + shift[0] + "," + shift[1]);
        }
    }

    @Test
    void writingIsKeptWhereItCrossesNothingPrinted() {
        GrayImage reference = form().gray();
        GrayImage scan = Sheet.of(reference, 3).write("山田太郎", new Box(420, 100, 400, 120), "IPAexGothic", 0.6)
                .shifted(3, 2);
        CleanField clean = FieldCleaner.clean(new FormPage(scan, reference), FIELD, FieldCleaner.DARK_INK);
        Box ink = clean.ink.bounds();
        assertTrue(clean.inkPixels() > 1500, "ink " + clean.inkPixels());
        int left = clean.area.x() + ink.x();
        assertTrue(left > 420 && left < 480, "writing starts at " + left);
        assertTrue(ink.h() < 100, "no frame line left: ink height " + ink.h());
    }

    @Test
    void withoutAReferenceTheFrameIsStillRemoved() {
        GrayImage scan = Sheet.blank(1200, 400, 1).print(FIELD).gray();
        CleanField clean = FieldCleaner.clean(new FormPage(scan, null), FIELD, FieldCleaner.DARK_INK);
        assertEquals(0, clean.inkPixels());
    }

    @Test
    void specksAreNotInk() {
        GrayImage reference = form().gray();
        Sheet s = Sheet.of(reference, 4);
        java.util.Random r = new java.util.Random(5);
        for (int i = 0; i < 40; i++) {
            s.image.setRGB(FIELD.x() + 20 + r.nextInt(700), FIELD.y() + 20 + r.nextInt(80), 0x202020);
        }
        CleanField clean = FieldCleaner.clean(new FormPage(s.gray(), reference), FIELD, FieldCleaner.DARK_INK);
        assertEquals(0, clean.inkPixels());
    }

    @Test
    void grayStrokeEdgesStayWithTheirStroke() {
        Sheet s = Sheet.blank(400, 200, 6);
        java.awt.Graphics2D g = s.image.createGraphics();
        g.setColor(new java.awt.Color(70, 70, 70));
        g.fillRect(100, 90, 200, 4);
        g.setColor(new java.awt.Color(180, 180, 180));
        g.fillRect(100, 94, 200, 3);
        g.fillRect(100, 30, 200, 3);
        g.dispose();
        CleanField clean = FieldCleaner.clean(new FormPage(s.gray(), null), new Box(50, 20, 300, 120), FieldCleaner.DARK_INK);
        assertEquals(7 * 200, clean.inkPixels(), "the light edge joined to the dark stroke is ink, the lone light line is not");
    }
}
