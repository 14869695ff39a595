package org.yomitori.validate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rewrites runs of kanji numerals (二十三, 十二, 〇五) as Arabic digits; enough for dates. */
final class KanjiNumerals {
    private static final String DIGITS = "〇一二三四五六七八九";
    private static final Pattern RUN = Pattern.compile("[〇零一二三四五六七八九十]+");

    private KanjiNumerals() {
    }

    static String toArabic(String text) {
        Matcher m = RUN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, String.valueOf(valueOf(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** 十 multiplies the digit before it (二十 = 20) and adds the one after (十二 = 12); else digits concatenate. */
    private static long valueOf(String run) {
        int ten = run.indexOf('十');
        if (ten < 0) {
            long v = 0;
            for (char c : run.toCharArray()) {
                v = v * 10 + digit(c);
            }
            return v;
        }
        int tens = ten == 0 ? 1 : digit(run.charAt(ten - 1));
        int ones = ten + 1 < run.length() ? digit(run.charAt(ten + 1)) : 0;
        return tens * 10L + ones;
    }

    private static int digit(char c) {
        return c == '零' ? 0 : Math.max(0, DIGITS.indexOf(c));
    }
}
