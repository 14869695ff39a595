package org.yomitori.validate;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the ways dates are written on Japanese forms into {@link LocalDate}: 和暦 (令和6年4月1日,
 * 令和元年5月1日, R6.4.1, ㋿6年4月1日, 平成三十一年四月三十日), 西暦 (2024/4/1, 2024年4月1日, 20240401)
 * and English (October 20, 1995; 20 Oct 1995). 元年 is handled here rather than by java.time,
 * whose formatting of year 1 changed between JDK releases.
 */
public final class JapaneseDates {
    /** Years outside this range are not dates anyone writes on a municipal form. */
    static final int MIN_YEAR = 1868;
    static final int MAX_YEAR = 2199;
    private static final String SEP = "(?:[./\\-]|年|月)";
    private static final Pattern ERA = Pattern.compile(
            "^(明治|大正|昭和|平成|令和|[明大昭平令]|[MTSHR])\\.?(\\d{1,2})" + SEP + "(\\d{1,2})" + SEP + "(\\d{1,2})日?$");
    private static final Pattern WESTERN = Pattern.compile("^(\\d{4})" + SEP + "(\\d{1,2})" + SEP + "(\\d{1,2})日?$");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
    private static final Pattern YEAR_LAST = Pattern.compile("^(\\d{1,2})[./\\-](\\d{1,2})[./\\-](\\d{4})$");
    private static final Pattern MONTH_FIRST = Pattern.compile("^([A-Z]+)\\.?(\\d{1,2})(?:ST|ND|RD|TH)?,?(\\d{4})$");
    private static final Pattern DAY_FIRST = Pattern.compile("^(\\d{1,2})(?:ST|ND|RD|TH)?([A-Z]+)\\.?,?(\\d{4})$");
    private static final String[] MONTHS = {"JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY",
        "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"};

    private JapaneseDates() {
    }

    /** Reads a written date; never throws on bad input. 20/04/2026 is read day first. */
    public static DateReading parse(String text) {
        return parse(text, false);
    }

    /**
     * @param monthFirst read a numeric date with the year last as month/day/year (US forms)
     *                   rather than day/month/year
     */
    public static DateReading parse(String text, boolean monthFirst) {
        if (text == null) {
            return DateReading.failed(DateReading.UNPARSEABLE);
        }
        String s = normalise(text);
        Matcher m = ERA.matcher(s);
        if (m.matches()) {
            Optional<Era> era = Era.of(m.group(1));
            return era.isEmpty() ? DateReading.failed(DateReading.UNPARSEABLE)
                    : of(era.get(), num(m.group(2)), num(m.group(3)), num(m.group(4)));
        }
        for (Pattern p : new Pattern[] {WESTERN, COMPACT}) {
            m = p.matcher(s);
            if (m.matches()) {
                return gregorian(num(m.group(1)), num(m.group(2)), num(m.group(3)));
            }
        }
        m = YEAR_LAST.matcher(s);
        if (m.matches()) {
            int a = num(m.group(1));
            int b = num(m.group(2));
            return monthFirst ? gregorian(num(m.group(3)), a, b) : gregorian(num(m.group(3)), b, a);
        }
        return english(s.replaceAll("[^A-Z0-9,.]", ""));
    }

    /** The date written as era year month day (a printed 「令和　年　月　日」 line); year 1 is 元年. */
    public static DateReading of(Era era, int eraYear, int month, int day) {
        if (eraYear < 1) {
            return DateReading.failed(DateReading.INVALID);
        }
        DateReading g = gregorian(era.gregorianYear(eraYear), month, day);
        if (!g.isOk()) {
            return g;
        }
        LocalDate date = g.date();
        if (date.isBefore(era.start())) {
            return DateReading.failed(DateReading.INVALID);
        }
        boolean overflow = era.end() != null && date.isAfter(era.end());
        return new DateReading(date, era, overflow, null);
    }

    /** 和暦 as a verifier reads it, e.g. 令和元年5月1日; 西暦 for dates before Meiji. */
    public static String format(LocalDate date) {
        Optional<Era> era = Era.containing(date);
        if (era.isEmpty()) {
            return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        }
        int year = date.getYear() - era.get().start().getYear() + 1;
        return era.get().kanji() + (year == 1 ? "元" : String.valueOf(year)) + "年"
                + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** NFKC folds full-width digits and the era ligatures (㍻ -> 平成); then kanji numerals and 元年. */
    static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        s = s.replace('‐', '-').replace('−', '-').replace('ー', '-').replace('－', '-').replace('〜', '-');
        s = s.replace("元年", "1年").replace("元.", "1.").replace("元/", "1/");
        return KanjiNumerals.toArabic(s).toUpperCase(Locale.ROOT);
    }

    private static DateReading gregorian(int year, int month, int day) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return DateReading.failed(DateReading.INVALID);
        }
        try {
            return new DateReading(LocalDate.of(year, month, day), null, false, null);
        } catch (DateTimeException e) {
            return DateReading.failed(DateReading.INVALID);
        }
    }

    private static DateReading english(String s) {
        Matcher m = MONTH_FIRST.matcher(s);
        if (m.matches() && month(m.group(1)) > 0) {
            return gregorian(num(m.group(3)), month(m.group(1)), num(m.group(2)));
        }
        m = DAY_FIRST.matcher(s);
        if (m.matches() && month(m.group(2)) > 0) {
            return gregorian(num(m.group(3)), month(m.group(2)), num(m.group(1)));
        }
        return DateReading.failed(DateReading.UNPARSEABLE);
    }

    /** 1..12 for a month name or its abbreviation of three or more letters (SEPT), else 0. */
    private static int month(String name) {
        for (int i = 0; i < MONTHS.length; i++) {
            if (name.length() >= 3 && MONTHS[i].startsWith(name)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int num(String digits) {
        return digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }
}
