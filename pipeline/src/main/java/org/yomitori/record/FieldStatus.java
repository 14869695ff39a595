package org.yomitori.record;

import java.util.Locale;

/** Whether a field's value was accepted by the machine, needs a person, or a person confirmed it. */
public enum FieldStatus {
    AUTO, REVIEW, VERIFIED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FieldStatus fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
