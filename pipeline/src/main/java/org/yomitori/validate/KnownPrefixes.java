package org.yomitori.validate;

import java.util.Optional;

/**
 * The words a Japanese name or address usually starts with that the pipeline knows: the common
 * surnames ({@link Surnames}) and the 47 prefectures ({@link Prefectures}).
 */
public final class KnownPrefixes {
    private KnownPrefixes() {
    }

    /** The known surname or prefecture {@code value} starts with, the longest first. */
    public static Optional<String> of(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> prefecture = Prefectures.prefixOf(value);
        return prefecture.isPresent() ? prefecture : Optional.ofNullable(Surnames.prefixOf(value));
    }

    /** Whether {@code word} is itself a known surname or prefecture. */
    public static boolean isKnown(String word) {
        return Prefectures.KANJI.contains(word) || !Surnames.readings(word).isEmpty();
    }
}
