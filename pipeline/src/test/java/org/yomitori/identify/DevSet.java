package org.yomitori.identify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.yomitori.template.TemplateRegistry;

/** The shared, ground-truthed dev scans (../shared/eval from the repo root), when present. */
final class DevSet {
    static final Path ROOT = Path.of("..", "shared", "eval");
    static final Path DEV = ROOT.resolve("dev");
    static final Path FORMS = ROOT.resolve("forms");

    /** One truth document: its form and 0-based pages within the file. */
    record TruthDocument(String form, List<Integer> pages, boolean upsideDown) {
    }

    private DevSet() {
    }

    static boolean present() {
        return Files.isDirectory(DEV) && Files.isDirectory(FORMS);
    }

    static TemplateRegistry templates() {
        return TemplateRegistry.load(List.of(FORMS));
    }

    /** Every scan with a truth file, sorted by name. */
    static List<Path> scans() throws IOException {
        try (Stream<Path> files = Files.list(DEV)) {
            return files.filter(p -> Files.exists(truthOf(p))).sorted().toList();
        }
    }

    static List<TruthDocument> truth(Path scan) throws IOException {
        JsonNode root = new ObjectMapper().readTree(truthOf(scan).toFile());
        List<TruthDocument> out = new ArrayList<>();
        for (JsonNode d : root.path("documents")) {
            List<Integer> pages = new ArrayList<>();
            d.path("pages").forEach(p -> pages.add(p.asInt()));
            out.add(new TruthDocument(d.path("form").asText(), pages, d.path("scan").path("upside_down").asBoolean()));
        }
        return out;
    }

    private static Path truthOf(Path scan) {
        return scan.resolveSibling(scan.getFileName() + ".truth.json");
    }
}
