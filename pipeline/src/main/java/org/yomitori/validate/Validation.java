package org.yomitori.validate;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of validating one value: ok, or the machine-readable reason codes why not
 * (e.g. {@code check_digit}, {@code invalid_format}).
 */
public record Validation(List<String> reasons) {
    private static final Validation OK = new Validation(List.of());

    public Validation {
        reasons = List.copyOf(reasons);
    }

    public static Validation ok() {
        return OK;
    }

    public static Validation fail(String reason) {
        return new Validation(List.of(reason));
    }

    public boolean isOk() {
        return reasons.isEmpty();
    }

    /** Both validations' reasons, without duplicates. */
    public Validation and(Validation other) {
        if (other.isOk()) {
            return this;
        }
        List<String> all = new ArrayList<>(reasons);
        other.reasons.stream().filter(r -> !all.contains(r)).forEach(all::add);
        return new Validation(all);
    }
}
