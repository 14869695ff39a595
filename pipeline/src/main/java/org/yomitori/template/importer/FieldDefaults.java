package org.yomitori.template.importer;

import org.yomitori.template.FieldType;

/**
 * The OCR language an imported field starts with, chosen by its type and written into the template
 * so an admin sees and can tune it.
 *
 * <p>No {@code whitelist} is written: each field reader already restricts the characters of its
 * type (digits, katakana, date characters…), and a template whitelist replaces that set, so
 * copying one here would only pin today's set into every template. No {@code threshold} either: a
 * field without one takes the threshold calibrated for its type
 * ({@code ocr-models/calibration/thresholds.yaml}), which follows the readers as they improve.
 *
 * @param language Tesseract language, or null for fields read by image analysis
 */
record FieldDefaults(String language) {

    static FieldDefaults of(FieldType type, String formLanguage) {
        String words = "en".equals(formLanguage) ? "eng" : "jpn";
        return switch (type) {
            case TEXT, DATE -> new FieldDefaults(words);
            case KANA -> new FieldDefaults("jpn");
            // Digits read far better with the eng model than with jpn.
            case DIGITS, NUMBER, POSTAL_CODE, PHONE, MY_NUMBER, EMAIL -> new FieldDefaults("eng");
            case CHECKBOX, CHECKBOX_GROUP, SEAL_PRESENCE -> new FieldDefaults(null);
        };
    }
}
