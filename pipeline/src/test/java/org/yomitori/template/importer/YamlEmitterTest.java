package org.yomitori.template.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class YamlEmitterTest {
    private final ObjectMapper json = new ObjectMapper();
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    @Test
    void quotesOnlyScalarsThatYamlWouldMisread() {
        assertEquals("令和", YamlEmitter.scalar("令和"));
        assertEquals("FORM-JT-03", YamlEmitter.scalar("FORM-JT-03"));
        assertEquals("\"0123456789\"", YamlEmitter.scalar("0123456789"));
        assertEquals("\"yes\"", YamlEmitter.scalar("yes"));
        assertEquals("\"a: b\"", YamlEmitter.scalar("a: b"));
        assertEquals("\"異動者1 氏名\"", YamlEmitter.scalar("異動者1 氏名"));
        assertEquals("\"say \\\"hi\\\"\\n\"", YamlEmitter.scalar("say \"hi\"\n"));
    }

    @Test
    void writesBoxesInFlowStyleAndReadsBackAsTheSameTree() throws IOException {
        JsonNode tree = json.readTree("""
                {"id": "x", "ratio": 0.9, "flag": false, "empty": [],
                 "pages": [{"reference": "reference.png"}],
                 "fields": [{"name": "a", "box": [1, 2, 3, 4], "cells": [[1, 2, 3, 4], [5, 6, 7, 8]],
                             "slots": {"year": [1, 2, 3, 4]},
                             "options": [{"option": "on", "box": [1, 1, 1, 1], "label_box": [2, 2, 2, 2]}]},
                            {"name": "b", "label": "口座名義（カナ）", "whitelist": "ア イ:#"}]}
                """);
        String text = YamlEmitter.emit(tree, "fields");
        assertEquals(tree, yaml.readTree(text));
        assertEquals(true, text.contains("    box: [1, 2, 3, 4]\n"), text);
        assertEquals(true, text.contains("\n\n  - name: b\n"), "fields are separated by a blank line:\n" + text);
    }
}
