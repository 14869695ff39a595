package org.yomitori.samples;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

/**
 * How a form is filled in: the writer's font, how unsteady the hand is, the pen, and how dates and
 * ticks are written.
 *
 * @param font      an installed font family, e.g. {@link #IPAEX_GOTHIC}
 * @param jitter    0 = printed (every character the same), 1 = a very unsteady hand
 * @param ink       pen colour
 * @param dateStyle how free date fields are written
 * @param checkMark how chosen checkboxes are marked
 * @param seed      seeds the jitter, so the same style draws the same page
 */
public record FillStyle(String font, double jitter, Ink ink, DateStyle dateStyle, CheckMark checkMark, long seed) {
    public static final String IPAEX_GOTHIC = "IPAexGothic";
    public static final String IPAEX_MINCHO = "IPAexMincho";
    public static final String NOTO_SANS = "Noto Sans CJK JP";
    public static final String NOTO_SERIF = "Noto Serif CJK JP";
    public static final List<String> FONTS = List.of(IPAEX_GOTHIC, IPAEX_MINCHO, NOTO_SANS, NOTO_SERIF);

    public enum Ink { BLACK, BLUE }

    /** Ticked ✓, crossed ×, filled ■, or the option's printed label circled ○. */
    public enum CheckMark { TICK, CROSS, FILL, CIRCLE }

    /** How a date is written where nothing is printed: 和暦 or 西暦 in the usual forms. */
    public enum DateStyle {
        /** 令和6年4月1日, 令和元年5月1日. */
        WAREKI,
        /** R6.4.1. */
        WAREKI_SHORT,
        /** 2024/4/1. */
        SEIREKI_SLASH,
        /** 2024年4月1日. */
        SEIREKI_KANJI,
        /** 2024-04-01. */
        ISO;

        public String format(LocalDate d) {
            return switch (this) {
                case WAREKI -> {
                    Wareki w = Wareki.of(d);
                    yield w.era() + w.yearText(true) + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
                }
                case WAREKI_SHORT -> {
                    Wareki w = Wareki.of(d);
                    yield w.letter() + w.year() + "." + d.getMonthValue() + "." + d.getDayOfMonth();
                }
                case SEIREKI_SLASH -> d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
                case SEIREKI_KANJI -> d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
                case ISO -> d.format(DateTimeFormatter.ISO_LOCAL_DATE);
            };
        }

        /** The style used on a form in a Latin-script language, where eras are not written. */
        DateStyle forLatinForm() {
            return this == WAREKI || this == WAREKI_SHORT || this == SEIREKI_KANJI ? ISO : this;
        }
    }

    public FillStyle {
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("jitter must be within 0..1: " + jitter);
        }
    }

    /** Printed with a word processor: IPAex Gothic, black, no jitter, 和暦 dates, ticks. */
    public static FillStyle printed() {
        return new FillStyle(IPAEX_GOTHIC, 0, Ink.BLACK, DateStyle.WAREKI, CheckMark.TICK, 0);
    }

    /** A hand-like writer with every choice drawn from {@code seed}. */
    public static FillStyle random(long seed) {
        Random r = new Random(seed);
        return new FillStyle(FONTS.get(r.nextInt(FONTS.size())), 0.3 + 0.6 * r.nextDouble(),
                r.nextBoolean() ? Ink.BLUE : Ink.BLACK, DateStyle.values()[r.nextInt(4)],
                CheckMark.values()[r.nextInt(CheckMark.values().length)], seed);
    }

    public FillStyle withFont(String family) {
        return new FillStyle(family, jitter, ink, dateStyle, checkMark, seed);
    }

    public FillStyle withJitter(double amount) {
        return new FillStyle(font, amount, ink, dateStyle, checkMark, seed);
    }

    public FillStyle withInk(Ink pen) {
        return new FillStyle(font, jitter, pen, dateStyle, checkMark, seed);
    }

    public FillStyle withDateStyle(DateStyle style) {
        return new FillStyle(font, jitter, ink, style, checkMark, seed);
    }

    public FillStyle withCheckMark(CheckMark mark) {
        return new FillStyle(font, jitter, ink, dateStyle, mark, seed);
    }

    public FillStyle withSeed(long newSeed) {
        return new FillStyle(font, jitter, ink, dateStyle, checkMark, newSeed);
    }
}
