package org.yomitori.template;

import java.util.Locale;

/** The kinds of field a template can declare; each has its own reader and validator. */
public enum FieldType {
    TEXT, KANA, DATE, DIGITS, PHONE, POSTAL_CODE, MY_NUMBER, NUMBER, EMAIL, CHECKBOX, CHECKBOX_GROUP, SEAL_PRESENCE;

    /** The snake_case name used in template files and records. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FieldType fromId(String id) {
        for (FieldType t : values()) {
            if (t.id().equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown field type '" + id + "'");
    }

    /** Types whose value is made of digits (separators are not part of the value). */
    public boolean isDigitLike() {
        return this == DIGITS || this == PHONE || this == POSTAL_CODE || this == MY_NUMBER || this == NUMBER;
    }

    /** Types read by image analysis rather than OCR. */
    public boolean isMark() {
        return this == CHECKBOX || this == CHECKBOX_GROUP || this == SEAL_PRESENCE;
    }
}
