package org.yomitori.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.Template;
import org.yomitori.template.TemplateRegistry;

class SampleGeneratorTest {
    private static final Path SCANS = Path.of("samples/scans");
    private static final List<Template> TEMPLATES = TemplateRegistry.load(List.of(SampleTemplatesTest.SAMPLE_TEMPLATES))
            .all();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void writesScansWithTruthForOneFormDeterministically() throws IOException {
        Template form = TEMPLATES.stream().filter(t -> t.id().equals("change_of_address")).findFirst().orElseThrow();
        List<Path> first = new SampleGenerator().generate(List.of(form), dir.resolve("a"), 7);
        new SampleGenerator().generate(List.of(form), dir.resolve("b"), 7);
        assertEquals(List.of("change_of_address_01.png", "change_of_address_01.png.truth.json",
                "change_of_address_02.jpg", "change_of_address_02.jpg.truth.json", "change_of_address_03.tif",
                "change_of_address_03.tif.truth.json", "batch_01.pdf", "batch_01.pdf.truth.json"),
                first.stream().map(p -> p.getFileName().toString()).toList());
        for (Path p : first) {
            assertEquals(-1L, Files.mismatch(p, dir.resolve("b").resolve(p.getFileName())), "same seed, same " + p);
        }
        try (PDDocument batch = Loader.loadPDF(dir.resolve("a/batch_01.pdf").toFile())) {
            assertEquals(3, batch.getNumberOfPages());
        }
        JsonNode truth = json.readTree(dir.resolve("a/batch_01.pdf.truth.json").toFile());
        assertEquals("batch_01.pdf", truth.get("file").asText());
        assertEquals(3, truth.get("documents").size());
        assertEquals(2, truth.get("documents").get(2).get("pages").get(0).asInt());
    }

    /** The committed demo set is what the README says: every form, every format, valid truth, small. */
    @Test
    void committedSamplesHaveTruthForEveryFieldAndStaySmall() throws IOException {
        List<Path> truths;
        try (Stream<Path> files = Files.list(SCANS)) {
            truths = files.filter(p -> p.toString().endsWith(".truth.json")).sorted().toList();
        }
        assertEquals(13, truths.size());
        List<String> forms = new ArrayList<>();
        for (Path truth : truths) {
            JsonNode root = json.readTree(truth.toFile());
            Path scan = SCANS.resolve(root.get("file").asText());
            assertTrue(Files.isRegularFile(scan), scan.toString());
            for (JsonNode doc : root.get("documents")) {
                Template t = TEMPLATES.stream().filter(x -> x.id().equals(doc.get("form").asText())).findFirst()
                        .orElseThrow();
                List<String> names = new ArrayList<>();
                doc.get("fields").fieldNames().forEachRemaining(names::add);
                assertEquals(t.fields().stream().map(FieldSpec::name).toList(), names, truth.toString());
                forms.add(t.id());
            }
        }
        assertEquals(4, forms.stream().distinct().count());
        long bytes;
        try (Stream<Path> files = Files.walk(Path.of("samples"))) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        assertTrue(bytes < 3_000_000, "samples/ holds " + bytes + " bytes");
    }
}
