package org.yomitori.template.importer;

import org.yomitori.template.FieldType;

/**
 * The OCR settings an imported field starts with, chosen by its type and written into the
 * template so an admin sees and can tune them.
 *
 * <p>No {@code whitelist} is written: each field reader already restricts the characters of its
 * type (digits, katakana, date characters…), and a template whitelist replaces that set, so
 * copying one here would only pin today's set into every template.
 *
 * @param language  Tesseract language, or null for fields read by image analysis
 * @param threshold confidence at or above which a valid value is accepted without a person
 */
record FieldDefaults(String language, double threshold) {
    static final double FORM_THRESHOLD = 0.90;
    /** Names and addresses: no validator can catch a misread, so only very sure readings pass. */
    static final double UNCHECKED_TEXT = 0.95;
    static final double KANA = 0.93;

    /**
     * Stricter than the form default only where nothing checks the value; never looser, since the
     * readers' confidences were tuned against the form default.
     */
    static FieldDefaults of(FieldType type, String formLanguage) {
        String words = "en".equals(formLanguage) ? "eng" : "jpn";
        return switch (type) {
            case TEXT -> new FieldDefaults(words, UNCHECKED_TEXT);
            case KANA -> new FieldDefaults("jpn", KANA);
            case DATE -> new FieldDefaults(words, FORM_THRESHOLD);
            // Digits read far better with the eng model than with jpn.
            case DIGITS, NUMBER, POSTAL_CODE, PHONE, MY_NUMBER, EMAIL -> new FieldDefaults("eng", FORM_THRESHOLD);
            case CHECKBOX, CHECKBOX_GROUP, SEAL_PRESENCE -> new FieldDefaults(null, FORM_THRESHOLD);
        };
    }
}
