package org.yomitori.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yomitori.extract.ExtractorSettings;
import org.yomitori.extract.FilledForms;
import org.yomitori.extract.PipelineExtractor;
import org.yomitori.template.TemplateRegistry;

/** The served OpenAPI document describes exactly the routes the server registers, with their roles. */
class OpenApiTest {
    @TempDir
    Path dir;

    @Test
    void everyRegisteredRouteIsDescribedWithItsRoleAndNothingElseIs() throws Exception {
        TemplateRegistry templates = FilledForms.sampleTemplates();
        try (PipelineExtractor extractor = new PipelineExtractor(ExtractorSettings.defaults(), templates);
             Station station = new Station(dir, extractor, templates)) {
            JsonNode doc = station.api().json("/api/openapi.json");
            assertTrue(doc.get("openapi").asText().startsWith("3."));
            JsonNode paths = doc.get("paths");
            List<String> described = new ArrayList<>();
            paths.fieldNames().forEachRemaining(p -> paths.get(p).fieldNames()
                    .forEachRemaining(m -> described.add(m.toUpperCase(Locale.ROOT) + " " + p)));
            List<String> registered = station.web.routes();

            assertEquals(registered.stream().sorted().toList(), described.stream().sorted().toList());
            for (ApiRoutes.Route r : station.web.apiRoutes()) {
                JsonNode op = paths.get(r.path()).get(r.method().toLowerCase(Locale.ROOT));
                assertEquals(r.access().name().toLowerCase(Locale.ROOT), op.get("x-yomitori-role").asText(), r.toString());
                assertTrue(op.has("responses") && op.has("summary"), r.toString());
            }
        }
    }
}
