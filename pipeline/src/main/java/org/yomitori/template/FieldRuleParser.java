package org.yomitori.template;

import static org.yomitori.template.TemplateLoader.require;
import static org.yomitori.template.TemplateLoader.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parses a template's "rules" list against its fields; every problem names the rule and the field. */
final class FieldRuleParser {
    private FieldRuleParser() {
    }

    static List<FieldRule> parse(JsonNode rules, List<FieldSpec> fields) {
        if (rules.isNull()) {
            return List.of(); // "rules:" with nothing after it
        }
        require(rules.isArray(), "'rules' must be a list of {rule, field, other}");
        List<FieldRule> out = new ArrayList<>();
        int n = 0;
        for (JsonNode r : rules) {
            n++;
            require(r.isObject(), "rule " + n + " must be a mapping {rule, field, other}");
            String where = "rule " + n;
            String id = text(r, "rule", null);
            require(id != null, where + " has no 'rule'");
            FieldRule.Kind kind;
            try {
                kind = FieldRule.Kind.fromId(id);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage());
            }
            where = where + " (" + id + ")";
            FieldSpec field = field(fields, text(r, "field", null), where, "field");
            FieldSpec other = field(fields, text(r, "other", null), where, "other");
            require(!field.name().equals(other.name()), where + ": 'field' and 'other' are the same field");
            checkTypes(kind, field, other, where);
            FieldRule rule = new FieldRule(kind, field.name(), other.name());
            require(!out.contains(rule), where + " is declared twice");
            out.add(rule);
        }
        return out;
    }

    private static FieldSpec field(List<FieldSpec> fields, String name, String where, String key) {
        require(name != null, where + " has no '" + key + "'");
        Optional<FieldSpec> spec = fields.stream().filter(f -> f.name().equals(name)).findFirst();
        require(spec.isPresent(), where + ": '" + key + "' names no field of the template: '" + name + "'");
        return spec.get();
    }

    private static void checkTypes(FieldRule.Kind kind, FieldSpec field, FieldSpec other, String where) {
        switch (kind) {
            case BEFORE -> require(field.type() == FieldType.DATE && other.type() == FieldType.DATE,
                    where + ": both fields must be dates, got '" + field.name() + "' (" + field.type().id()
                            + ") and '" + other.name() + "' (" + other.type().id() + ")");
            case READING_OF -> require(field.type() == FieldType.KANA && other.type() == FieldType.TEXT,
                    where + ": 'field' must be a kana field and 'other' a text field, got '" + field.name()
                            + "' (" + field.type().id() + ") and '" + other.name() + "' (" + other.type().id() + ")");
        }
    }
}
