package org.yomitori.validate;

/**
 * Which small kana can follow which: ャュョ only after an i-row kana (キャ, シュ) or in loanword
 * spellings (テュ, フュ, ヴュ); a small vowel never after its own large kana (オォ); ッ never at the
 * end or before a vowel, ン or ー. OCR produces such spellings (a stroke of ヨ read as a ghost ョ),
 * people writing names do not.
 */
public final class KanaSpelling {
    private static final String SMALL_Y = "ャュョ";
    private static final String LARGE_Y = "ヤユヨ";
    private static final String SMALL_VOWELS = "ァィゥェォ";
    private static final String LARGE_VOWELS = "アイウエオ";
    /** Kana a small ャュョ may follow. */
    private static final String BEFORE_SMALL_Y = "キシチニヒミリギジヂビピテデフヴ";
    private static final String NOT_AFTER_SOKUON = "アイウエオンーッャュョァィゥェォ ";

    private KanaSpelling() {
    }

    /** True when every small kana stands where Japanese spelling allows one. */
    public static boolean isPlausible(String kana) {
        if (kana == null) {
            return false;
        }
        for (int i = 0; i < kana.length(); i++) {
            char c = kana.charAt(i);
            char prev = i > 0 ? kana.charAt(i - 1) : ' ';
            char next = i + 1 < kana.length() ? kana.charAt(i + 1) : ' ';
            if (SMALL_Y.indexOf(c) >= 0 && BEFORE_SMALL_Y.indexOf(prev) < 0) {
                return false;
            }
            if (SMALL_VOWELS.indexOf(c) >= 0 && (prev == ' ' || LARGE_VOWELS.charAt(SMALL_VOWELS.indexOf(c)) == prev)) {
                return false;
            }
            if (c == 'ッ' && (prev == ' ' || NOT_AFTER_SOKUON.indexOf(next) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Repairs the two OCR slips that have one reading: a small ャュョ where none may stand is the
     * large ヤユヨ (コバャシ), and a small kana right after its own large kana is a ghost (オォ, ヨョ).
     */
    public static String repair(String kana) {
        if (kana == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(kana.length());
        for (int i = 0; i < kana.length(); i++) {
            char c = kana.charAt(i);
            char prev = out.length() > 0 ? out.charAt(out.length() - 1) : ' ';
            int y = SMALL_Y.indexOf(c);
            int v = SMALL_VOWELS.indexOf(c);
            boolean ghost = y >= 0 && LARGE_Y.charAt(y) == prev || v >= 0 && LARGE_VOWELS.charAt(v) == prev;
            if (ghost) {
                continue;
            }
            boolean misplaced = y >= 0 && prev != ' ' && BEFORE_SMALL_Y.indexOf(prev) < 0;
            out.append(misplaced ? LARGE_Y.charAt(y) : c);
        }
        return out.toString();
    }
}
