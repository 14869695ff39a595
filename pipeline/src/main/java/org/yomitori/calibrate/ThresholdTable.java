package org.yomitori.calibrate;

import java.util.Map;
import java.util.TreeMap;

/**
 * The thresholds a calibration chose: one per field type, and one for each template field that
 * needs a stricter threshold than its type.
 *
 * @param byType  per field type id
 * @param byField per {@code form/field}
 */
record ThresholdTable(Map<String, Choice> byType, Map<String, Choice> byField) {

    /** How a threshold was chosen. */
    enum Basis {
        /** the type's own samples bound its accepted-error rate */
        OWN,
        /** the type's family (same kind of reader) bounds it, and the type's own samples agree */
        FAMILY,
        /** no threshold keeps the bound: only readings of confidence 1 pass */
        NONE,
        /** a template field that errs clearly more often than its type */
        FIELD
    }

    /**
     * @param threshold  the chosen threshold
     * @param basis      how it was chosen
     * @param candidates fields whose status the threshold decides
     * @param accepted   of those, how many reach the threshold
     * @param wrong      of the accepted, how many are wrong
     * @param upper      upper bound of the accepted-error rate of the samples the choice rests on (the
     *                   type's own, or its family's when the basis is {@link Basis#FAMILY})
     */
    record Choice(double threshold, Basis basis, int candidates, int accepted, int wrong, double upper) {
    }

    ThresholdTable {
        byType = new TreeMap<>(byType);
        byField = new TreeMap<>(byField);
    }

    /** @return the threshold for a field, or NaN when the table does not cover its type */
    double thresholdFor(String form, String field, String type) {
        Choice c = byField.get(form + "/" + field);
        if (c == null) {
            c = byType.get(type);
        }
        return c == null ? Double.NaN : c.threshold();
    }
}
