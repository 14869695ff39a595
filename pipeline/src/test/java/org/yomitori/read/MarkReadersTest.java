package org.yomitori.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yomitori.imaging.GrayImage;
import org.yomitori.record.FieldResult;
import org.yomitori.record.FieldStatus;
import org.yomitori.template.Box;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.FieldType;
import org.yomitori.template.OptionSpec;

/** Checkboxes, circled labels and seals on a form drawn here; no OCR involved. */
class MarkReadersTest {
    private static final Box BOX_A = new Box(110, 112, 50, 50);
    private static final Box BOX_B = new Box(510, 112, 50, 50);
    private static final Box LABEL_A = new Box(170, 100, 100, 75);
    private static final Box LABEL_B = new Box(570, 100, 100, 75);
    private static final Box ERA_1 = new Box(110, 300, 104, 68);
    private static final Box ERA_2 = new Box(238, 300, 104, 68);
    private static final Box ERA_3 = new Box(366, 300, 104, 68);
    private static final Box SEAL = new Box(800, 260, 120, 120);
    private static final List<OptionSpec> BOXED = List.of(new OptionSpec("本人", BOX_A, LABEL_A),
            new OptionSpec("代理人", BOX_B, LABEL_B));
    private static final List<OptionSpec> CIRCLED = List.of(new OptionSpec("昭和", null, ERA_1),
            new OptionSpec("平成", null, ERA_2), new OptionSpec("令和", null, ERA_3));

    private static GrayImage reference() {
        Sheet s = Sheet.blank(1000, 420, 1).print(new Box(90, 90, 700, 100)).print(BOX_A).print(BOX_B)
                .printText("本人", 180, 155, 40).printText("代理人", 580, 155, 40)
                .printText("昭和・平成・令和", 125, 348, 40).print(new Box(90, 280, 700, 110));
        java.awt.Graphics2D g = s.image.createGraphics();
        g.setColor(java.awt.Color.GRAY);
        g.drawOval(SEAL.x() + 20, SEAL.y() + 20, 80, 80);
        g.drawString("印", SEAL.x() + 55, SEAL.y() + 65);
        g.dispose();
        return s.gray();
    }

    private static FieldResult read(FieldSpec spec, Sheet filled) {
        GrayImage ref = reference();
        return FieldReaders.read(new FormPage(filled.shifted(2, -3), ref), spec, null);
    }

    private static Sheet filled() {
        return Sheet.of(reference(), 9);
    }

    @Test
    void tickCrossAndFillAllCountAsChecked() {
        FieldSpec box = Fields.of("agree", FieldType.CHECKBOX, BOX_A);
        for (Sheet s : List.of(filled().tick(BOX_A), filled().cross(BOX_A), filled().fill(BOX_A))) {
            FieldResult r = read(box, s);
            assertEquals(true, r.value());
            assertEquals(FieldStatus.AUTO, r.status(), r.toString());
        }
        FieldResult empty = read(box, filled());
        assertEquals(false, empty.value());
        assertEquals(FieldStatus.AUTO, empty.status());
        assertTrue(empty.confidence() >= 0.9);
    }

    @Test
    void aFaintDotInTheBoxIsDoubtfulNotChecked() {
        Sheet s = filled();
        java.awt.Graphics2D g = s.image.createGraphics();
        g.setColor(Sheet.BLUE_INK);
        g.fillOval(BOX_A.x() + 20, BOX_A.y() + 20, 9, 9);
        g.dispose();
        FieldResult r = read(Fields.of("agree", FieldType.CHECKBOX, BOX_A), s);
        assertEquals(false, r.value());
        assertEquals(FieldStatus.REVIEW, r.status(), r.toString());
    }

    @Test
    void singleChoiceByTickOrByCirclingTheLabel() {
        FieldSpec group = Fields.group("relation", new Box(90, 90, 700, 100), false, "box", BOXED);
        assertEquals("代理人", read(group, filled().tick(BOX_B)).value());
        assertEquals("本人", read(group, filled().circle(LABEL_A)).value());
        FieldResult none = read(group, filled());
        assertEquals("", none.value());
        assertEquals(FieldStatus.AUTO, none.status());
    }

    @Test
    void twoMarksOnASingleChoiceGoToReview() {
        FieldSpec group = Fields.group("relation", new Box(90, 90, 700, 100), false, "box", BOXED);
        FieldResult r = read(group, filled().tick(BOX_A).cross(BOX_B));
        assertEquals(FieldStatus.REVIEW, r.status());
        assertTrue(r.reasons().contains(CheckboxGroupReader.MULTIPLE_MARKS));
    }

    @Test
    void multiChoiceListsEveryMarkedOption() {
        FieldSpec group = Fields.group("purpose", new Box(90, 90, 700, 100), true, "box", BOXED);
        assertEquals(List.of("本人", "代理人"), read(group, filled().fill(BOX_A).tick(BOX_B)).value());
        assertEquals(List.of(), read(group, filled()).value());
    }

    @Test
    void theCircledEraIsFoundAmongCloseNeighbours() {
        FieldSpec group = Fields.group("era", new Box(90, 280, 700, 110), false, "circle", CIRCLED);
        for (int i = 0; i < CIRCLED.size(); i++) {
            FieldResult r = read(group, filled().circle(CIRCLED.get(i).labelBox()));
            assertEquals(CIRCLED.get(i).option(), r.value());
            assertEquals(FieldStatus.AUTO, r.status(), r.toString());
        }
    }

    @Test
    void aLineStruckThroughALabelIsNotACircle() {
        Sheet s = filled();
        java.awt.Graphics2D g = s.image.createGraphics();
        g.setColor(Sheet.BLUE_INK);
        g.setStroke(new java.awt.BasicStroke(4));
        g.drawLine(ERA_2.x() - 10, ERA_2.y() + 34, ERA_2.x() + ERA_2.w() + 10, ERA_2.y() + 34);
        g.dispose();
        FieldSpec group = Fields.group("era", new Box(90, 280, 700, 110), false, "circle", CIRCLED);
        assertEquals("", read(group, s).value());
    }

    @Test
    void aPageThatDidNotAlignSendsEveryFieldToReview() {
        GrayImage ref = reference();
        FieldSpec box = Fields.of("agree", FieldType.CHECKBOX, BOX_A);
        FieldResult r = FieldReaders.read(new FormPage(filled().tick(BOX_A).gray(), ref, false), box, null);
        assertEquals(true, r.value());
        assertEquals(List.of(FieldReaders.ALIGNMENT_DOUBTFUL), r.reasons());
    }

    @Test
    void aSealIsFoundAndThePrintedMarkIsNot() {
        FieldSpec seal = Fields.of("seal", FieldType.SEAL_PRESENCE, SEAL);
        FieldResult stamped = read(seal, filled().seal(SEAL));
        assertEquals(true, stamped.value());
        assertEquals(FieldStatus.AUTO, stamped.status());
        assertEquals(false, read(seal, filled()).value());
    }
}
