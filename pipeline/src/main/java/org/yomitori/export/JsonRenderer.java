package org.yomitori.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** JSON (UTF-8): one object of column to text per record; a batch file is an array of them. */
final class JsonRenderer implements Renderer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Endpoint endpoint;
    private final ObjectWriter writer;

    JsonRenderer(Endpoint endpoint) {
        this.endpoint = endpoint;
        String eol = endpoint.file().lineEnding();
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", eol))
                .withArrayIndenter(new DefaultIndenter("  ", eol));
        this.writer = JSON.writer(pretty);
    }

    @Override
    public void check(String cell, Column column, ExportRecord record) {
        // any text is valid JSON; the UTF-8 check finds lone surrogates
    }

    @Override
    public String render(List<Prepared> records, boolean batch) {
        try {
            if (!batch && records.size() == 1) {
                return writer.writeValueAsString(object(records.get(0))) + endpoint.file().lineEnding();
            }
            ArrayNode array = JSON.createArrayNode();
            records.forEach(p -> array.add(object(p)));
            return writer.writeValueAsString(array) + endpoint.file().lineEnding();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("column texts cannot be written as JSON", e);
        }
    }

    private ObjectNode object(Prepared p) {
        ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < endpoint.columns().size(); i++) {
            node.put(endpoint.columns().get(i).name(), p.cells().get(i));
        }
        return node;
    }
}
