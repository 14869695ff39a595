package org.yomitori.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yomitori.imaging.GrayImage;
import org.yomitori.ocr.OcrConfig;
import org.yomitori.ocr.OcrEngine;
import org.yomitori.record.FieldResult;
import org.yomitori.record.FieldStatus;
import org.yomitori.template.Box;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.FieldType;
import org.yomitori.template.OptionSpec;
import org.yomitori.validate.Validators;

/** End to end through Tesseract, on a form drawn here and filled in print-like fonts with jitter. */
class FieldReadersTest {
    private static final String FONT = "IPAexGothic";
    private static OcrEngine engine;

    @BeforeAll
    static void needsTesseract() {
        OcrConfig config = OcrConfig.defaults();
        assumeTrue(config.hasLanguage("jpn") && config.hasLanguage("eng"), "Tesseract jpn/eng models not installed");
        engine = new OcrEngine(config);
    }

    @AfterAll
    static void close() {
        if (engine != null) {
            engine.close();
        }
    }

    private static Box row(int i) {
        return new Box(100, 60 + i * 130, 1400, 110);
    }

    /** A blank form of ten framed rows. */
    private static GrayImage reference() {
        Sheet s = Sheet.blank(1600, 1400, 1);
        for (int i = 0; i < 10; i++) {
            s.print(row(i));
        }
        return s.gray();
    }

    private static FieldResult read(FieldSpec spec, String text, double size) {
        GrayImage ref = reference();
        Sheet s = Sheet.of(ref, spec.name().hashCode());
        if (!text.isEmpty()) {
            s.write(text, spec.box(), FONT, size);
        }
        return FieldReaders.read(new FormPage(s.shifted(3, -2), ref), spec, engine);
    }

    private static void assertAuto(FieldResult r, Object value) {
        assertEquals(value, r.value(), r.toString());
        assertEquals(FieldStatus.AUTO, r.status(), r.toString());
        assertTrue(r.confidence() >= 0.9, r.toString());
    }

    @Test
    void japaneseText() {
        assertAuto(read(Fields.of("name", FieldType.TEXT, row(0)), "山田 太郎", 0.55), "山田太郎");
        assertAuto(read(Fields.of("address", FieldType.TEXT, row(1)), "東京都千代田区永田町1-7-1", 0.45),
                "東京都千代田区永田町1-7-1");
    }

    @Test
    void kanaWrittenInHiraganaBecomesKatakana() {
        assertEquals("ヤマダタロウ", read(Fields.of("kana", FieldType.KANA, row(2)), "やまだ たろう", 0.5).value());
        assertAuto(read(Fields.of("kana", FieldType.KANA, row(2)), "ヤマダ ハナコ", 0.5), "ヤマダハナコ");
    }

    @Test
    void digitFields() {
        assertAuto(read(Fields.of("phone", FieldType.PHONE, row(3)), "090-1234-5678", 0.5), "090-1234-5678");
        assertAuto(read(Fields.of("zip", FieldType.POSTAL_CODE, row(4)), "100-8914", 0.5), "100-8914");
        assertAuto(read(Fields.of("copies", FieldType.NUMBER, row(5)), "2", 0.5), "2");
    }

    @Test
    void blankFieldsAreEmptyAndSure() {
        assertAuto(read(Fields.of("name", FieldType.TEXT, row(0)), "", 0.5), "");
        FieldResult required = read(Fields.required(Fields.of("name", FieldType.TEXT, row(0))), "", 0.5);
        assertEquals(FieldStatus.REVIEW, required.status());
        assertEquals(List.of(FieldReaders.BLANK_REQUIRED), required.reasons());
    }

    @Test
    void freeDatesInEveryUsualSpelling() {
        FieldSpec date = Fields.of("date", FieldType.DATE, row(6));
        assertAuto(read(date, "令和6年4月1日", 0.5), "2024-04-01");
        assertAuto(read(date, "2024/4/1", 0.5), "2024-04-01");
        assertAuto(read(date, "平成元年1月8日", 0.5), "1989-01-08");
        FieldSpec english = Fields.english("birth", FieldType.DATE, row(6));
        assertAuto(read(english, "October 20, 1995", 0.5), "1995-10-20");
    }

