package org.yomitori.validate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.yomitori.record.FieldResult;
import org.yomitori.record.FieldStatus;
import org.yomitori.template.FieldRule;
import org.yomitori.template.Template;

/**
 * Applies a template's rules between fields ({@link Template#rules()}) to a document's read
 * values. The rule cannot tell which of two fields is wrong: both go to review with the rule's
 * reason and a confidence no higher than {@link #RULE_CAP}, unless one of them is in review
 * already (a doubtful read, far likelier to be the wrong one than an accepted read of two
 * agreeing models): then only that one takes the reason. A verified value is never flagged.
 */
public final class DocumentRules {
    /** A {@code before} rule is broken: e.g. the birth date is after the filing date. */
    public static final String DATE_ORDER = "date_order";
    /** A {@code reading_of} rule is broken: the フリガナ cannot be the reading of the name. */
    public static final String READING_MISMATCH = "reading_mismatch";
    /** Like a value its validator rejects: most likely misread. */
    public static final double RULE_CAP = 0.3;

    private DocumentRules() {
    }

    /** The fields with every broken rule marked; fields are returned in the same order. */
    public static List<FieldResult> apply(Template template, List<FieldResult> fields) {
        List<FieldResult> out = new ArrayList<>(fields);
        for (FieldRule rule : template.rules()) {
            Optional<Integer> a = indexOf(out, rule.field());
            Optional<Integer> b = indexOf(out, rule.other());
            if (a.isEmpty() || b.isEmpty()) {
                continue;
            }
            String reason = broken(rule, out.get(a.get()).value(), out.get(b.get()).value());
            if (reason == null) {
                continue;
            }
            boolean aDoubtful = out.get(a.get()).status() == FieldStatus.REVIEW;
            boolean bDoubtful = out.get(b.get()).status() == FieldStatus.REVIEW;
            // A field already doubted explains the broken rule; its accepted partner stays accepted.
            if (aDoubtful || !bDoubtful) {
                out.set(a.get(), flag(out.get(a.get()), reason));
            }
            if (bDoubtful || !aDoubtful) {
                out.set(b.get(), flag(out.get(b.get()), reason));
            }
        }
        return out;
    }

    /** The reason code when the values break the rule; null when they keep it or cannot be judged. */
    static String broken(FieldRule rule, Object value, Object other) {
        if (!(value instanceof String a) || !(other instanceof String b) || a.isBlank() || b.isBlank()) {
            return null;
        }
        return switch (rule.kind()) {
            case BEFORE -> isAfter(a, b) ? DATE_ORDER : null;
            case READING_OF -> NameReading.plausible(a, b) ? null : READING_MISMATCH;
        };
    }

    private static boolean isAfter(String date, String other) {
        try {
            return LocalDate.parse(date).isAfter(LocalDate.parse(other));
        } catch (DateTimeParseException e) {
            return false; // an unparsed date carries its own reason already
        }
    }

    private static FieldResult flag(FieldResult f, String reason) {
        if (f.status() == FieldStatus.VERIFIED) {
            return f; // a person has confirmed this value
        }
        List<String> reasons = new ArrayList<>(f.reasons());
        if (!reasons.contains(reason)) {
            reasons.add(reason);
        }
        return new FieldResult(f.name(), f.value(), f.raw(), Math.min(f.confidence(), RULE_CAP), FieldStatus.REVIEW,
                reasons);
    }

    private static Optional<Integer> indexOf(List<FieldResult> fields, String name) {
        return IntStream.range(0, fields.size()).filter(i -> fields.get(i).name().equals(name)).boxed().findFirst();
    }
}
