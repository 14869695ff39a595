package org.yomitori.validate;

import java.text.Normalizer;
import java.util.Optional;

/** 郵便番号: seven digits, written 〒123-4567, 123-4567 or 1234567 (or in seven boxes). */
public final class PostalCode {
    private PostalCode() {
    }

    /** The code as {@code 123-4567}, or empty when the text is not seven digits with an optional 〒 and hyphen. */
    public static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s〒]", "")
                .replaceAll("[‐−ー－–—]", "-");
        if (!s.matches("\\d{3}-?\\d{4}")) {
            return Optional.empty();
        }
        String digits = s.replace("-", "");
        return Optional.of(digits.substring(0, 3) + "-" + digits.substring(3));
    }

    public static boolean isValid(String text) {
        return normalise(text).isPresent();
    }
}