    @Test
    void anOverflowingEraYearIsConvertedButReviewed() {
        FieldResult r = read(Fields.of("date", FieldType.DATE, row(6)), "平成32年1月10日", 0.5);
        assertEquals("2020-01-10", r.value());
        assertEquals(FieldStatus.REVIEW, r.status());
        assertTrue(r.reasons().contains("era_overflow"), r.toString());
    }

    @Test
    void myNumberInCellsIsCheckedByItsCheckDigit() {
        List<Box> cells = Fields.cells(120, 60 + 7 * 130 + 5, 12, 100);
        FieldSpec spec = Fields.boxed("my_number", FieldType.MY_NUMBER, row(7), cells);
        GrayImage ref = referenceWithCells(cells);
        assertAuto(readCells(spec, ref, "123456789018"), "123456789018");
        FieldResult wrong = readCells(spec, ref, "123456789017");
        assertEquals(FieldStatus.REVIEW, wrong.status());
        assertTrue(wrong.reasons().contains(Validators.CHECK_DIGIT), wrong.toString());
    }

    @Test
    void partlyFilledCellsGoToReview() {
        List<Box> cells = Fields.cells(120, 60 + 7 * 130 + 5, 4, 100);
        FieldSpec spec = Fields.boxed("bank_code", FieldType.DIGITS, row(7), cells);
        FieldResult r = readCells(spec, referenceWithCells(cells), "013 ");
        assertEquals("013", r.value());
        assertTrue(r.reasons().contains(FieldReaders.INCOMPLETE_CELLS), r.toString());
    }

    private static GrayImage referenceWithCells(List<Box> cells) {
        Sheet s = Sheet.of(reference(), 1);
        cells.forEach(s::print);
        return s.gray();
    }

    private static FieldResult readCells(FieldSpec spec, GrayImage ref, String digits) {
        Sheet s = Sheet.of(ref, 11);
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) != ' ') {
                s.write(digits.substring(i, i + 1), spec.cells().get(i), FONT, 0.7);
            }
        }
        return FieldReaders.read(new FormPage(s.shifted(-2, 3), ref), spec, engine);
    }

    @Test
    void printedEraDateWithTheEraCircled() {
        Box line = row(8);
        int y = line.y();
        List<OptionSpec> eras = List.of(new OptionSpec("昭和", null, new Box(112, y + 20, 104, 68)),
                new OptionSpec("平成", null, new Box(240, y + 20, 104, 68)),
                new OptionSpec("令和", null, new Box(368, y + 20, 104, 68)));
        Map<String, Box> slots = Map.of("year", new Box(500, y, 130, 110), "month", new Box(690, y, 110, 110),
                "day", new Box(860, y, 110, 110));
        GrayImage ref = Sheet.of(reference(), 1).printText("昭和・平成・令和", 125, y + 68, 40)
                .printText("年", 640, y + 68, 40).printText("月", 810, y + 68, 40).printText("日", 980, y + 68, 40).gray();
        FieldSpec spec = Fields.printedEra("birth", line, slots, null, eras);
        Sheet s = Sheet.of(ref, 5).circle(eras.get(1).labelBox()).write("9", slots.get("year"), FONT, 0.6)
                .write("12", slots.get("month"), FONT, 0.6).write("25", slots.get("day"), FONT, 0.6);
        FieldResult r = FieldReaders.read(new FormPage(s.shifted(2, 2), ref), spec, engine);
        assertAuto(r, "1997-12-25");
        assertEquals("平成9年12月25日", r.raw());
        FieldResult blank = FieldReaders.read(new FormPage(Sheet.of(ref, 6).gray(), ref), spec, engine);
        assertAuto(blank, "");
    }

    @Test
    void englishEmail() {
        FieldSpec email = Fields.english("email", FieldType.EMAIL, row(9));
        GrayImage ref = reference();
        Sheet s = Sheet.of(ref, 8).write("maria.kim74@example.com", email.box(), "DejaVu Sans", 0.45);
        assertAuto(FieldReaders.read(new FormPage(s.gray(), ref), email, engine), "maria.kim74@example.com");
    }
}
