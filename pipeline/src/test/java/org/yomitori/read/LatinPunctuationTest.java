package org.yomitori.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yomitori.imaging.GrayImage;
import org.yomitori.ocr.OcrConfig;
import org.yomitori.ocr.OcrEngine;
import org.yomitori.record.FieldResult;
import org.yomitori.template.Box;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.FieldType;

/** Dots, dashes, commas and a bar-like l as hand-writers make them, decided from the ink. */
class LatinPunctuationTest {
    private static final Box ROW = new Box(100, 100, 1400, 110);
    private static OcrEngine engine;

    @BeforeAll
    static void needsTesseract() {
        OcrConfig config = OcrConfig.defaults();
        assumeTrue(config.hasLanguage("eng"), "Tesseract eng model not installed");
        engine = new OcrEngine(config);
    }

    @AfterAll
    static void close() {
        if (engine != null) {
            engine.close();
        }
    }

    private static FieldResult read(FieldSpec spec, String text) {
        Sheet ref = Sheet.blank(1600, 320, 1);
        ref.print(ROW);
        GrayImage blank = ref.gray();
        Sheet s = Sheet.of(blank, 7);
        s.write(text, ROW, "IPAexGothic", 0.45);
        return FieldReaders.read(new FormPage(s.gray(), blank), spec, engine);
    }

    @Test
    void aDotWrittenAtMidHeightIsADotNotAHyphen() {
        FieldResult r = read(Fields.english("email", FieldType.EMAIL, ROW), "taro·yamada@mail·example·jp");
        assertEquals("taro.yamada@mail.example.jp", r.value(), r.toString());
    }

    @Test
    void commasWrittenAsRaisedTicksAreKept() {
        FieldResult r = read(Fields.english("address", FieldType.TEXT, ROW), "4-8-2 Kumoji’ Naha’ Okinawa");
        assertEquals("4-8-2 Kumoji, Naha, Okinawa", r.value(), r.toString());
    }

    @Test
    void shapeDecidesDotOrDash() {
        assertEquals(".", DotOrDash.shape(new Box(0, 0, 6, 5), "-"));
        assertEquals("-", DotOrDash.shape(new Box(0, 0, 18, 4), "."));
        assertEquals("-", DotOrDash.shape(new Box(0, 0, 9, 5), "-"));
    }

    @Test
    void aBarInAnEmailIsAnLOrBesideDigitsA1() {
        assertEquals("mail.example.jp", TextNormaliser.email("mai|.examp|e.jp"));
        assertEquals("ivanova19@x.org", TextNormaliser.email("ivanova|9@x.org"));
    }
}
