package org.yomitori.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.FieldType;
import org.yomitori.template.Template;

/** Reads the {@code columns} list of an endpoint file against the endpoint's template. */
final class ColumnParser {
    private static final Set<String> KEYS = Set.of("name", "field", "meta", "value", "date", "checked", "unchecked",
            "join");

    private final Template template;

    ColumnParser(Template template) {
        this.template = template;
    }

    List<Column> parse(List<YamlNode> nodes) {
        List<Column> columns = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (YamlNode n : nodes) {
            Column c = column(n);
            if (!names.add(c.name())) {
                throw n.error("column name '" + c.name() + "' is used twice");
            }
            columns.add(c);
        }
        return columns;
    }

    private Column column(YamlNode n) {
        n.allowOnly(KEYS);
        String name = n.text("name");
        int sources = (n.has("field") ? 1 : 0) + (n.has("meta") ? 1 : 0) + (n.has("value") ? 1 : 0);
        if (sources != 1) {
            throw n.error("column '" + name + "' needs exactly one of 'field', 'meta' or 'value'");
        }
        FieldType type = n.has("field") ? fieldType(n, n.text("field")) : null;
        String meta = n.has("meta") ? n.choice("meta", null, Column.METAS.toArray(String[]::new)) : null;
        DateText date = n.has("date") ? date(n, type, meta) : null;
        boolean mark = type == FieldType.CHECKBOX || type == FieldType.SEAL_PRESENCE;
        if (!mark && (n.has("checked") || n.has("unchecked"))) {
            throw n.error("'checked' and 'unchecked' apply to checkbox and seal_presence fields only");
        }
        if (type != FieldType.CHECKBOX_GROUP && n.has("join")) {
            throw n.error("'join' applies to checkbox_group fields only");
        }
        return new Column(name, n.has("field") ? n.text("field") : null, type, meta,
                n.has("value") ? n.rawText("value", "") : null, date, n.rawText("checked", "1"),
                n.rawText("unchecked", "0"), n.rawText("join", ";"));
    }

    private FieldType fieldType(YamlNode n, String field) {
        return template.fields().stream().filter(f -> f.name().equals(field)).map(FieldSpec::type).findFirst()
                .orElseThrow(() -> n.error("field '" + field + "' does not exist in template '" + template.id()
                        + "' (its fields: " + String.join(", ", template.fields().stream().map(FieldSpec::name).toList())
                        + ")"));
    }

    private static DateText date(YamlNode n, FieldType type, String meta) {
        boolean timeStamp = "released_at".equals(meta);
        if (type != FieldType.DATE && !timeStamp) {
            throw n.error("'date' applies to date fields and meta 'released_at' only");
        }
        try {
            return DateText.of(n.text("date"), timeStamp);
        } catch (IllegalArgumentException e) {
            throw n.error("'date': " + e.getMessage() + " (use 'wareki' or a pattern such as yyyyMMdd)");
        }
    }
}
