package org.yomitori.validate;

/**
 * Checks a field's normalised value (what a reader would put in the record). A blank value
 * ({@code ""}) is valid for every validator: whether a field may be blank is the reader's call.
 */
@FunctionalInterface
public interface Validator {
    Validator NONE = value -> Validation.ok();

    Validation validate(String value);

    default Validator and(Validator other) {
        return value -> validate(value).and(other.validate(value));
    }
}
