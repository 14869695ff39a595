package org.yomitori.storage;

import java.util.List;

/**
 * One field of a stored document.
 *
 * @param type      the template's field type (text, my_number...), or null when unknown
 * @param valueJson the value as JSON (a string, boolean or list)
 * @param reasons   reason codes for review, empty when none
 * @param cropPath  the crop image shown to a verifier, or null when there is none
 * @param ordinal   position of the field in the template
 */
public record StoredField(String documentId, String name, String type, String valueJson, String raw, double confidence,
                          String status, List<String> reasons, String cropPath, int ordinal) {
    public StoredField {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
