package org.yomitori.read;

import java.util.List;

/**
 * What a reader found, before the field's validator and threshold decide auto or review.
 *
 * @param value      String, Boolean or List of option names
 * @param raw        the text as read, for the verifier
 * @param confidence 0..1
 * @param reasons    doubts found while reading (e.g. unparseable_date, multiple_marks)
 */
record Reading(Object value, String raw, double confidence, List<String> reasons) {
    Reading {
        reasons = List.copyOf(reasons);
        confidence = Double.isNaN(confidence) ? 0 : Math.max(0, Math.min(1, confidence));
    }

    static Reading blank(double confidence) {
        return new Reading("", "", confidence, List.of());
    }

    static Reading of(Object value, String raw, double confidence) {
        return new Reading(value, raw, confidence, List.of());
    }

    Reading withReason(String reason) {
        List<String> all = new java.util.ArrayList<>(reasons);
        if (!all.contains(reason)) {
            all.add(reason);
        }
        return new Reading(value, raw, confidence, all);
    }

    /**
     * The value two differing reads were settled on, judged as an agreement: the reasons stay
     * except the disagreement itself.
     */
    Reading agreedAs(Object settledValue, String settledRaw, double settledConfidence) {
        return new Reading(settledValue, settledRaw, settledConfidence,
                reasons.stream().filter(x -> !x.equals(FieldReaders.OCR_DISAGREEMENT)).toList());
    }

    Reading withConfidence(double c) {
        return new Reading(value, raw, c, reasons);
    }

    boolean isBlank() {
        return value == null || "".equals(value) || value instanceof List<?> l && l.isEmpty();
    }
}
