package org.yomitori.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yomitori.template.FieldRule.Kind;

/** The "rules" list of a template: declared, inferred when absent, and every mistake reported. */
class TemplateRulesTest {
    private static final String FORM = """
            id: rules_form
            width: 200
            height: 300
            reference: reference.png
            fields:
              - {name: application_date, label: 申請日, type: date, box: [10, 10, 100, 20]}
              - {name: applicant_kana, label: フリガナ, type: kana, box: [10, 40, 100, 20]}
              - {name: applicant_name, label: 氏名, type: text, box: [10, 70, 100, 20]}
              - {name: dob, label: 生年月日, type: date, box: [10, 100, 100, 20]}
              - {name: child_birth_date, label: 児童 生年日, type: date, box: [10, 130, 100, 20]}
              - {name: move_date, label: 異動日, type: date, box: [10, 160, 100, 20]}
              - {name: holder_kana, label: 口座名義, type: kana, box: [10, 190, 100, 20]}
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void reference() throws IOException {
        ImageIO.write(new BufferedImage(200, 300, BufferedImage.TYPE_BYTE_GRAY), "png",
                dir.resolve("reference.png").toFile());
    }

    private Template load(String rules) throws IOException {
        Path file = Files.writeString(dir.resolve("t.yaml"), FORM + rules, StandardCharsets.UTF_8);
        return new TemplateLoader().load(file);
    }

    private String error(String rules) {
        return assertThrows(TemplateException.class, () -> load(rules)).getMessage();
    }

    @Test
    void declaredRulesAreLoadedAsWritten() throws IOException {
        Template t = load("""
                rules:
                  - {rule: before, field: move_date, other: application_date}
                  - rule: reading_of
                    field: holder_kana
                    other: applicant_name
                """);
        assertEquals(List.of(new FieldRule(Kind.BEFORE, "move_date", "application_date"),
                new FieldRule(Kind.READING_OF, "holder_kana", "applicant_name")), t.rules());
    }

    @Test
    void withoutARulesKeyTheFieldsImplyThemAndAnEmptyListTurnsThemOff() throws IOException {
        assertEquals(List.of(new FieldRule(Kind.BEFORE, "dob", "application_date"),
                new FieldRule(Kind.BEFORE, "child_birth_date", "application_date"),
                new FieldRule(Kind.READING_OF, "applicant_kana", "applicant_name")), load("").rules(),
                "birth dates by label or name; holder_kana has no holder_name");
        assertEquals(List.of(), load("rules: []\n").rules());
        assertEquals(List.of(), load("rules:\n").rules());
    }

    @Test
    void noFilingDateMeansNoDateRule() throws IOException {
        Path file = Files.writeString(dir.resolve("n.yaml"), FORM.replace("label: 申請日", "label: 日付")
                .replace("name: application_date", "name: written_on"), StandardCharsets.UTF_8);
        assertEquals(List.of(new FieldRule(Kind.READING_OF, "applicant_kana", "applicant_name")),
                new TemplateLoader().load(file).rules());
    }

    @Test
    void everyMistakeInARuleIsNamed() {
        assertTrue(error("rules:\n  - {rule: after, field: dob, other: application_date}\n")
                .contains("rule 1: unknown rule 'after' (known: before, reading_of)"));
        assertTrue(error("rules:\n  - {rule: before, field: dob, other: application_date}\n"
                + "  - {rule: before, field: death_date, other: application_date}\n")
                .contains("rule 2 (before): 'field' names no field of the template: 'death_date'"));
        assertTrue(error("rules:\n  - {rule: before, field: dob}\n").contains("rule 1 (before) has no 'other'"));
        assertTrue(error("rules:\n  - {field: dob, other: dob}\n").contains("rule 1 has no 'rule'"));
        assertTrue(error("rules:\n  - {rule: before, field: dob, other: dob}\n")
                .contains("'field' and 'other' are the same field"));
        assertTrue(error("rules:\n  - {rule: before, field: dob, other: applicant_name}\n")
                .contains("both fields must be dates"));
        assertTrue(error("rules:\n  - {rule: reading_of, field: applicant_name, other: applicant_kana}\n")
                .contains("'field' must be a kana field and 'other' a text field"));
        assertTrue(error("rules: before\n").contains("'rules' must be a list"));
        assertTrue(error("rules:\n  - before\n").contains("rule 1 must be a mapping"));
        assertTrue(error("rules:\n  - {rule: before, field: dob, other: application_date}\n"
                + "  - {rule: before, field: dob, other: application_date}\n").contains("rule 2 (before) is declared twice"));
        assertTrue(error("rules:\n  - {rule: before, field: dob}\n").startsWith(dir.resolve("t.yaml").toString()),
                "the message names the file");
    }
}
