package org.yomitori.template;

import java.util.Locale;

/**
 * A rule a template declares between two of its fields; a document whose values break it has both
 * fields sent to review with the rule's reason.
 *
 * @param kind  what must hold
 * @param field the field the rule is about (the earlier date; the kana reading)
 * @param other the field it is checked against (the later date; the name in kanji)
 */
public record FieldRule(Kind kind, String field, String other) {

    /** The kinds of rule, by the name a template file gives them. */
    public enum Kind {
        /** {@code field}'s date is on or before {@code other}'s (e.g. a birth date and the filing date). */
        BEFORE,
        /** {@code field} (katakana) is a plausible reading of {@code other} (a name in kanji). */
        READING_OF;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind fromId(String id) {
            for (Kind k : values()) {
                if (k.id().equals(id)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown rule '" + id + "' (known: before, reading_of)");
        }
    }
}
