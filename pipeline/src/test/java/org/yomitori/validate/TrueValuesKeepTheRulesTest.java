package org.yomitori.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yomitori.record.FieldResult;
import org.yomitori.record.FieldStatus;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.RuleInference;
import org.yomitori.template.Template;
import org.yomitori.template.TemplateLoader;
import org.yomitori.template.TemplateRegistry;

/**
 * Every surname written in the truth is in {@link Surnames}, and the domain rules never fire on values people really write: every ground-truthed document (the
 * dev set in ../shared, the committed sample scans) goes through the address and birth-date
 * validators and its template's rules without a single flag.
 */
class TrueValuesKeepTheRulesTest {
    private static final Path DEV = Path.of("../shared/eval/dev");
    private static final Path FORMS = Path.of("../shared/eval/forms");
    private static final Path SAMPLES = Path.of("samples/scans");
    private static final Set<String> DOMAIN_REASONS = Set.of(Validators.UNKNOWN_PREFECTURE,
            Validators.NO_MUNICIPALITY, Validators.DATE_IN_FUTURE);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Values checked and flagged, per check. */
    private final Map<String, int[]> counts = new TreeMap<>();
    private final List<String> flagged = new ArrayList<>();

    @Test
    void devTruthBreaksNoRuleWhenTemplatesAreLoadedFromTheSpecs() throws IOException {
        assumeTrue(Files.isDirectory(DEV) && Files.isDirectory(FORMS), "../shared is absent");
        Map<String, Template> templates = new TreeMap<>();
        try (Stream<Path> specs = Files.list(FORMS)) {
            specs.filter(p -> p.toString().endsWith(".json"))
                    .forEach(p -> templates.put(p.getFileName().toString().replace(".json", ""),
                            new TemplateLoader().load(p)));
        }
        int documents = checkAll(DEV, templates);
        System.out.println("dev truth: " + documents + " documents, checked/flagged per rule " + summary());
        assertTrue(documents >= 100, "the dev set has over a hundred documents: " + documents);
        assertEquals(List.of(), flagged);
    }

    @Test
    void sampleScanTruthBreaksNoRuleWithTheShippedTemplates() throws IOException {
        Map<String, Template> templates = new TreeMap<>();
        TemplateRegistry.load(List.of(Path.of("samples/templates"))).all().forEach(t -> templates.put(t.id(), t));
        int documents = checkAll(SAMPLES, templates);
        System.out.println("sample truth: " + documents + " documents, checked/flagged per rule " + summary());
        assertTrue(documents > 0);
        assertTrue(counts.get("reading_of")[0] > 0 && counts.get("before")[0] > 0, summary());
        assertEquals(List.of(), flagged);
    }

    private int checkAll(Path dir, Map<String, Template> templates) throws IOException {
        int documents = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path truth : files.filter(p -> p.toString().endsWith(".truth.json")).sorted().toList()) {
                for (JsonNode doc : JSON.readTree(truth.toFile()).path("documents")) {
                    Template t = templates.get(doc.path("form").asText());
                    assertTrue(t != null, "no template for " + doc.path("form").asText());
                    check(t, doc.path("fields"), truth.getFileName() + " " + t.id());
                    documents++;
                }
            }
        }
        return documents;
    }

    private void check(Template t, JsonNode values, String where) {
        List<FieldResult> fields = new ArrayList<>();
        for (FieldSpec spec : t.fields()) {
            JsonNode v = values.path(spec.name());
            Object value = v.isBoolean() ? (Object) v.asBoolean() : v.isArray() ? List.of() : v.asText("");
            fields.add(new FieldResult(spec.name(), value, "", 1.0, FieldStatus.AUTO, List.of()));
            if (value instanceof String s && !s.isEmpty()) {
                List<String> reasons = Validators.forField(spec).validate(s).reasons().stream()
                        .filter(DOMAIN_REASONS::contains).toList();
                domainCheck(spec).ifPresent(c -> count(c, !reasons.isEmpty(), where + " " + spec.name() + " " + reasons));
            }
        }
        values.fields().forEachRemaining(e -> {
            String v = e.getValue().asText("");
            if (e.getKey().endsWith("_name") && v.matches("\\p{IsHan}+ .+")) {
                count("surname_known", Surnames.readings(v.split(" ")[0]).isEmpty(), where + " surname of " + v);
            }
        });
        List<FieldResult> out = new ArrayList<>(DocumentRules.apply(t, fields));
        // The readers drop the spaces between Japanese characters (佐藤恵子, サトウケイコ): rules must hold then too.
        out.addAll(DocumentRules.apply(t, fields.stream().map(TrueValuesKeepTheRulesTest::withoutSpaces).toList()));
        t.rules().forEach(r -> {
            boolean judged = fields.stream().anyMatch(f -> f.name().equals(r.field()) && !"".equals(f.value()))
                    && fields.stream().anyMatch(f -> f.name().equals(r.other()) && !"".equals(f.value()));
            if (judged) {
                count(r.kind().id(), false, "");
            }
        });
        out.stream().filter(FieldResult::needsReview)
                .forEach(f -> count("rules", true, where + " " + f.name() + " " + f.reasons()));
    }

    private static Optional<String> domainCheck(FieldSpec spec) {
        if (Address.isAddressField(spec)) {
            return Optional.of("address");
        }
        return RuleInference.isBirthDate(spec) ? Optional.of("birth_date") : Optional.empty();
    }

    private static FieldResult withoutSpaces(FieldResult f) {
        return f.value() instanceof String s ? new FieldResult(f.name(), s.replace(" ", ""), "", 1.0, f.status(),
                List.of()) : f;
    }

    private void count(String check, boolean flag, String what) {
        int[] c = counts.computeIfAbsent(check, k -> new int[2]);
        c[0] += flag ? 0 : 1;
        c[1] += flag ? 1 : 0;
        if (flag) {
            flagged.add(what);
        }
    }

    private String summary() {
        StringBuilder sb = new StringBuilder();
        counts.forEach((k, c) -> sb.append(k).append('=').append(c[0]).append('/').append(c[1]).append(' '));
        return sb.toString().strip();
    }
}
