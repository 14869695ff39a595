package org.yomitori.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java comparison agrees with the official scorer on the dev set: records are made from the
 * truth with every kind of difference the scorer rules on (other notations, wrong values, missing
 * fields and documents, wrong templates, odd page lists, extra records), then both score them.
 */
class ScorerAgreementTest {
    private static final Path DEV = Path.of("../shared/eval/dev");
    private static final Path SCORER = Path.of("../shared/eval/score.py");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void javaScoringEqualsScorePyOnPerturbedDevRecords() throws Exception {
        assumeTrue(Files.isRegularFile(SCORER) && Files.isDirectory(DEV), "../shared is absent");
        TruthSet truth = TruthSet.load(DEV);
        List<JsonNode> records = new PerturbedRecords(new Random(11)).of(truth);
        Path file = dir.resolve("records.jsonl");
        List<String> lines = new ArrayList<>();
        for (JsonNode r : records) {
            lines.add(JSON.writeValueAsString(r));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        JsonNode py = scorePy(file);
        Scoring java = Scoring.of(truth, records.stream().map(RecordView::of).toList());
        Figures all = Figures.of(java.fields());

        assertEquals(py.get("documents_found").asInt(), java.found());
        assertEquals(py.get("extra_records").asInt(), java.extra());
        assertEquals(py.get("fields").asInt(), all.fields());
        assertEquals(py.get("silent_errors").asInt(), all.autoWrong());
        assertEquals(py.get("review_fields").asInt(), all.review());
        assertEquals(py.get("missing_fields").asInt(), count(java, "missing"));
        assertEquals(py.get("verified_fields").asInt(), count(java, "verified"));
        assertEquals(py.get("classification_accuracy").asDouble(), 100.0 * java.classified() / java.documents(), 0.006);
        assertEquals(py.get("field_accuracy").asDouble(), 100 * all.accuracy(), 0.006);
        Figures.by(java.fields(), ScoredField::type).forEach((type, f) -> {
            JsonNode p = py.get("per_type").get(type);
            assertEquals(p.get("fields").asInt(), f.fields(), type);
            assertEquals(p.get("accuracy").asDouble(), 100 * f.accuracy(), 0.006, type);
            assertEquals(p.get("stp").asDouble(), 100 * f.stp(), 0.006, type);
        });
        Map<String, Figures> perField = Figures.by(java.fields(), f -> f.form() + "." + f.field());
        int compared = 0;
        for (JsonNode w : py.get("worst_fields")) {
            Figures f = perField.remove(w.get("form").asText() + "." + w.get("field").asText());
            assertEquals(w.get("wrong").asInt(), f.fields() - f.correct(), w.toString());
            assertEquals(w.get("auto_wrong").asInt(), f.autoWrong(), w.toString());
            compared++;
        }
        perField.forEach((k, f) -> assertEquals(f.fields(), f.correct(), k + ": the scorer lists it as all right"));
        assertTrue(compared > 60, "the perturbations make most fields wrong somewhere: " + compared);
    }

    private static int count(Scoring s, String status) {
        return (int) s.fields().stream().filter(f -> f.status().equals(status)).count();
    }

    private static JsonNode scorePy(Path records) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", SCORER.toString(), DEV.toString(), records.toString(), "--json",
                "--worst", "100000").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assumeTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "python3 cannot run the scorer");
        return JSON.readTree(out);
    }

    /** Records that differ from the truth in the ways the scorer's rules are about. */
    private static final class PerturbedRecords {
        private final Random rnd;

        PerturbedRecords(Random rnd) {
            this.rnd = rnd;
        }

        List<JsonNode> of(TruthSet truth) {
            List<JsonNode> out = new ArrayList<>();
            truth.files().forEach((file, docs) -> {
                for (TruthSet.Document d : docs) {
                    double r = rnd.nextDouble();
                    if (r < 0.03) {
                        continue; // not found
                    }
                    ObjectNode rec = JSON.createObjectNode().put("source", rnd.nextBoolean() ? file : "in/" + file)
                            .put("template", r < 0.06 ? "other_form" : d.form());
                    pages(rec, d.pages(), docs.size() == 1);
                    ObjectNode fields = rec.putObject("fields");
                    d.fields().forEach((name, tv) -> field(fields, name, tv, truth.type(d, name)));
                    out.add(rec);
                }
                if (rnd.nextDouble() < 0.1) {
                    out.add(JSON.createObjectNode().put("source", file).put("template", "x").set("pages",
                            JSON.createArrayNode().add(40)));
                }
            });
            out.add(JSON.createObjectNode().put("source", "not_in_the_set.pdf").put("template", "x"));
            return out;
        }

        private void pages(ObjectNode rec, List<Integer> pages, boolean single) {
            int v = rnd.nextInt(6);
            if (single && v == 0) {
                return; // no pages: matched when it is the file's only record
            }
            if (single && v == 1) {
                rec.put("pages", pages.get(0));
                return;
            }
            ArrayNode a = rec.putArray("pages");
            pages.forEach(a::add);
            if (v == 2) {
                a.add(pages.get(pages.size() - 1) + 1); // overlaps and holds the first page
            }
        }

        private void field(ObjectNode fields, String name, JsonNode tv, String type) {
            int v = rnd.nextInt(10);
            if (v == 6) {
                return; // missing
            }
            JsonNode value = v <= 3 ? Notation.other(type, tv, rnd) : v <= 5 ? Notation.wrong(type, tv, rnd)
                    : v == 8 ? JSON.nullNode() : tv;
            if (v == 7) {
                fields.set(name, value); // a bare value counts as auto
                return;
            }
            ObjectNode f = fields.putObject(name);
            f.set("value", value);
            int s = rnd.nextInt(20);
            if (s < 19) {
                f.put("status", s < 12 ? "auto" : s < 18 ? "review" : "verified");
            }
            f.put("confidence", rnd.nextDouble());
        }
    }
}
