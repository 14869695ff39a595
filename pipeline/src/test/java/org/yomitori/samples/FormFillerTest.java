package org.yomitori.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yomitori.imaging.GrayImage;
import org.yomitori.template.Box;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.OptionSpec;
import org.yomitori.template.Template;
import org.yomitori.template.importer.DrawnForm;
import org.yomitori.template.importer.TemplateImporter;

class FormFillerTest {
    /** A pixel this much darker than the blank form is ink. */
    private static final int INK = 60;

    @TempDir
    static Path dir;
    static Template template;
    static GrayImage blank;
    private final FormFiller filler = new FormFiller();

    @BeforeAll
    static void importDrawnForm() throws IOException {
        Path spec = DrawnForm.create().write(dir.resolve("in"));
        template = new TemplateImporter().importTemplate(spec, dir.resolve("in/drawn_form.png"), dir.resolve("out"))
                .template();
        blank = GrayImage.of(ImageIO.read(template.referenceImages().get(0).toFile()), DrawnForm.DPI);
    }

    static Map<String, Object> values() {
        Map<String, Object> v = new HashMap<>();
        v.put("application_date", "2024-04-01");
        v.put("name", "山田 太郎");
        v.put("kana", "ヤマダ タロウ");
        v.put("birth_date", LocalDate.of(1990, 5, 6));
        v.put("postal_code", "123-4567");
        v.put("my_number", "1234 5678 9018");
        v.put("phone", "03-1234-5678");
        v.put("email", "taro@example.jp");
        v.put("copies", "2");
        v.put("agree", true);
        v.put("seal", true);
        v.put("kind", "転出");
        v.put("purposes", List.of("就職", "その他"));
        v.put("free_date", "2024-04-01");
        return v;
    }

    @Test
    void inkStaysInsideFieldBoxesInEveryStyle() {
        boolean[] inField = new boolean[blank.width() * blank.height()];
        for (FieldSpec f : template.fields()) {
            Box b = f.box();
            for (int y = b.y(); y < b.y() + b.h(); y++) {
                Arrays.fill(inField, y * blank.width() + b.x(), y * blank.width() + b.x() + b.w(), true);
            }
        }
        for (FillStyle.CheckMark mark : FillStyle.CheckMark.values()) {
            for (FillStyle style : List.of(FillStyle.printed().withCheckMark(mark),
                    FillStyle.random(mark.ordinal()).withJitter(1).withCheckMark(mark))) {
                GrayImage page = filler.fill(template, values(), style);
                int outside = 0;
                for (int y = 0; y < page.height(); y++) {
                    for (int x = 0; x < page.width(); x++) {
                        outside += isInk(page, x, y) && !inField[y * page.width() + x] ? 1 : 0;
                    }
                }
                assertEquals(0, outside, "ink outside the field boxes with " + style);
            }
        }
    }

    @Test
    void everyFilledFieldGetsInkWhereThatFieldIsWritten() {
        GrayImage page = filler.fill(template, values(), FillStyle.random(3).withCheckMark(FillStyle.CheckMark.TICK));
        for (String name : List.of("name", "kana", "phone", "email", "copies", "free_date", "agree", "seal")) {
            assertTrue(ink(page, field(name).box()) > 30, name);
        }
        FieldSpec postal = field("postal_code");
        for (int i = 0; i < postal.cells().size(); i++) {
            assertTrue(ink(page, postal.cells().get(i).inset(3)) > 10, "one digit per cell, cell " + i);
        }
        FieldSpec myNumber = field("my_number");
        myNumber.cells().forEach(c -> assertTrue(ink(page, c.inset(3)) > 10, "my_number cell " + c));
        FieldSpec purposes = field("purposes");
        for (OptionSpec o : purposes.options()) {
            boolean chosen = List.of("就職", "その他").contains(o.option());
            assertEquals(chosen, ink(page, o.box()) > 20, "purposes " + o.option());
        }
        for (OptionSpec o : field("kind").options()) {
            assertCircled(page, o, o.option().equals("転出"));
        }
    }

    @Test
    void printedEraDateWritesOnlyNumbersInTheSlotsAndCirclesTheEra() {
        GrayImage page = filler.fill(template, values(), FillStyle.random(5));
        FieldSpec application = field("application_date");
        int inSlots = application.slots().values().stream().mapToInt(b -> ink(page, b)).sum();
        assertEquals(ink(page, application.box()), inSlots, "nothing written beside the slots");
        application.slots().values().forEach(b -> assertTrue(ink(page, b) > 10, "slot " + b));
        FieldSpec birth = field("birth_date"); // 1990 = 平成2年
        for (OptionSpec era : birth.eraOptions()) {
            assertCircled(page, era, era.option().equals("平成"));
        }
    }

