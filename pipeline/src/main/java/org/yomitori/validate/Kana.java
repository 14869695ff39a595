package org.yomitori.validate;

import java.text.Normalizer;

/**
 * フリガナ: full-width katakana. Normalises what people and OCR produce (half-width ｶﾀｶﾅ, hiragana
 * ふりがな, full-width spaces) to full-width katakana with single ASCII spaces.
 */
public final class Kana {
    private static final int HIRAGANA_TO_KATAKANA = 'ア' - 'あ';

    private Kana() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        // NFKC widens half-width katakana and composes ｶﾞ into ガ; it leaves hiragana alone.
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'ぁ' && c <= 'ゖ') || c == 'ゝ' || c == 'ゞ') {
                out.append((char) (c + HIRAGANA_TO_KATAKANA));
            } else if (c == '-' || c == '－' || c == '―' || c == '‐') {
                out.append('ー'); // a long-vowel mark written or read as a dash
            } else {
                out.append(c);
            }
        }
        return out.toString().replaceAll("\\s+", " ").trim();
    }

    /** True when every character is a full-width katakana letter, ー, ・, ヽ, ヾ or a space. */
    public static boolean isKatakana(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean katakana = c >= 'ァ' && c <= 'ヺ';
            if (!katakana && c != 'ー' && c != '・' && c != 'ヽ' && c != 'ヾ' && c != ' ') {
                return false;
            }
        }
        return true;
    }
}
