package org.yomitori.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateLoaderTest {
    @TempDir
    Path dir;

    private static final String VALID = """
            id: demo_form
            version: 2
            title: デモ申請書
            code: FORM-DEMO-01
            language: ja
            dpi: 300
            width: 200
            height: 300
            pages:
              - reference: reference.png
            keywords: [デモ申請書]
            defaults:
              threshold: 0.8
            fields:
              - name: applicant_name
                label: 氏名
                type: text
                box: [10, 10, 100, 30]
              - name: birth_date
                type: date
                box: [10, 50, 100, 30]
                format: printed_era
                slots: {year: [20, 50, 20, 30], month: [50, 50, 20, 30], day: [80, 50, 20, 30]}
                era: 令和
                threshold: 0.95
              - name: purpose
                type: checkbox_group
                multi: true
                box: [10, 100, 180, 40]
                options:
                  - {option: 就職, box: [12, 110, 20, 20], label_box: [35, 105, 40, 30]}
                  - {option: 年金, box: [92, 110, 20, 20], label_box: [115, 105, 40, 30]}
              - name: postal_code
                type: postal_code
                box: [10, 150, 140, 30]
                cells: [[10, 150, 20, 30], [30, 150, 20, 30]]
            """;

    @BeforeEach
    void reference() throws IOException {
        ImageIO.write(new BufferedImage(200, 300, BufferedImage.TYPE_BYTE_GRAY), "png",
                dir.resolve("reference.png").toFile());
    }

    private Path write(String name, String yaml) throws IOException {
        return Files.writeString(dir.resolve(name), yaml, StandardCharsets.UTF_8);
    }

    @Test
    void loadsEveryAttributeWithDefaultsPerType() throws IOException {
        Template t = new TemplateLoader().load(write("demo.yaml", VALID));
        assertEquals("demo_form", t.id());
        assertEquals(2, t.version());
        assertEquals(1, t.pages());
        assertEquals(4, t.fields().size());
        FieldSpec name = t.fields().get(0);
        assertEquals("jpn", name.language());
        assertEquals(0.8, name.threshold());
        FieldSpec date = t.fields().get(1);
        assertTrue(date.isPrintedEraDate());
        assertEquals(new Box(20, 50, 20, 30), date.slots().get("year"));
        assertEquals(0.95, date.threshold());
        FieldSpec purpose = t.fields().get(2);
        assertTrue(purpose.multi());
        assertEquals(List.of("就職", "年金"), purpose.options().stream().map(OptionSpec::option).toList());
        FieldSpec postal = t.fields().get(3);
        assertEquals("eng", postal.language(), "digit fields read with the eng model");
        assertEquals(2, postal.cells().size());
    }

    @Test
    void fieldsWithoutThresholdTakeTheCalibratedValueOfTheirFieldThenTypeThenTheTemplateDefault() throws IOException {
        Path file = write("demo.yaml", VALID);
        CalibratedThresholds calibration = new CalibratedThresholds(
                Map.of(FieldType.TEXT, 0.97, FieldType.DATE, 0.5, FieldType.CHECKBOX_GROUP, 0.99),
                Map.of("demo_form", Map.of("purpose", 0.999), "other_form", Map.of("applicant_name", 0.1)));
        Map<String, Double> t = new TemplateLoader(calibration).load(file).fields().stream()
                .collect(Collectors.toMap(FieldSpec::name, FieldSpec::threshold));
        assertEquals(0.97, t.get("applicant_name"), "calibrated for its type");
        assertEquals(0.95, t.get("birth_date"), "its own threshold wins over the calibration");
        assertEquals(0.999, t.get("purpose"), "calibrated for this template field, over its type");
        assertEquals(0.8, t.get("postal_code"), "type not calibrated: the template default");
        Path noDefaults = write("plain.yaml", VALID.replace("defaults:\n  threshold: 0.8\n", ""));
        assertEquals(0.90, new TemplateLoader().load(noDefaults).fields().get(0).threshold(), "loader default");
    }

    @Test
    void aTextFieldLabelled続柄IsCheckedAgainstTheRelationshipWords() throws IOException {
        String yaml = VALID.replace("label: 氏名", "label: 異動者1 続柄");
        FieldSpec relationship = new TemplateLoader().load(write("rel.yaml", yaml)).fields().get(0);
        assertEquals("relationship", relationship.validator());
        String own = VALID.replace("label: 氏名", "label: 続柄\n    validator: digits");
        assertEquals("digits", new TemplateLoader().load(write("own.yaml", own)).fields().get(0).validator(),
                "a validator the template names is kept");
        assertEquals(null, new TemplateLoader().load(write("demo.yaml", VALID)).fields().get(0).validator());
    }

    @Test
    void thresholdOutsideZeroToOneOrNotANumberIsReported() throws IOException {
        Path text = write("t.yaml", VALID.replace("threshold: 0.95", "threshold: high"));
        assertTrue(assertThrows(TemplateException.class, () -> new TemplateLoader().load(text)).getMessage()
                .contains("field 'birth_date' 'threshold' must be within 0..1"));
        Path big = write("b.yaml", VALID.replace("threshold: 0.8", "threshold: 1.5"));
        assertTrue(assertThrows(TemplateException.class, () -> new TemplateLoader().load(big)).getMessage()
                .contains("'defaults.threshold' must be within 0..1"));
    }

    @Test
    void calibrationFileIsReadAndCheckedAndAnAbsentOneIsNoCalibration() throws IOException {
        assertTrue(CalibratedThresholds.load(dir.resolve("absent.yaml")).isEmpty());
        Path file = write("thresholds.yaml", """
                target: 0.005
                types:
                  text: {threshold: 0.96, basis: own, accepted: 472}
                  kana: 0.9
                fields:
                  demo_form:
                    purpose: {threshold: 0.99}
                """);
        CalibratedThresholds c = CalibratedThresholds.load(file);
        assertEquals(0.96, c.thresholdFor("x", "any", FieldType.TEXT).orElseThrow());
        assertEquals(0.9, c.thresholdFor("x", "any", FieldType.KANA).orElseThrow());
        assertEquals(0.99, c.thresholdFor("demo_form", "purpose", FieldType.CHECKBOX_GROUP).orElseThrow());
        assertTrue(c.thresholdFor("x", "any", FieldType.DATE).isEmpty());
        Path badType = write("bad.yaml", "types:\n  handwriting: {threshold: 0.9}\n");
        assertTrue(assertThrows(TemplateException.class, () -> CalibratedThresholds.load(badType)).getMessage()
                .contains("handwriting"));
        Path badValue = write("bad2.yaml", "types:\n  text: {threshold: 2}\n");
        assertTrue(assertThrows(TemplateException.class, () -> CalibratedThresholds.load(badValue)).getMessage()
                .contains("type text: 'threshold' must be a number within 0..1"));
    }

    @Test
    void shippedCalibrationCoversEveryFieldType() {
        Path shipped = CalibratedThresholds.DEFAULT_FILE;
        assumeTrue(Files.isRegularFile(shipped), "run from the repository root");
        CalibratedThresholds c = CalibratedThresholds.load(shipped);
        for (FieldType type : FieldType.values()) {
            assertTrue(c.byType().containsKey(type), "no calibrated threshold for " + type.id());
        }
    }

    @Test
    void brokenYamlNamesTheFile() throws IOException {
        Path file = write("broken.yaml", "id: x\nfields: [ {name: a, type: text, box: [1,2,3,4]\n");
        TemplateException e = assertThrows(TemplateException.class, () -> new TemplateLoader().load(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("cannot be parsed"), e.getMessage());
    }

    @Test
    void unknownFieldTypeNamesTheField() throws IOException {
        Path file = write("bad-type.yaml", VALID.replace("type: text", "type: handwriting"));
        TemplateException e = assertThrows(TemplateException.class, () -> new TemplateLoader().load(file));
        assertTrue(e.getMessage().contains("bad-type.yaml"), e.getMessage());
        assertTrue(e.getMessage().contains("field 'applicant_name'"), e.getMessage());
        assertTrue(e.getMessage().contains("handwriting"), e.getMessage());
    }

    @Test
    void malformedBoxIsReported() throws IOException {
        Path file = write("bad-box.yaml", VALID.replace("box: [10, 10, 100, 30]", "box: [10, 10, 100]"));
        TemplateException e = assertThrows(TemplateException.class, () -> new TemplateLoader().load(file));
        assertTrue(e.getMessage().contains("field 'applicant_name' 'box' must be [x, y, w, h]"), e.getMessage());
    }

    @Test
    void missingReferenceImageIsReported() throws IOException {
        Path file = write("no-ref.yaml", VALID.replace("reference.png", "missing.png"));
        TemplateException e = assertThrows(TemplateException.class, () -> new TemplateLoader().load(file));
        assertTrue(e.getMessage().contains("reference image missing.png not found"), e.getMessage());
    }

    @Test
    void duplicateFieldAndIncompleteDateAreReported() throws IOException {
        Path dup = write("dup.yaml", VALID.replace("name: birth_date", "name: applicant_name"));
        assertTrue(assertThrows(TemplateException.class, () -> new TemplateLoader().load(dup)).getMessage()
                .contains("declared twice"));
        Path date = write("date.yaml", VALID.replace(", day: [80, 50, 20, 30]", ""));
        assertTrue(assertThrows(TemplateException.class, () -> new TemplateLoader().load(date)).getMessage()
                .contains("'slots' needs year, month and day"));
    }

    @Test
    void circleGroupNeedsNoTickBoxButBoxGroupDoes() throws IOException {
        Path file = write("nobox.yaml", VALID.replace("{option: 就職, box: [12, 110, 20, 20], ", "{option: 就職, "));
        assertTrue(assertThrows(TemplateException.class, () -> new TemplateLoader().load(file)).getMessage()
                .contains("every option needs a 'box'"));
        Path circle = write("circle.yaml", VALID.replace("multi: true", "multi: true\n    mark: circle")
                .replace("{option: 就職, box: [12, 110, 20, 20], ", "{option: 就職, "));
        assertEquals("circle", new TemplateLoader().load(circle).fields().get(2).mark());
    }

    @Test
    void registryLetsASiteFolderOverrideAShippedTemplate() throws IOException {
        Path shipped = Files.createDirectories(dir.resolve("shipped"));
        Path site = Files.createDirectories(dir.resolve("site"));
        for (Path d : List.of(shipped, site)) {
            Files.copy(dir.resolve("reference.png"), d.resolve("reference.png"));
        }
        Files.writeString(shipped.resolve("demo.yaml"), VALID);
        Files.writeString(site.resolve("demo.yaml"), VALID.replace("version: 2", "version: 3"));
        TemplateRegistry registry = TemplateRegistry.load(List.of(shipped, site));
        assertEquals(3, registry.byId("demo_form").orElseThrow().version());
        assertEquals(1, registry.all().size());
    }
}