    @Test
    void blankValuesLeaveFieldsEmpty() {
        Map<String, Object> v = new HashMap<>();
        v.put("name", "");
        v.put("agree", false);
        v.put("purposes", List.of());
        v.put("kind", "");
        v.put("seal", false);
        v.put("phone", null);
        GrayImage page = filler.fill(template, v, FillStyle.random(9));
        assertArrayEquals(blank.pixels(), page.pixels());
    }

    @Test
    void colourVariantWritesBlueInkAndARedSeal() {
        FillStyle blue = FillStyle.printed().withInk(FillStyle.Ink.BLUE);
        BufferedImage page = filler.fillPageColour(template, 0, values(), blue);
        assertTrue(count(page, field("name").box(), rgb -> blue(rgb) > red(rgb) + 80) > 100, "blue ink");
        assertTrue(count(page, field("seal").box(), rgb -> red(rgb) > 150 && blue(rgb) < 110) > 100, "red seal");
    }

    @Test
    void sameStyleDrawsTheSamePage() {
        FillStyle style = FillStyle.random(11);
        assertArrayEquals(filler.fill(template, values(), style).pixels(),
                filler.fill(template, values(), style).pixels());
    }

    @Test
    void writtenTextFollowsTheDateStyle() {
        FieldSpec free = field("free_date");
        FillStyle s = FillStyle.printed();
        assertEquals("令和6年4月1日", filler.writtenText(template, free, "2024-04-01", s));
        assertEquals("令和元年5月1日", filler.writtenText(template, free, "2019-05-01", s));
        assertEquals("平成31年4月30日", filler.writtenText(template, free, "2019-04-30", s));
        assertEquals("R6.4.1", filler.writtenText(template, free, "2024-04-01",
                s.withDateStyle(FillStyle.DateStyle.WAREKI_SHORT)));
        assertEquals("2024/4/1", filler.writtenText(template, free, "2024-04-01",
                s.withDateStyle(FillStyle.DateStyle.SEIREKI_SLASH)));
        assertEquals("2024年4月1日", filler.writtenText(template, free, "2024-04-01",
                s.withDateStyle(FillStyle.DateStyle.SEIREKI_KANJI)));
        assertEquals("昭和64年1月7日", filler.writtenText(template, field("birth_date"), "1989-01-07",
                s.withDateStyle(FillStyle.DateStyle.ISO)), "a printed_era date is recorded in full");
        assertEquals(FillStyle.DateStyle.ISO, FillStyle.DateStyle.WAREKI.forLatinForm());
        assertEquals("", filler.writtenText(template, free, "", s));
    }

    @Test
    void rejectsValuesTheFormCannotHold() {
        FillStyle s = FillStyle.printed();
        assertThrows(IllegalArgumentException.class, () -> filler.fill(template, Map.of("nmae", "x"), s));
        assertThrows(IllegalArgumentException.class,
                () -> filler.fill(template, Map.of("postal_code", "123-45678"), s), "8 digits for 7 cells");
        assertThrows(IllegalArgumentException.class,
                () -> filler.fill(template, Map.of("application_date", "2018-01-01"), s), "平成 under printed 令和");
        assertThrows(IllegalArgumentException.class, () -> filler.fill(template, Map.of("kind", "出生"), s));
        assertThrows(IllegalArgumentException.class,
                () -> filler.fill(template, Map.of("kind", List.of("転入", "転出")), s), "single choice");
        assertThrows(IllegalArgumentException.class,
                () -> filler.fill(template, Map.of("name", "x"), s.withFont("No Such Font")));
    }

    private static FieldSpec field(String name) {
        return template.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    /** A circle lies around the printed label; an option not chosen has no ink even on its label. */
    private static void assertCircled(GrayImage page, OptionSpec option, boolean chosen) {
        if (chosen) {
            assertTrue(ink(page, option.labelBox().inset(-8)) > 20, "circled " + option.option());
        } else {
            assertEquals(0, ink(page, option.labelBox()), "not circled " + option.option());
        }
    }

    private static boolean isInk(GrayImage page, int x, int y) {
        return blank.get(x, y) - page.get(x, y) > INK;
    }

    private static int ink(GrayImage page, Box b) {
        int n = 0;
        for (int y = b.y(); y < b.y() + b.h(); y++) {
            for (int x = b.x(); x < b.x() + b.w(); x++) {
                n += isInk(page, x, y) ? 1 : 0;
            }
        }
        return n;
    }

    private static int count(BufferedImage page, Box b, IntPredicate test) {
        int n = 0;
        for (int y = b.y(); y < b.y() + b.h(); y++) {
            for (int x = b.x(); x < b.x() + b.w(); x++) {
                n += test.test(page.getRGB(x, y)) ? 1 : 0;
            }
        }
        return n;
    }

    private static int red(int rgb) {
        return (rgb >> 16) & 0xff;
    }

    private static int blue(int rgb) {
        return rgb & 0xff;
    }
}
