package org.yomitori.validate;

import java.time.LocalDate;
import java.util.List;

/**
 * A date read from text: the date, or why there is none.
 *
 * @param date        the date, or null when the text is not a valid date
 * @param era         the era the text was written in, or null for 西暦
 * @param eraOverflow the era year runs past the era's end (平成32年): converted, but a person should look
 * @param failure     null when {@code date} is set, else {@code unparseable_date} or {@code invalid_date}
 */
public record DateReading(LocalDate date, Era era, boolean eraOverflow, String failure) {
    public static final String UNPARSEABLE = "unparseable_date";
    public static final String INVALID = "invalid_date";
    public static final String ERA_OVERFLOW = "era_overflow";

    static DateReading failed(String reason) {
        return new DateReading(null, null, false, reason);
    }

    public boolean isOk() {
        return date != null;
    }

    /** Reason codes a reader should attach: the failure, or the era overflow flag. */
    public List<String> reasons() {
        if (failure != null) {
            return List.of(failure);
        }
        return eraOverflow ? List.of(ERA_OVERFLOW) : List.of();
    }
}
