package org.yomitori.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dates as core systems take them: 和暦 with 元年 at every era boundary, and java.time patterns. */
class DateTextTest {
    private static final DateText WAREKI = DateText.of("wareki", false);

    private static String wareki(String iso) {
        return WAREKI.format(LocalDate.parse(iso)).orElseThrow();
    }

    @Test
    void eraBoundariesAreWrittenWithGannenForTheFirstYear() {
        assertEquals("令和元年5月1日", wareki("2019-05-01"));
        assertEquals("平成31年4月30日", wareki("2019-04-30"));
        assertEquals("令和6年4月1日", wareki("2024-04-01"));
        assertEquals("平成元年1月8日", wareki("1989-01-08"));
        assertEquals("昭和64年1月7日", wareki("1989-01-07"));
        assertEquals("昭和元年12月25日", wareki("1926-12-25"));
        assertEquals("大正15年12月24日", wareki("1926-12-24"));
        assertEquals("明治元年1月1日", wareki("1868-01-01"));
    }

    @Test
    void aDateBeforeMeijiHasNoWareki() {
        assertEquals(Optional.empty(), WAREKI.format(LocalDate.of(1867, 12, 31)));
    }

    @Test
    void patternsFormatDatesAndTimeStamps() {
        assertEquals("20240401", DateText.of("yyyyMMdd", false).format(LocalDate.of(2024, 4, 1)).orElseThrow());
        assertEquals("2024/04/01 09:30", DateText.of("yyyy/MM/dd HH:mm", true)
                .format(ZonedDateTime.of(2024, 4, 1, 9, 30, 0, 0, ZoneId.of("Asia/Tokyo"))).orElseThrow());
        assertEquals("令和6年4月1日", WAREKI.format(ZonedDateTime.of(2024, 4, 1, 23, 0, 0, 0, ZoneId.of("Asia/Tokyo")))
                .orElseThrow());
    }

    @Test
    void aPatternADateCannotFillIsRefusedWhenLoaded() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateText.of("yyyyMMdd HH", false));
        assertEquals(true, e.getMessage().startsWith("pattern 'yyyyMMdd HH' cannot format a date"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DateText.of("yyyy-MM-dd'", false));
    }

    @Test
    void myNumbersAreMaskedToTheirLastFourDigits() {
        assertEquals("********9018", CellFormatter.mask("123456789018"));
        assertEquals("********9018", CellFormatter.mask("1234 5678 9018"));
        assertEquals("*23", CellFormatter.mask("123"));
        assertEquals("", CellFormatter.mask(""));
    }
}
