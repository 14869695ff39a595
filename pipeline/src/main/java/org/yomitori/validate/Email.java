package org.yomitori.validate;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** E-mail addresses as people write them on forms: local@domain.tld, ASCII only. */
public final class Email {
    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,}");

    private Email() {
    }

    /** Full-width letters folded, spaces removed, the domain lower-cased. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "").replace('＠', '@');
        int at = s.lastIndexOf('@');
        return at < 0 ? s : s.substring(0, at + 1) + s.substring(at + 1).toLowerCase(java.util.Locale.ROOT);
    }

    public static boolean isValid(String text) {
        return text != null && ADDRESS.matcher(text).matches() && text.length() <= 254;
    }
}
