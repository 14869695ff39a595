package org.yomitori.validate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.FieldType;

/**
 * Finds the validator of a field: its type's own check, plus the named one the template asks for
 * ({@code validator: corporate_number}). Values are the normalised record values readers produce
 * (ISO dates, digits with separators, full-width katakana).
 */
public final class Validators {
    public static final String INVALID_FORMAT = "invalid_format";
    public static final String CHECK_DIGIT = "check_digit";

    private static final Validator DIGITS = v -> v.matches("\\d+") ? Validation.ok() : Validation.fail(INVALID_FORMAT);
    private static final Map<String, Validator> NAMED = Map.of(
            "my_number", blankOk(Validators::myNumber),
            "corporate_number", blankOk(Validators::corporateNumber),
            "postal_code", blankOk(v -> check(PostalCode.isValid(v))),
            "phone", blankOk(v -> check(PhoneNumber.isValid(v))),
            "kana", blankOk(v -> check(Kana.isKatakana(v) && KanaSpelling.isPlausible(v))),
            "email", blankOk(v -> check(Email.isValid(v))),
            "relationship", blankOk(v -> Relationships.isKnown(v) ? Validation.ok() : Validation.fail(Relationships.UNKNOWN)),
            "date", blankOk(Validators::isoDate),
            "digits", blankOk(DIGITS),
            "number", blankOk(v -> check(v.matches("\\d{1,3}(,\\d{3})+|\\d+"))));

    private Validators() {
    }

    /** The names a template may give as {@code validator}. */
    public static Set<String> names() {
        return NAMED.keySet();
    }

    /** @throws IllegalArgumentException for a validator name no one knows */
    public static Validator forField(FieldSpec spec) {
        Validator own = forType(spec.type());
        if (spec.validator() == null || spec.validator().isBlank()) {
            return own;
        }
        Validator named = NAMED.get(spec.validator());
        if (named == null) {
            throw new IllegalArgumentException("unknown validator '" + spec.validator() + "' for field " + spec.name());
        }
        return own.and(named);
    }

    public static Validator forType(FieldType type) {
        return switch (type) {
            case KANA -> NAMED.get("kana");
            case DATE -> NAMED.get("date");
            case DIGITS -> NAMED.get("digits");
            case PHONE -> NAMED.get("phone");
            case POSTAL_CODE -> NAMED.get("postal_code");
            case MY_NUMBER -> NAMED.get("my_number");
            case NUMBER -> NAMED.get("number");
            case EMAIL -> NAMED.get("email");
            case TEXT, CHECKBOX, CHECKBOX_GROUP, SEAL_PRESENCE -> Validator.NONE;
        };
    }

    private static Validator blankOk(Validator v) {
        return value -> value == null || value.isEmpty() ? Validation.ok() : v.validate(value);
    }

    private static Validation check(boolean ok) {
        return ok ? Validation.ok() : Validation.fail(INVALID_FORMAT);
    }

    private static Validation myNumber(String v) {
        if (!v.matches("\\d{12}")) {
            return Validation.fail(INVALID_FORMAT);
        }
        return MyNumber.isValid(v) ? Validation.ok() : Validation.fail(CHECK_DIGIT);
    }

    private static Validation corporateNumber(String v) {
        if (!v.matches("\\d{13}")) {
            return Validation.fail(INVALID_FORMAT);
        }
        return CorporateNumber.isValid(v) ? Validation.ok() : Validation.fail(CHECK_DIGIT);
    }

    /** An ISO date in the range of dates written on forms. */
    private static Validation isoDate(String v) {
        try {
            int year = LocalDate.parse(v).getYear();
            return check(year >= JapaneseDates.MIN_YEAR && year <= JapaneseDates.MAX_YEAR);
        } catch (DateTimeParseException e) {
            return Validation.fail(DateReading.INVALID);
        }
    }
}
