package org.yomitori.template.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.yomitori.template.FieldRule;
import org.yomitori.template.FieldType;
import org.yomitori.template.RuleInference;

/** Builds the text of {@code template.yaml} from a form spec (format: docs/templates.md). */
final class TemplateYaml {
    /** Spec keys in the order an admin reads them; anything else the spec carries follows. */
    private static final List<String> FIELD_KEYS = List.of("name", "label", "type", "page", "box", "cells", "multi",
            "mark", "options", "format", "slots", "era", "era_options");
    private static final ObjectMapper JSON = new ObjectMapper();

    private TemplateYaml() {
    }

    static String build(FormSpec spec, List<String> referenceNames, String header) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", spec.id());
        root.put("version", spec.version());
        root.put("title", spec.title());
        if (spec.code() != null) {
            root.put("code", spec.code());
        }
        root.put("language", spec.language());
        root.put("dpi", spec.dpi());
        root.put("width", spec.width());
        root.put("height", spec.height());
        ArrayNode pages = root.putArray("pages");
        referenceNames.forEach(name -> pages.addObject().put("reference", name));
        ArrayNode keywords = root.putArray("keywords");
        spec.keywords().forEach(keywords::add);
        ArrayNode fields = root.putArray("fields");
        for (JsonNode f : spec.fields()) {
            fields.add(field(f, spec.language()));
        }
        root.set("rules", rules(spec));
        return header + YamlEmitter.emit(root, "fields");
    }

    /** The spec's own rules, else those its fields imply, written out so an admin sees and can edit them. */
    private static JsonNode rules(FormSpec spec) {
        if (spec.rules() != null && !spec.rules().isNull()) {
            return spec.rules();
        }
        ArrayNode out = JSON.createArrayNode();
        for (FieldRule r : RuleInference.inferFromSpec(spec.fields())) {
            out.addObject().put("rule", r.kind().id()).put("field", r.field()).put("other", r.other());
        }
        return out;
    }

    private static ObjectNode field(JsonNode spec, String formLanguage) {
        if (!spec.isObject()) {
            throw new IllegalArgumentException("every entry of 'fields' must be an object");
        }
        ObjectNode out = JSON.createObjectNode();
        for (String key : FIELD_KEYS) {
            copy(spec, key, out);
        }
        spec.fieldNames().forEachRemaining(key -> copy(spec, key, out));
        FieldType type;
        try {
            type = FieldType.fromId(spec.path("type").asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field '" + spec.path("name").asText() + "': " + e.getMessage());
        }
        FieldDefaults d = FieldDefaults.of(type, formLanguage);
        if (d.language() != null && !out.has("language")) {
            out.put("language", d.language());
        }
        return out;
    }

    private static void copy(JsonNode from, String key, ObjectNode to) {
        JsonNode v = from.get(key);
        if (v != null && !v.isNull() && !to.has(key)) {
            to.set(key, withoutNulls(v));
        }
    }

    /** Drops null members (a circled option's {@code "box": null}) so the YAML shows only what is set. */
    private static JsonNode withoutNulls(JsonNode v) {
        if (v.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            Iterator<Map.Entry<String, JsonNode>> it = v.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isNull()) {
                    copy.set(e.getKey(), withoutNulls(e.getValue()));
                }
            }
            return copy;
        }
        if (v.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            v.forEach(item -> copy.add(withoutNulls(item)));
            return copy;
        }
        return v;
    }
}
