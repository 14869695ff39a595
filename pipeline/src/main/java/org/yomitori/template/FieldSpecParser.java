package org.yomitori.template;

import static org.yomitori.template.TemplateLoader.box;
import static org.yomitori.template.TemplateLoader.require;
import static org.yomitori.template.TemplateLoader.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Parses one entry of a template's "fields" list, filling per-type defaults. */
final class FieldSpecParser {
    /** The threshold of a field that sets none. */
    interface Fallback {
        double threshold(String fieldName, FieldType type);
    }

    private FieldSpecParser() {
    }

    static FieldSpec parse(JsonNode f, String formLanguage, Fallback fallback) {
        String name = text(f, "name", null);
        require(name != null && name.matches("[a-z][a-z0-9_]*"), "a field needs a snake_case 'name', got " + name);
        String where = "field '" + name + "'";
        String typeId = text(f, "type", null);
        require(typeId != null, where + " has no 'type'");
        FieldType type;
        try {
            type = FieldType.fromId(typeId);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage());
        }
        Box box = box(f.get("box"), where + " 'box'");
        List<Box> cells = new ArrayList<>();
        f.path("cells").forEach(c -> cells.add(box(c, where + " cell")));
        List<OptionSpec> options = options(f.path("options"), where);
        List<OptionSpec> eraOptions = options(f.path("era_options"), where);
        String mark = text(f, "mark", type == FieldType.CHECKBOX_GROUP ? "box" : null);
        if (type == FieldType.CHECKBOX_GROUP) {
            require(!options.isEmpty(), where + " is a checkbox_group without 'options'");
            require("box".equals(mark) || "circle".equals(mark), where + " 'mark' must be box or circle");
            if ("box".equals(mark)) {
                require(options.stream().allMatch(o -> o.box() != null), where + ": every option needs a 'box'");
            }
        }
        String format = text(f, "format", null);
        Map<String, Box> slots = f.has("slots") ? TemplateLoader.boxes(f.get("slots"), where + " slot") : Map.of();
        if ("printed_era".equals(format)) {
            require(slots.keySet().containsAll(List.of("year", "month", "day")),
                    where + " is a printed_era date: 'slots' needs year, month and day");
            require(text(f, "era", null) != null || !eraOptions.isEmpty(),
                    where + " is a printed_era date: give 'era' or 'era_options'");
        }
        double threshold = f.hasNonNull("threshold") ? f.get("threshold").asDouble(Double.NaN)
                : fallback.threshold(name, type);
        require(threshold >= 0 && threshold <= 1, where + " 'threshold' must be within 0..1");
        return new FieldSpec(name, text(f, "label", name), type, f.path("page").asInt(0), box,
                text(f, "language", defaultLanguage(type, formLanguage)), text(f, "whitelist", null), cells,
                f.path("multi").asBoolean(false), mark, options, format, slots, text(f, "era", null), eraOptions,
                threshold, text(f, "validator", defaultValidator(type, text(f, "label", ""))),
                f.path("required").asBoolean(false));
    }

    /** A text field labelled 続柄 holds one word of a closed list, whatever the form. */
    private static String defaultValidator(FieldType type, String label) {
        return type == FieldType.TEXT && label.contains("続柄") ? "relationship" : null;
    }

    /** Digits read far better with the eng model; Japanese text with jpn. */
    private static String defaultLanguage(FieldType type, String formLanguage) {
        if (type.isDigitLike() || type == FieldType.EMAIL) {
            return "eng";
        }
        return "en".equals(formLanguage) ? "eng" : "jpn";
    }

    private static List<OptionSpec> options(JsonNode node, String where) {
        List<OptionSpec> out = new ArrayList<>();
        for (JsonNode o : node) {
            String option = text(o, "option", text(o, "era", text(o, "name", null)));
            require(option != null, where + ": an option has no 'option' name");
            Box b = o.hasNonNull("box") ? box(o.get("box"), where + " option '" + option + "' box") : null;
            Box label = o.hasNonNull("label_box") ? box(o.get("label_box"), where + " option '" + option + "' label_box")
                    : null;
            require(b != null || label != null, where + " option '" + option + "' needs a 'box' or a 'label_box'");
            out.add(new OptionSpec(option, b, label));
        }
        return out;
    }
}
