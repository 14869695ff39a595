package org.yomitori.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yomitori.validate.DateReading;
import org.yomitori.validate.JapaneseDates;

/**
 * Second chances for a written date that does not parse as read. Each candidate spelling of each
 * read (the era's first kanji read as a look-alike, 今和 for a hand-written 令和, or lost, leaving
 * 和) is parsed; a value is only taken when every candidate that gives a plausible date gives the
 * same one. A repaired date always goes to a person: the repair makes it likely, not certain.
 */
final class DateRepair {
    static final String DATE_REPAIRED = "date_repaired";
    /** Confidence of a repaired date: below any threshold that lets a field through unseen. */
    static final double REPAIRED_CAP = 0.45;
    /** Characters Tesseract reads for a hand-written 令; whitelisted so that the era is not dropped. */
    static final String REI_LOOKALIKES = "今念";
    private static final Pattern REI_MISREAD = Pattern.compile("^[" + REI_LOOKALIKES + "]和");
    /** The era's first kanji lost: 令和 and 昭和 both end in 和. */
    private static final Pattern BARE_WA = Pattern.compile("^和(?=\\d)");
    /** Dates further ahead than this are not written on an application. */
    private static final int MAX_YEARS_AHEAD = 1;

    private DateRepair() {
    }

    /**
     * @param texts the reads of the date, best first
     * @param today the reference day for plausibility (dates may lie up to a year ahead)
     * @return the date the reads settle on: at least one read allows only it, and every read
     *         allows it or nothing; empty otherwise
     */
    static Optional<LocalDate> rescue(List<String> texts, boolean monthFirst, LocalDate today) {
        LocalDate latest = today.plusYears(MAX_YEARS_AHEAD);
        List<Set<LocalDate>> perRead = texts.stream().map(t -> plausible(t, monthFirst, latest)).toList();
        Set<LocalDate> decided = new LinkedHashSet<>();
        perRead.stream().filter(d -> d.size() == 1).forEach(decided::addAll);
        if (decided.size() != 1) {
            return Optional.empty();
        }
        LocalDate date = decided.iterator().next();
        // A read that allows several dates must still allow this one.
        boolean consistent = perRead.stream().allMatch(d -> d.isEmpty() || d.contains(date));
        return consistent ? Optional.of(date) : Optional.empty();
    }

    private static Set<LocalDate> plausible(String text, boolean monthFirst, LocalDate latest) {
        Set<LocalDate> dates = new LinkedHashSet<>();
        for (String candidate : spellings(text)) {
            DateReading d = JapaneseDates.parse(candidate, monthFirst);
            if (d.isOk() && !d.eraOverflow() && !d.date().isAfter(latest)) {
                dates.add(d.date());
            }
        }
        return dates;
    }

    /** The text with a leading 今和 or 念和 (a hand-written 令和 as read) spelt 令和; else as it was. */
    static String withReiRestored(String text) {
        if (text == null) {
            return null;
        }
        String s = text.replaceAll("\\s+", "");
        return REI_MISREAD.matcher(s).find() ? "令" + s.substring(1) : text;
    }

    /** The text itself and the era spellings it may stand for. */
    static List<String> spellings(String text) {
        String s = text == null ? "" : text.replaceAll("\\s+", "");
        List<String> out = new ArrayList<>(List.of(s));
        String rei = withReiRestored(s);
        if (!rei.equals(s)) {
            out.add(rei);
        } else if (BARE_WA.matcher(s).find()) {
            out.add("令" + s);
            out.add("昭" + s);
        }
        return out;
    }
}
