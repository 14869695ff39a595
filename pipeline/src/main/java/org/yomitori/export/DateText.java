package org.yomitori.export;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;
import org.yomitori.validate.Era;

/**
 * How a date column is written: {@code wareki} (和暦 as on municipal forms: 令和6年4月1日, with 元年
 * for the first year of an era) or a java.time pattern such as {@code yyyyMMdd} or
 * {@code yyyy/MM/dd}. 元年 is written here rather than by java.time, whose Japanese-calendar
 * formatting of year 1 differs between JDK releases.
 */
final class DateText {
    static final String WAREKI = "wareki";

    private final String spec;
    private final DateTimeFormatter pattern;

    private DateText(String spec, DateTimeFormatter pattern) {
        this.spec = spec;
        this.pattern = pattern;
    }

    /**
     * Parses a spec; {@code withTime}: the column holds a time stamp (released_at), so patterns may
     * use hours and minutes. Throws IllegalArgumentException for a pattern that cannot be used.
     */
    static DateText of(String spec, boolean withTime) {
        if (WAREKI.equals(spec)) {
            return new DateText(spec, null);
        }
        DateTimeFormatter f = DateTimeFormatter.ofPattern(spec);
        TemporalAccessor sample = withTime ? ZonedDateTime.of(2024, 4, 1, 9, 30, 0, 0, ZoneOffset.UTC)
                : LocalDate.of(2024, 4, 1);
        try {
            f.format(sample); // a pattern asking for what a date does not have fails here, not at delivery
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("pattern '" + spec + "' cannot format a "
                    + (withTime ? "time stamp" : "date") + ": " + e.getMessage(), e);
        }
        return new DateText(spec, f);
    }

    /** The date as text; empty when it lies before the first era 和暦 can name (Meiji). */
    Optional<String> format(LocalDate date) {
        if (pattern != null) {
            return Optional.of(pattern.format(date));
        }
        return Era.containing(date).map(era -> era.kanji() + year(date.getYear() - era.start().getYear() + 1) + "年"
                + date.getMonthValue() + "月" + date.getDayOfMonth() + "日");
    }

    /** A time stamp as text (released_at): 和暦 takes its date. */
    Optional<String> format(ZonedDateTime at) {
        return pattern != null ? Optional.of(pattern.format(at)) : format(at.toLocalDate());
    }

    private static String year(int eraYear) {
        return eraYear == 1 ? "元" : Integer.toString(eraYear);
    }

    @Override
    public String toString() {
        return spec;
    }
}
