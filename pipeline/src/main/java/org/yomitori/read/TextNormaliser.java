package org.yomitori.read;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.yomitori.validate.Email;
import org.yomitori.validate.Kana;
import org.yomitori.validate.PostalCode;

/** Turns OCR text into a field's value shape; never invents characters. */
final class TextNormaliser {
    /** Tesseract's jpn model puts a space between most characters; only spaces between Latin words mean anything. */
    private static final Pattern CJK_SPACE = Pattern.compile(
            "(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々〆〇、。・（）])\\s+|\\s+(?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々〆〇、。・（）])");
    static final String BAR = "|";
    private static final String DASHES = "[‐−ー－–—―]";

    private TextNormaliser() {
    }

    /** A vertical bar beside a digit or hyphen is a 1 (4丁目|-19): no one writes a bar in an address or name. */
    static String text(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).trim().replaceAll("\\s+", " ")
                .replaceAll("(?<=[0-9-])\\||\\|(?=[0-9-])", "1");
        return CJK_SPACE.matcher(s).replaceAll("");
    }

    /** Katakana without spaces between kana (a space between family and given name is not readable reliably). */
    static String kana(String raw) {
        return Kana.normalise(raw).replace(" ", "");
    }

    static String digits(String raw) {
        return Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("[\\s,]", "");
    }

    /** Digits and hyphens as written; spaces around hyphens dropped. */
    static String phone(String raw) {
        return Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll(DASHES, "-").replaceAll("\\s+", "")
                .replaceAll("-{2,}", "-");
    }

    /** 123-4567 when the text is seven digits, else the digits as read (the validator flags them). */
    static String postalCode(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll(DASHES, "-").replaceAll("\\s+", "");
        return PostalCode.normalise(s).orElse(s.replace("〒", ""));
    }

    static String number(String raw) {
        return Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    /** A vertical bar in an e-mail address is a hand-written 1 beside digits, else a lower-case l. */
    static String email(String raw) {
        String s = raw.replaceAll("(?<=\\d)\\||\\|(?=\\d)", "1");
        return Email.normalise(s.replace(BAR, "l"));
    }
}
