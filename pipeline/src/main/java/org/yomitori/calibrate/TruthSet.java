package org.yomitori.calibrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The ground truth of a folder: every {@code <scan>.truth.json} (format: {@code ../shared/eval/README.md})
 * and the field types, taken like the scorer takes them: from the form specs in {@code DIR/forms} or
 * {@code DIR/../forms}, else from each truth document's {@code types}, else guessed from the value.
 */
final class TruthSet {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One document of a truth file. */
    record Document(String form, List<Integer> pages, Map<String, JsonNode> fields, Map<String, String> types) {
    }

    private final Map<String, List<Document>> byFile;
    private final Map<String, String> specTypes;

    private TruthSet(Map<String, List<Document>> byFile, Map<String, String> specTypes) {
        this.byFile = byFile;
        this.specTypes = specTypes;
    }

    static TruthSet load(Path dir) throws IOException {
        Map<String, List<Document>> byFile = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".truth.json")).sorted().toList()) {
                JsonNode root = JSON.readTree(p.toFile());
                List<Document> docs = new ArrayList<>();
                root.path("documents").forEach(d -> docs.add(document(d)));
                byFile.put(root.path("file").asText(), docs);
            }
        }
        if (byFile.isEmpty()) {
            throw new IOException("no *.truth.json files in " + dir);
        }
        Map<String, String> types = new HashMap<>();
        for (Path forms : List.of(dir.resolve("forms"), dir.toAbsolutePath().getParent().resolve("forms"))) {
            readSpecTypes(forms, types);
        }
        return new TruthSet(byFile, types);
    }

    private static Document document(JsonNode d) {
        List<Integer> pages = new ArrayList<>();
        d.path("pages").forEach(p -> pages.add(p.asInt()));
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        d.path("fields").fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
        Map<String, String> types = new HashMap<>();
        d.path("types").fields().forEachRemaining(e -> types.put(e.getKey(), e.getValue().asText()));
        return new Document(d.path("form").asText(), pages.stream().sorted().toList(), fields, types);
    }

    private static void readSpecTypes(Path forms, Map<String, String> types) {
        if (!Files.isDirectory(forms)) {
            return;
        }
        try (Stream<Path> files = Files.list(forms)) {
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                try {
                    JsonNode spec = JSON.readTree(p.toFile());
                    String form = spec.path("form").asText();
                    spec.path("fields").forEach(f -> types.putIfAbsent(form + "/" + f.path("name").asText(),
                            f.path("type").asText()));
                } catch (IOException e) {
                    // the scorer skips a spec it cannot read; so do we
                }
            }
        } catch (IOException e) {
            // an unreadable forms folder is like an absent one
        }
    }

    Map<String, List<Document>> files() {
        return byFile;
    }

    String type(Document doc, String field) {
        String t = specTypes.get(doc.form() + "/" + field);
        if (t == null) {
            t = doc.types().get(field);
        }
        return t != null ? t : ValueComparison.inferType(doc.fields().get(field));
    }
}
