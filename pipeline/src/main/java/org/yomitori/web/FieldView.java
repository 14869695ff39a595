package org.yomitori.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yomitori.storage.StoredField;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.OptionSpec;

/** A stored field as the API shows it, its My Number masked unless the caller may see it. */
final class FieldView {
    private FieldView() {
    }

    static Map<String, Object> of(String documentId, StoredField f, FieldSpec spec, boolean myNumberAllowed) {
        boolean masked = MyNumber.is(f.type()) && !myNumberAllowed;
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("name", f.name());
        n.put("label", spec == null ? null : spec.label());
        n.put("type", f.type());
        n.put("value", value(f.valueJson(), masked));
        n.put("raw", masked ? MyNumber.mask(f.raw()) : f.raw());
        n.put("confidence", f.confidence());
        n.put("status", f.status());
        n.put("reasons", f.reasons());
        n.put("page", spec == null ? null : spec.page());
        n.put("box", spec == null ? null : Map.of("x", spec.box().x(), "y", spec.box().y(), "w", spec.box().w(),
                "h", spec.box().h()));
        n.put("cropUrl", f.cropPath() == null || masked ? null
                : "/api/documents/" + documentId + "/fields/" + f.name() + "/crop.png");
        n.put("options", spec == null || spec.options().isEmpty() ? null
                : spec.options().stream().map(OptionSpec::option).toList());
        n.put("multi", spec != null && spec.multi());
        n.put("masked", masked);
        return n;
    }

    /** A stored JSON value (or audit value) as a JSON node, masked when asked. */
    static JsonNode value(String json, boolean masked) {
        if (json == null) {
            return null;
        }
        JsonNode value;
        try {
            value = Body.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            value = TextNode.valueOf(json);
        }
        return masked && value.isTextual() ? TextNode.valueOf(MyNumber.mask(value.asText())) : value;
    }
}
