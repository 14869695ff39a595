package org.yomitori.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Writes a {@link DocumentRecord} as the JSON record the scorer and core systems read. */
public final class RecordJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RecordJson() {
    }

    public static ObjectNode toJson(DocumentRecord record) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("document_id", record.documentId());
        root.put("source", record.source());
        ArrayNode pages = root.putArray("pages");
        record.pages().forEach(pages::add);
        if (record.template() == null) {
            root.putNull("template");
        } else {
            root.put("template", record.template());
        }
        root.put("status", record.status());
        ObjectNode fields = root.putObject("fields");
        for (FieldResult f : record.fields()) {
            ObjectNode node = fields.putObject(f.name());
            node.set("value", MAPPER.valueToTree(f.value()));
            node.put("raw", f.raw());
            node.put("confidence", Math.round(f.confidence() * 1000) / 1000.0);
            node.put("status", f.status().id());
            if (!f.reasons().isEmpty()) {
                ArrayNode reasons = node.putArray("reasons");
                f.reasons().forEach(reasons::add);
            }
        }
        return root;
    }

    /** One line of JSON, as {@code extract} prints it. */
    public static String toLine(DocumentRecord record) {
        try {
            return MAPPER.writeValueAsString(toJson(record));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("record cannot be serialised", e);
        }
    }

    public static String toPrettyJson(DocumentRecord record) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(record));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("record cannot be serialised", e);
        }
    }

    public static List<String> valueAsList(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null || "".equals(value) ? List.of() : List.of(String.valueOf(value));
    }
}
