package org.yomitori.record;

import java.util.List;

/**
 * What a reader made of one field.
 *
 * @param name       the template field name
 * @param value      String, Boolean, or List&lt;String&gt; (multi-choice group); "" when blank
 * @param raw        the text as read before normalisation (e.g. 令和6年4月1日), for the verifier
 * @param confidence 0..1, how sure the machine is that {@code value} is right
 * @param status     auto or review
 * @param reasons    machine-readable reason codes when in review (e.g. low_confidence, check_digit)
 */
public record FieldResult(String name, Object value, String raw, double confidence, FieldStatus status,
                          List<String> reasons) {

    public FieldResult {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
    }

    public boolean needsReview() {
        return status == FieldStatus.REVIEW;
    }
}
