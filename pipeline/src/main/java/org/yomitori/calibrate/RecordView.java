package org.yomitori.calibrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yomitori.record.DocumentRecord;
import org.yomitori.record.FieldResult;

/**
 * A record as the scorer sees it, with what calibration needs besides: each field's exact
 * confidence and its reason codes.
 *
 * @param source   the scanned file's name (only the last path part counts)
 * @param pages    the record's 0-based pages, or null when it names none
 * @param template the form id, or null
 * @param fields   per field name
 */
record RecordView(String source, List<Integer> pages, String template, Map<String, Field> fields) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param value      the value as JSON (NullNode for null)
     * @param status     auto, review or verified
     * @param confidence the reader's confidence (NaN when the record has none)
     * @param reasons    why the field went to review
     */
    record Field(JsonNode value, String status, double confidence, List<String> reasons) {
    }

    static RecordView of(DocumentRecord r) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (FieldResult f : r.fields()) {
            fields.put(f.name(), new Field(JSON.valueToTree(f.value()), f.status().id(), f.confidence(), f.reasons()));
        }
        return new RecordView(r.source(), r.pages().stream().sorted().toList(), r.template(), fields);
    }

    /** Reads a JSON record leniently, like the scorer: a bare value is an auto field. */
    static RecordView of(JsonNode r) {
        Map<String, Field> fields = new LinkedHashMap<>();
        r.path("fields").fields().forEachRemaining(e -> {
            JsonNode g = e.getValue();
            if (g.isObject()) {
                List<String> reasons = new ArrayList<>();
                g.path("reasons").forEach(x -> reasons.add(x.asText()));
                fields.put(e.getKey(), new Field(g.has("value") ? g.get("value") : JSON.nullNode(),
                        g.hasNonNull("status") ? g.get("status").asText() : "auto",
                        g.path("confidence").isNumber() ? g.get("confidence").asDouble() : Double.NaN, reasons));
            } else if (!g.isNull()) {
                fields.put(e.getKey(), new Field(g, "auto", Double.NaN, List.of()));
            }
        });
        JsonNode template = r.get("template");
        return new RecordView(r.path("source").asText(""), pages(r.get("pages")),
                template == null || template.isNull() ? null : template.asText(), fields);
    }

    private static List<Integer> pages(JsonNode p) {
        if (p != null && p.isInt()) {
            return List.of(p.asInt());
        }
        if (p == null || !p.isArray()) {
            return null;
        }
        List<Integer> out = new ArrayList<>();
        p.forEach(x -> {
            if (x.isInt()) {
                out.add(x.asInt());
            }
        });
        return out.stream().sorted().toList();
    }

    String sourceName() {
        return source.substring(source.lastIndexOf('/') + 1);
    }
}
