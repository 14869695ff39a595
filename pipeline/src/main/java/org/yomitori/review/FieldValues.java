package org.yomitori.review;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.yomitori.read.FieldReaders;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.FieldType;
import org.yomitori.template.OptionSpec;
import org.yomitori.validate.DateReading;
import org.yomitori.validate.Email;
import org.yomitori.validate.JapaneseDates;
import org.yomitori.validate.Kana;
import org.yomitori.validate.PostalCode;
import org.yomitori.validate.Validators;

/**
 * Turns what a verifier typed into a field's value the way the pipeline's readers shape what they
 * read (dates to ISO, full-width digits to ASCII, kana to full-width katakana, postal codes to
 * 123-4567), then applies the field's validators ({@link Validators#forField}). Text is only
 * trimmed: a name is kept exactly as the person typed it.
 */
final class FieldValues {
    /** No form field holds more; a longer value is a mistake or an attack. */
    static final int MAX_LENGTH = 2_000;

    private FieldValues() {
    }

    /** @throws ReviewException bad_value when the input does not even have the field's shape (e.g. an unknown option) */
    static FieldCheck check(FieldSpec spec, Object input) {
        return switch (spec.type()) {
            case CHECKBOX, SEAL_PRESENCE -> new FieldCheck(bool(input), null, List.of(), List.of());
            case CHECKBOX_GROUP -> options(spec, input);
            case DATE -> date(spec, text(input));
            default -> validated(spec, normalise(spec.type(), text(input)), null, List.of());
        };
    }

    private static FieldCheck validated(FieldSpec spec, String value, String preview, List<String> warnings) {
        List<String> reasons = new ArrayList<>(Validators.forField(spec).validate(value).reasons());
        if (spec.required() && value.isEmpty()) {
            reasons.add(FieldReaders.BLANK_REQUIRED);
        }
        return new FieldCheck(value, preview, reasons, warnings);
    }

    private static FieldCheck date(FieldSpec spec, String typed) {
        if (typed.isEmpty()) {
            return validated(spec, "", null, List.of());
        }
        DateReading d = JapaneseDates.parse(typed);
        if (!d.isOk()) {
            return new FieldCheck(typed, null, d.reasons(), List.of());
        }
        return validated(spec, d.date().toString(), JapaneseDates.format(d.date()), d.reasons());
    }

    static String normalise(FieldType type, String typed) {
        String nfkc = Normalizer.normalize(typed, Normalizer.Form.NFKC).trim();
        return switch (type) {
            case KANA -> Kana.normalise(typed);
            case DIGITS, MY_NUMBER -> nfkc.replaceAll("[\\s,\\-]", "");
            case NUMBER -> nfkc.replaceAll("\\s+", "");
            case PHONE -> nfkc.replaceAll("[‐−ー－–—―]", "-").replaceAll("\\s+", "");
            case POSTAL_CODE -> PostalCode.normalise(nfkc).orElse(nfkc.replace("〒", ""));
            case EMAIL -> Email.normalise(typed);
            default -> typed.strip();
        };
    }

    private static FieldCheck options(FieldSpec spec, Object input) {
        List<String> known = spec.options().stream().map(OptionSpec::option).toList();
        List<String> chosen = input instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                : text(input).isEmpty() ? List.of() : List.of(text(input));
        if (!known.containsAll(chosen) || (!spec.multi() && chosen.size() > 1)) {
            throw ReviewException.badValue("選択肢にない値です。", "Not one of the field's options.");
        }
        Object value = spec.multi() ? chosen : chosen.isEmpty() ? "" : chosen.get(0);
        List<String> reasons = spec.required() && chosen.isEmpty() ? List.of(FieldReaders.BLANK_REQUIRED) : List.of();
        return new FieldCheck(value, null, reasons, List.of());
    }

    private static Boolean bool(Object input) {
        if (input instanceof Boolean b) {
            return b;
        }
        String s = text(input);
        if (s.equals("true") || s.equals("false")) {
            return Boolean.valueOf(s);
        }
        throw ReviewException.badValue("はい・いいえで入力してください。", "The value is true or false.");
    }

    private static String text(Object input) {
        if (input == null) {
            return "";
        }
        if (input instanceof String s) {
            if (s.length() > MAX_LENGTH) {
                throw ReviewException.badValue("値が長すぎます。", "The value is too long.");
            }
            return s;
        }
        if (input instanceof Number || input instanceof Boolean) {
            return String.valueOf(input);
        }
        throw ReviewException.badValue("値の形式が違います。", "The value has the wrong shape for this field.");
    }
}
