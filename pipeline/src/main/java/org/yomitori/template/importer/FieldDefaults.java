package org.yomitori.template.importer;

import org.yomitori.template.FieldType;

/**
 * The OCR settings an imported field starts with, chosen by its type. They are written into the
 * template so an admin sees and can tune them; the readers fall back to the same rules when a
 * hand-written template leaves them out.
 *
 * @param language  Tesseract language, or null for fields read by image analysis
 * @param whitelist characters the OCR may return, or null for no restriction
 * @param threshold confidence at or above which a valid value is accepted without a person
 */
record FieldDefaults(String language, String whitelist, double threshold) {
    static final double FORM_THRESHOLD = 0.90;
    static final String DIGITS = "0123456789";
    static final String UPPER_AND_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + DIGITS;
    /** Full-width katakana ァ..ヶ, the long-vowel mark, the middle dot and both spaces. */
    static final String KATAKANA = katakana() + "ー・ 　";
    static final String JA_DATE = DIGITS + "年月日令和平成昭和元/.-RHS ";
    static final String EMAIL = "abcdefghijklmnopqrstuvwxyz" + UPPER_AND_DIGITS + "@.-_+";

    /**
     * Thresholds are stricter where no validator can catch a misread (names, addresses) and
     * looser where one will (the My Number check digit) or where image analysis is reliable.
     */
    static FieldDefaults of(FieldType type, String formLanguage, boolean boxed, boolean printedEra) {
        boolean english = "en".equals(formLanguage);
        String words = english ? "eng" : "jpn";
        return switch (type) {
            case TEXT -> new FieldDefaults(words, boxed && english ? UPPER_AND_DIGITS : null, 0.95);
            case KANA -> new FieldDefaults("jpn", KATAKANA, 0.93);
            // Only numbers are written into printed 「令和　年　月　日」 slots; eng reads digits best.
            case DATE -> printedEra ? new FieldDefaults("eng", DIGITS, 0.92)
                    : new FieldDefaults(words, english ? null : JA_DATE, 0.92);
            case DIGITS, NUMBER -> new FieldDefaults("eng", DIGITS, 0.92);
            case POSTAL_CODE -> new FieldDefaults("eng", boxed ? DIGITS : DIGITS + "-", 0.90);
            case PHONE -> new FieldDefaults("eng", DIGITS + "-()", 0.90);
            case MY_NUMBER -> new FieldDefaults("eng", DIGITS, 0.85);
            case EMAIL -> new FieldDefaults("eng", EMAIL, 0.92);
            case CHECKBOX, CHECKBOX_GROUP, SEAL_PRESENCE -> new FieldDefaults(null, null, 0.80);
        };
    }

    private static String katakana() {
        StringBuilder sb = new StringBuilder();
        for (char c = 'ァ'; c <= 'ヶ'; c++) {
            sb.append(c);
        }
        return sb.toString();
    }
}
