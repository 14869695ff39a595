package org.yomitori.validate;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The Japanese eras since the Gregorian calendar, with the spellings people write. Start dates
 * match {@link java.time.chrono.JapaneseEra} (Meiji from 1868-01-01, as java.time counts it).
 */
public enum Era {
    MEIJI("明治", 'M', LocalDate.of(1868, 1, 1)),
    TAISHO("大正", 'T', LocalDate.of(1912, 7, 30)),
    SHOWA("昭和", 'S', LocalDate.of(1926, 12, 25)),
    HEISEI("平成", 'H', LocalDate.of(1989, 1, 8)),
    REIWA("令和", 'R', LocalDate.of(2019, 5, 1));

    private final String kanji;
    private final char letter;
    private final LocalDate start;

    Era(String kanji, char letter, LocalDate start) {
        this.kanji = kanji;
        this.letter = letter;
        this.start = start;
    }

    public String kanji() {
        return kanji;
    }

    public char letter() {
        return letter;
    }

    public LocalDate start() {
        return start;
    }

    /** The last day of the era, or null for the current one. */
    public LocalDate end() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1].start.minusDays(1) : null;
    }

    /** The Gregorian year of the era's year {@code eraYear} (1 = 元年). */
    public int gregorianYear(int eraYear) {
        return start.getYear() + eraYear - 1;
    }

    /** By kanji name (令和), one-character abbreviation (令) or letter (R, r). */
    public static Optional<Era> of(String name) {
        for (Era e : values()) {
            if (e.kanji.equals(name) || e.kanji.substring(0, 1).equals(name)
                    || (name.length() == 1 && Character.toUpperCase(name.charAt(0)) == e.letter)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The era a date falls in, or empty before Meiji. */
    public static Optional<Era> containing(LocalDate date) {
        Era found = null;
        for (Era e : values()) {
            if (!date.isBefore(e.start)) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }
}
