package org.yomitori.calibrate;

import java.util.List;

/**
 * One truth field joined with what the pipeline made of it.
 *
 * @param file       the scan's file name (cross-validation keeps a file's fields together)
 * @param form       the truth form id
 * @param field      the field name
 * @param type       the field type, as the scorer takes it
 * @param blank      the truth is blank
 * @param correct    the value equals the truth (and the template was right)
 * @param status     auto, review, verified, or missing (no record, wrong template, or no such field)
 * @param confidence the reader's confidence, NaN when missing
 * @param candidate  the threshold alone decides the status: the field's only reason for review, if
 *                   any, is low confidence (a validator's or reader's objection keeps it in review)
 */
record ScoredField(String file, String form, String field, String type, boolean blank, boolean correct,
                   String status, double confidence, boolean candidate) {
    static final String LOW_CONFIDENCE = "low_confidence";

    boolean auto() {
        return "auto".equals(status);
    }

    /** The status this field gets with {@code threshold}, as the field readers decide it. */
    ScoredField withThreshold(double threshold) {
        if (!candidate || Double.isNaN(threshold)) {
            return this;
        }
        return new ScoredField(file, form, field, type, blank, correct, confidence < threshold ? "review" : "auto",
                confidence, true);
    }

    static boolean isCandidate(String status, double confidence, List<String> reasons) {
        return ("auto".equals(status) || "review".equals(status)) && !Double.isNaN(confidence)
                && reasons.stream().allMatch(LOW_CONFIDENCE::equals);
    }
}
