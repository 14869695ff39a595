package org.yomitori.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishCaseTest {
    private static Reading agreeing(String first, String second) {
        LineOcr.Result r = new LineOcr.Result(null, 100, Reads.of(first), Reads.of(second), true);
        Reading disagreed = Reading.of(first, first, 0.45).withReason(FieldReaders.OCR_DISAGREEMENT);
        return EnglishCase.agreeing(disagreed, r, TextNormaliser::text, Reads.TEXT);
    }

    @Test
    void readsDifferingOnlyInCaseOrSpacingAgreeOnTheBetterCasedValue() {
        Reading r = agreeing("Emily nguyen", "Emily Nguyen");
        assertEquals("Emily Nguyen", r.value());
        assertEquals(List.of(), r.reasons());
        assertEquals(0.95, r.confidence(), 1e-9, "agreeing reads of two models, symbols at 0.9");
        assertEquals("Philippines", agreeing("Phil ipPines", "Philippines").value());
        assertEquals("Vietnam", agreeing("Vietnam", "vietnam").value(), "the chosen read on a tie or better");
    }

    @Test
    void anyOtherDifferenceStaysADisagreement() {
        LineOcr.Result r = new LineOcr.Result(null, 100, Reads.of("James Ivanova"), Reads.of("James Tvanova"), true);
        Reading disagreed = Reading.of("James Ivanova", "", 0.45).withReason(FieldReaders.OCR_DISAGREEMENT);
        assertSame(disagreed, EnglishCase.agreeing(disagreed, r, TextNormaliser::text, Reads.TEXT));
    }

    @Test
    void odditiesCountMiscasedWordsAndSplits() {
        assertEquals(1, EnglishCase.oddities("Minh Ivanova"), "one word break");
        assertEquals(2, EnglishCase.oddities("Minh IVanova"));
        assertEquals(2, EnglishCase.oddities("APt 305"));
        assertEquals(0, EnglishCase.oddities("OSAKA"), "all capitals is a way of writing");
        assertEquals(3, EnglishCase.oddities("Phil ipPines"));
    }
}
