package org.yomitori.validate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.FieldType;
import org.yomitori.template.RuleInference;

/**
 * Finds the validator of a field: its type's own check, plus the named one the template asks for
 * ({@code validator: corporate_number}). Values are the normalised record values readers produce
 * (ISO dates, digits with separators, full-width katakana).
 */
public final class Validators {
    public static final String INVALID_FORMAT = "invalid_format";
    public static final String CHECK_DIGIT = "check_digit";
    /** A birth date after the day it is read. */
    public static final String DATE_IN_FUTURE = "date_in_future";
    /** An address that starts with what looks like a prefecture but is none of the 47. */
    public static final String UNKNOWN_PREFECTURE = Address.UNKNOWN_PREFECTURE;
    /** An address with no 市, 区, 町 or 村 after its prefecture. */
    public static final String NO_MUNICIPALITY = Address.NO_MUNICIPALITY;

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
        return forField(spec, Clock.systemDefaultZone());
    }

    /** As {@link #forField(FieldSpec)}, with "today" for dates that must be in the past taken from {@code clock}. */
    public static Validator forField(FieldSpec spec, Clock clock) {
        Validator own = forType(spec.type()).and(domain(spec, clock));
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

    /** What the field's meaning adds to its type: addresses name real places, people are born in the past. */
    private static Validator domain(FieldSpec spec, Clock clock) {
        if (Address.isAddressField(spec)) {
            return blankOk(Address::check);
        }
        if (RuleInference.isBirthDate(spec)) {
            return blankOk(v -> notInFuture(v, LocalDate.now(clock)));
        }
        return Validator.NONE;
    }

    /** An unparsed date is left to the date validator. */
    private static Validation notInFuture(String v, LocalDate today) {
        try {
            return LocalDate.parse(v).isAfter(today) ? Validation.fail(DATE_IN_FUTURE) : Validation.ok();
        } catch (DateTimeParseException e) {
            return Validation.ok();
        }
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
