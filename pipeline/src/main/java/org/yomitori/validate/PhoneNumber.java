package org.yomitori.validate;

import java.text.Normalizer;

/**
 * Japanese telephone numbers: 10 digits for fixed lines and 0120, 11 for mobiles (070/080/090),
 * IP phones (050), M2M (020) and 0800; a 2–5 digit area code starting with 0, grouped with hyphens
 * or brackets (03-1234-5678, 03(1234)5678, 090-1234-5678); +81 stands for the leading 0.
 */
public final class PhoneNumber {
    private PhoneNumber() {
    }

    /** The digits of a written number, +81 turned into 0; separators dropped. */
    public static String digits(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).replaceAll("\\s", "");
        if (s.startsWith("+81")) {
            s = "0" + s.substring(3).replaceFirst("^\\(?0\\)?", "");
        }
        return s.replaceAll("[-‐−ー－()]", "");
    }

    public static boolean isValid(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).replaceAll("\\s", "");
        if (!s.matches("\\+?[0-9\\-‐−ー－()]+")) {
            return false;
        }
        String d = digits(s);
        if (!d.matches("0[1-9]\\d{8,9}")) {
            return false;
        }
        // 0X0 prefixes are non-geographic: 11 digits; geographic numbers and 0120 are 10 digits.
        boolean nonGeographic = d.matches("0[2-9]0\\d+|0800\\d+");
        boolean elevenDigitPrefix = d.matches("0[25-9]0\\d+|0800\\d+");
        if (d.length() == 11 ? !elevenDigitPrefix : nonGeographic) {
            return false;
        }
        return groupsPlausible(s.replaceAll("^\\+81", "0").replaceAll("[()]", "-").replaceAll("-+", "-"));
    }

    /** Written with hyphens: three groups, the area code (first group) 2–5 digits. */
    private static boolean groupsPlausible(String grouped) {
        String trimmed = grouped.replaceAll("^-|-$", "").replaceAll("[‐−ー－]", "-");
        if (!trimmed.contains("-")) {
            return true;
        }
        String[] groups = trimmed.split("-");
        return groups.length == 3 && groups[0].length() >= 2 && groups[0].length() <= 5
                && groups[1].length() >= 1 && groups[1].length() <= 4 && groups[2].length() >= 3 && groups[2].length() <= 4;
    }
}
