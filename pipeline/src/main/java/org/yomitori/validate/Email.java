package org.yomitori.validate;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** E-mail addresses as people write them on forms: local@domain.tld, ASCII only. */
public final class Email {
    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,}");

    private static final String DIGIT_LOOKALIKES_FROM = "0156789";
    private static final String DIGIT_LOOKALIKES_TO = "olsgtbg";

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

    /**
     * Undoes OCR slips that an address's grammar shows and that have one reading: marks after the
     * end or before the @ ("jp." , "._jp"), an underscore in the domain (host names have none),
     * and digits in the top-level domain, which is letters only (or9 -> org).
     */
    public static String repair(String address) {
        String s = address.replaceAll("[._-]+$", "").replaceAll("^[._-]+", "");
        int at = s.lastIndexOf('@');
        if (at < 0) {
            return s;
        }
        String domain = s.substring(at + 1).replace("_", "").replaceAll("\\.{2,}", ".");
        int dot = domain.lastIndexOf('.');
        if (dot >= 0) {
            domain = domain.substring(0, dot + 1) + lettersOnly(domain.substring(dot + 1));
        }
        return s.substring(0, at + 1) + domain;
    }

    private static String lettersOnly(String tld) {
        StringBuilder out = new StringBuilder();
        for (char c : tld.toCharArray()) {
            int i = DIGIT_LOOKALIKES_FROM.indexOf(c);
            out.append(i >= 0 ? DIGIT_LOOKALIKES_TO.charAt(i) : c);
        }
        return out.toString();
    }

    public static boolean isValid(String text) {
        return text != null && ADDRESS.matcher(text).matches() && text.length() <= 254;
    }
}
