package org.yomitori.storage;

import java.util.Locale;

/** Where a dropped file is: waiting to be read, being read, read, refused as a duplicate, or failed. */
public enum ScanState {
    QUEUED, READING, DONE, ERROR, DUPLICATE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ScanState fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
