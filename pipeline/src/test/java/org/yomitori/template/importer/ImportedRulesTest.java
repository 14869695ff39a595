package org.yomitori.template.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yomitori.template.FieldRule;
import org.yomitori.template.FieldRule.Kind;
import org.yomitori.template.TemplateLoader;

/** The importer writes the rules a form's fields imply, or the spec's own, into the template. */
class ImportedRulesTest {
    private static final Path SHARED_FORMS = Path.of("../shared/eval/forms");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<FieldRule> before(String other, String... birthDates) {
        List<FieldRule> out = new ArrayList<>();
        for (String b : birthDates) {
            out.add(new FieldRule(Kind.BEFORE, b, other));
        }
        return out;
    }

    private static List<FieldRule> readings(String... prefixes) {
        List<FieldRule> out = new ArrayList<>();
        for (String p : prefixes) {
            out.add(new FieldRule(Kind.READING_OF, p + "_kana", p + "_name"));
        }
        return out;
    }

    private static List<FieldRule> concat(List<FieldRule> a, List<FieldRule> b) {
        List<FieldRule> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    @Test
    void eachDevFormGetsItsBirthDateAndReadingRules() throws IOException {
        assumeTrue(Files.isDirectory(SHARED_FORMS), "../shared is absent");
        Map<String, List<FieldRule>> expected = Map.of(
                "juminhyo_request", concat(before("application_date", "applicant_birth_date"), readings("applicant")),
                "idou_todoke", concat(before("notify_date", "person1_birth_date", "person2_birth_date",
                        "person3_birth_date", "person4_birth_date"),
                        readings("person1", "person2", "person3", "person4")),
                "jidou_teate", concat(before("request_date", "claimant_birth_date", "child1_birth_date",
                        "child2_birth_date", "child3_birth_date"), readings("claimant")),
                "change_of_address", before("notice_date", "birth_date"));
        for (Map.Entry<String, List<FieldRule>> form : expected.entrySet()) {
            Path spec = SHARED_FORMS.resolve(form.getKey() + ".json");
            TemplateImporter.Result r = new TemplateImporter().importTemplate(spec,
                    SHARED_FORMS.resolve(form.getKey() + ".png"), dir);
            assertEquals(form.getValue(), r.template().rules(), form.getKey());
            assertTrue(Files.readString(r.templateFile()).contains("\nrules:\n  - rule: before\n"), form.getKey());
            assertEquals(form.getValue(), new TemplateLoader().load(spec).rules(),
                    form.getKey() + ": the bare spec, loaded as it is, gets the same rules");
        }
    }

    @Test
    void aSpecsOwnRulesAreCopiedInsteadOfTheInferredOnes() throws IOException {
        DrawnForm form = DrawnForm.create();
        Path spec = form.write(dir.resolve("in"));
        Path blank = dir.resolve("in").resolve(DrawnForm.ID + ".png");
        TemplateImporter.Result inferred = new TemplateImporter().importTemplate(spec, blank, dir.resolve("a"));
        assertEquals(before("application_date", "birth_date"), inferred.template().rules(),
                "name/kana have no common prefix: no reading rule");

        ObjectNode own = form.spec().deepCopy();
        own.putArray("rules").addObject().put("rule", "before").put("field", "free_date")
                .put("other", "application_date");
        Files.writeString(spec, JSON.writeValueAsString(own));
        TemplateImporter.Result declared = new TemplateImporter().importTemplate(spec, blank, dir.resolve("b"));
        assertEquals(before("application_date", "free_date"), declared.template().rules());

        own.putArray("rules");
        Files.writeString(spec, JSON.writeValueAsString(own));
        TemplateImporter.Result none = new TemplateImporter().importTemplate(spec, blank, dir.resolve("c"));
        assertEquals(List.of(), none.template().rules());
        assertTrue(Files.readString(none.templateFile()).endsWith("\nrules: []\n"));
    }
}
