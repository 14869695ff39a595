package org.yomitori.export;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A released document as it is delivered: its field values as stored after verification and the
 * record's own properties.
 *
 * @param deliveryId the deliveries row this record is sent for
 * @param source     the scanned file's name
 * @param values     field name to value: String, Boolean, List of String, or null when absent
 */
record ExportRecord(long deliveryId, String documentId, String template, String source, long scanId,
                    Instant releasedAt, Map<String, Object> values) {
    ExportRecord {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
