package org.yomitori.template;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules a form implies without saying so, inferred from its field names, types and labels:
 * every birth date is on or before the form's filing date (the date field labelled 届出日, 申請日
 * or 請求日, or named {@code *request_date}, {@code *application_date}, {@code *notify_date},
 * {@code *notice_date}), and every {@code X_kana} field is the reading of its {@code X_name}. The
 * template importer writes them into new templates; a template without a {@code rules} key gets
 * them when it is loaded, so a form installed from its bare spec is checked too.
 */
public final class RuleInference {
    private static final Set<String> FILING_LABELS = Set.of("届出日", "申請日", "請求日");
    private static final List<String> FILING_NAMES = List.of("request_date", "application_date", "notify_date",
            "notice_date");

    /** What inference needs of a field. */
    private record Field(String name, String label, FieldType type) {
        static Field of(FieldSpec f) {
            return new Field(f.name(), f.label() == null ? "" : f.label(), f.type());
        }
    }

    private RuleInference() {
    }

    public static List<FieldRule> infer(List<FieldSpec> fields) {
        return inferAll(fields.stream().map(Field::of).toList());
    }

    /**
     * Rules for the raw field entries of a spec JSON ({@code name}, {@code label}, {@code type});
     * entries whose type is unknown are left out (the importer reports them itself).
     */
    public static List<FieldRule> inferFromSpec(JsonNode specFields) {
        List<Field> fields = new ArrayList<>();
        for (JsonNode f : specFields) {
            try {
                fields.add(new Field(f.path("name").asText(""), f.path("label").asText(""),
                        FieldType.fromId(f.path("type").asText(""))));
            } catch (IllegalArgumentException e) {
                // not a field inference can use
            }
        }
        return inferAll(fields);
    }

    private static List<FieldRule> inferAll(List<Field> fields) {
        List<FieldRule> out = new ArrayList<>();
        Optional<Field> filing = fields.stream().filter(RuleInference::isFilingDate).findFirst();
        filing.ifPresent(f -> fields.stream()
                .filter(b -> b != f && isBirthDate(b))
                .forEach(b -> out.add(new FieldRule(FieldRule.Kind.BEFORE, b.name(), f.name()))));
        for (Field kana : fields) {
            if (kana.type() != FieldType.KANA || !kana.name().endsWith("_kana")) {
                continue;
            }
            String name = kana.name().substring(0, kana.name().length() - "_kana".length()) + "_name";
            fields.stream().filter(n -> n.name().equals(name) && n.type() == FieldType.TEXT).findFirst()
                    .ifPresent(n -> out.add(new FieldRule(FieldRule.Kind.READING_OF, kana.name(), n.name())));
        }
        return out;
    }

    /** A birth date: named so ({@code *birth*}) or labelled 生年月日. */
    public static boolean isBirthDate(FieldSpec f) {
        return isBirthDate(Field.of(f));
    }

    private static boolean isBirthDate(Field f) {
        return f.type() == FieldType.DATE && (f.name().contains("birth") || f.label().contains("生年月日"));
    }

    private static boolean isFilingDate(Field f) {
        return f.type() == FieldType.DATE && (FILING_LABELS.contains(f.label().strip())
                || FILING_NAMES.stream().anyMatch(f.name()::endsWith));
    }
}
