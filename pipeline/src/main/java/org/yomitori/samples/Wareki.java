package org.yomitori.samples;

import java.time.LocalDate;
import java.util.List;

/**
 * A date in the Japanese era calendar (和暦) as people write it on forms. Kept as a table rather
 * than {@code java.time.chrono.JapaneseDate} because forms need the era's printed name and its
 * one-letter abbreviation (R6.4.1), which the JDK's locale data does not promise.
 *
 * @param era      the era as printed, e.g. 令和
 * @param letter   its abbreviation, e.g. R
 * @param year     the year of the era (1 = 元年)
 */
record Wareki(String era, String letter, int year) {
    private record Era(String name, String letter, LocalDate start) {
    }

    /** Newest first. */
    private static final List<Era> ERAS = List.of(
            new Era("令和", "R", LocalDate.of(2019, 5, 1)),
            new Era("平成", "H", LocalDate.of(1989, 1, 8)),
            new Era("昭和", "S", LocalDate.of(1926, 12, 25)),
            new Era("大正", "T", LocalDate.of(1912, 7, 30)));

    static Wareki of(LocalDate date) {
        for (Era e : ERAS) {
            if (!date.isBefore(e.start())) {
                return new Wareki(e.name(), e.letter(), date.getYear() - e.start().getYear() + 1);
            }
        }
        throw new IllegalArgumentException("dates before the Taisho era are not written on these forms");
    }

    /** The year as written in full: 元 for the first year, else the number. */
    String yearText(boolean gannen) {
        return gannen && year == 1 ? "元" : Integer.toString(year);
    }
}
