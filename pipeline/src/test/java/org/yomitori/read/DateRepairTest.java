package org.yomitori.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateRepairTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void reiwaReadAsLookAlikeIsRepaired() {
        assertEquals(Optional.of(LocalDate.of(2026, 9, 29)),
                DateRepair.rescue(List.of("今 和 8 年 9 月 29 日", "和 8 年 9 月 29 日"), false, TODAY));
    }

    @Test
    void aLookAlikeOfReiIsReadAsReiwaWhenParsing() {
        assertEquals("2026-09-29", DateFieldReader.parse("今 和 8 年 9 月 29 日", false).date().toString());
        assertEquals("2025-01-22", DateFieldReader.parse("念和7年1月22日", false).date().toString());
        assertEquals("平成 28 年 5 月 11 日", DateRepair.withReiRestored("平成 28 年 5 月 11 日"));
        assertTrue(!DateFieldReader.parse("和 7 年 7 月 3 日", false).isOk(), "a lost era kanji stays a repair");
    }

    @Test
    void lostEraKanjiIsInferredOnlyWhenTheYearDecides() {
        // 昭和36 is a date, 令和36 lies in the future.
        assertEquals(Optional.of(LocalDate.of(1961, 5, 28)),
                DateRepair.rescue(List.of("和 36 年 5 月 28 日", ""), false, TODAY));
        // 令和7 and 昭和7 are both plausible: no guess.
        assertTrue(DateRepair.rescue(List.of("和 7 年 7 月 3 日", ""), false, TODAY).isEmpty());
    }

    @Test
    void theOtherReadIsUsedWhenItParses() {
        assertEquals(Optional.of(LocalDate.of(2025, 3, 15)),
                DateRepair.rescue(List.of("令和7年3月75日", "令和7年3月15日"), false, TODAY));
    }

    @Test
    void readsSettlingOnDifferentDatesGiveNothing() {
        assertTrue(DateRepair.rescue(List.of("令和7年3月15日", "令和7年3月16日"), false, TODAY).isEmpty());
        assertTrue(DateRepair.rescue(List.of("和 7 年 7 月 3 日", "今和 8 年 7 月 3 日"), false, TODAY).isEmpty());
    }

    @Test
    void nothingReadableGivesNothing() {
        assertTrue(DateRepair.rescue(List.of("年月日", "?"), false, TODAY).isEmpty());
    }
}
