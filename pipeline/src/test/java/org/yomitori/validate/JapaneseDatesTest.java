package org.yomitori.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JapaneseDatesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "令和6年4月1日|2024-04-01",
        "令和 6 年 4 月 1 日|2024-04-01",
        "令和６年４月１日|2024-04-01",
        "令和元年5月1日|2019-05-01",
        "令和元年５月１日|2019-05-01",
        "R6.4.1|2024-04-01",
        "r6.4.1|2024-04-01",
        "R06/04/01|2024-04-01",
        "H31.4.30|2019-04-30",
        "S64.1.7|1989-01-07",
        "H1.1.8|1989-01-08",
        "平成元年1月8日|1989-01-08",
        "平成31年4月30日|2019-04-30",
        "昭和45年10月3日|1970-10-03",
        "大正15年12月24日|1926-12-24",
        "明治45年7月29日|1912-07-29",
        "㋿6年4月1日|2024-04-01",
        "㍻9年9月9日|1997-09-09",
        "㍼50年1月15日|1975-01-15",
        "平成三十一年四月三十日|2019-04-30",
        "令和二年十二月二十五日|2020-12-25",
        "2024/4/1|2024-04-01",
        "2024-04-01|2024-04-01",
        "2024.4.1|2024-04-01",
        "2024年4月1日|2024-04-01",
        "２０２４年４月１日|2024-04-01",
        "20240401|2024-04-01",
        "October 20, 1995|1995-10-20",
        "Oct. 20, 1995|1995-10-20",
        "october 20 1995|1995-10-20",
        "20 October 1995|1995-10-20",
        "3rd March 2001|2001-03-03",
        "Sept 9, 2001|2001-09-09",
        "January 20° 1995|1995-01-20",
        "30/09/2026|2026-09-30",
        "01/06/2024|2024-06-01",
        "1.6.2024|2024-06-01",
    })
    void parsesWrittenDates(String text, String iso) {
        DateReading r = JapaneseDates.parse(text);
        assertTrue(r.isOk(), () -> text + " -> " + r.failure());
        assertEquals(LocalDate.parse(iso), r.date());
        assertEquals(List.of(), r.reasons());
    }

    @Test
    void monthFirstIsAnOption() {
        assertEquals(LocalDate.of(2024, 1, 6), JapaneseDates.parse("01/06/2024", true).date());
        assertEquals(List.of(DateReading.INVALID), JapaneseDates.parse("30/09/2026", true).reasons());
    }

    @Test
    void recordsTheEraWritten() {
        assertEquals(Era.HEISEI, JapaneseDates.parse("H9.9.9").era());
        assertNull(JapaneseDates.parse("1997/9/9").era());
    }

    @Test
    void heiseiEndsAndReiwaBeginsOnTheOfficialDays() {
        assertTrue(JapaneseDates.parse("平成31年4月30日").isOk());
        assertFalse(JapaneseDates.parse("平成31年4月30日").eraOverflow());
        assertTrue(JapaneseDates.parse("令和元年5月1日").isOk());
        DateReading beforeReiwa = JapaneseDates.parse("令和元年4月30日");
        assertFalse(beforeReiwa.isOk());
        assertEquals(List.of(DateReading.INVALID), beforeReiwa.reasons());
    }

    @Test
    void overflowingEraYearIsConvertedButFlagged() {
        DateReading r = JapaneseDates.parse("平成32年1月10日");
        assertEquals(LocalDate.of(2020, 1, 10), r.date());
        assertTrue(r.eraOverflow());
        assertEquals(List.of(DateReading.ERA_OVERFLOW), r.reasons());
        assertTrue(JapaneseDates.parse("平成31年5月1日").eraOverflow());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"令和6年2月30日", "2023/2/29", "令和0年1月1日", "1700/1/1", "H6.13.1"})
    void rejectsImpossibleDates(String text) {
        assertEquals(List.of(DateReading.INVALID), JapaneseDates.parse(text).reasons());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''", "令和年月日", "6年4月1日", "abc", "Smarch 3, 2001", "2024/4", "X6.4.1"})
    void reportsUnparseableText(String text) {
        assertEquals(List.of(DateReading.UNPARSEABLE), JapaneseDates.parse(text).reasons());
    }

    @Test
    void nullIsUnparseable() {
        assertFalse(JapaneseDates.parse(null).isOk());
    }

    @Test
    void agreesWithJavaTimeInsideEachEra() {
        JapaneseEra[] javaEras = {JapaneseEra.TAISHO, JapaneseEra.SHOWA, JapaneseEra.HEISEI, JapaneseEra.REIWA};
        Era[] ours = {Era.TAISHO, Era.SHOWA, Era.HEISEI, Era.REIWA};
        for (int i = 0; i < ours.length; i++) {
            for (int year = 2; year <= 14; year += 3) {
                LocalDate expected = LocalDate.from(JapaneseDate.of(javaEras[i], year, 6, 15));
                assertEquals(expected, JapaneseDates.of(ours[i], year, 6, 15).date(), ours[i] + " " + year);
            }
            LocalDate first = LocalDate.from(JapaneseDate.of(javaEras[i], 1, ours[i].start().getMonthValue(),
                    ours[i].start().getDayOfMonth()));
            assertEquals(first, ours[i].start());
        }
    }

    @Test
    void formatsYearOneAsGannen() {
        assertEquals("令和元年5月1日", JapaneseDates.format(LocalDate.of(2019, 5, 1)));
        assertEquals("平成31年4月30日", JapaneseDates.format(LocalDate.of(2019, 4, 30)));
        assertEquals("昭和64年1月7日", JapaneseDates.format(LocalDate.of(1989, 1, 7)));
        assertEquals("平成元年1月8日", JapaneseDates.format(LocalDate.of(1989, 1, 8)));
    }

    @Test
    void formatAndParseRoundTrip() {
        for (LocalDate d = LocalDate.of(1900, 1, 1); d.getYear() < 2030; d = d.plusDays(97)) {
            assertEquals(d, JapaneseDates.parse(JapaneseDates.format(d)).date(), d.toString());
        }
    }
}
