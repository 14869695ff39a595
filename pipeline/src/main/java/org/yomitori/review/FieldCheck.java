package org.yomitori.review;

import java.util.List;

/**
 * A value a verifier typed, as it would be saved: normalised like the pipeline's readers do, and
 * checked by the same validators.
 *
 * @param value    the value to store: a String, Boolean or List of option names
 * @param preview  how the value reads back to a person (a date in 和暦), or null
 * @param reasons  why the value breaks a rule (e.g. check_digit); empty when it may be saved
 * @param warnings what a person should look at but may save (e.g. era_overflow for 平成32年)
 */
public record FieldCheck(Object value, String preview, List<String> reasons, List<String> warnings) {
    public FieldCheck {
        reasons = List.copyOf(reasons);
        warnings = List.copyOf(warnings);
    }

    public boolean ok() {
        return reasons.isEmpty();
    }
}
