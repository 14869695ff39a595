package org.yomitori.template.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yomitori.template.CalibratedThresholds;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.FieldType;
import org.yomitori.template.Template;
import org.yomitori.template.TemplateLoader;

class TemplateImporterTest {
    private static final Path SHARED_FORMS = Path.of("../shared/eval/forms");

    @TempDir
    Path dir;

    @Test
    void importsSharedBlankFormFromPdfAndPngWithTheSpecsFields() throws IOException {
        assumeTrue(Files.isRegularFile(SHARED_FORMS.resolve("jidou_teate.pdf")), "../shared is absent");
        Path spec = SHARED_FORMS.resolve("jidou_teate.json");
        TemplateImporter.Result fromPdf = new TemplateImporter().importTemplate(spec,
                SHARED_FORMS.resolve("jidou_teate.pdf"), dir.resolve("pdf"));
        TemplateImporter.Result fromPng = new TemplateImporter().importTemplate(spec,
                SHARED_FORMS.resolve("jidou_teate.png"), dir.resolve("png"));
        Template expected = new TemplateLoader().load(spec);

        for (TemplateImporter.Result r : List.of(fromPdf, fromPng)) {
            assertEquals(dir.resolve(r == fromPdf ? "pdf" : "png").resolve("jidou_teate/template.yaml"),
                    r.templateFile());
            TemplateAssertions.assertSameGeometry(expected, r.template());
            assertEquals(List.of("児童手当 認定請求書", "FORM-JT-03"), r.template().keywords());
            assertEquals(List.of(), r.warnings());
        }
        BufferedImage pdfRef = ImageIO.read(fromPdf.referenceImages().get(0).toFile());
        BufferedImage pngRef = ImageIO.read(fromPng.referenceImages().get(0).toFile());
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, pdfRef.getType());
        assertEquals(2480, pdfRef.getWidth());
        assertEquals(3508, pdfRef.getHeight());
        assertTrue(TemplateAssertions.meanDifference(pdfRef, pngRef) < 4, "the PDF renders like the PNG blank");
        assertTrue(Files.size(fromPdf.referenceImages().get(0)) < 400_000, "reference stays a small PNG");
    }

    @Test
    void importsFormDrawnInCodeWithTypeDefaults() throws IOException {
        DrawnForm form = DrawnForm.create();
        Path spec = form.write(dir.resolve("in"));
        TemplateImporter.Result r = new TemplateImporter().importTemplate(spec, dir.resolve("in/drawn_form.png"),
                dir.resolve("out"));
        Template t = r.template();
        TemplateAssertions.assertSameGeometry(new TemplateLoader().load(spec), t);
        assertEquals(List.of("テスト申請書", "FORM-TS-99"), t.keywords());
        assertEquals(150, t.dpi());
        Map<String, FieldSpec> f = t.fields().stream().collect(Collectors.toMap(FieldSpec::name, x -> x));
        assertEquals("jpn", f.get("name").language());
        assertEquals("eng", f.get("my_number").language(), "digits read best with eng");
        assertEquals("eng", f.get("phone").language());
        assertEquals("jpn", f.get("free_date").language());
        assertTrue(t.fields().stream().allMatch(x -> x.whitelist() == null), "readers keep their own per-type sets");
        String yaml = Files.readString(r.templateFile());
        assertFalse(yaml.contains("threshold"), "thresholds come from the calibration, not the import");
        CalibratedThresholds calibration = new CalibratedThresholds(Map.of(FieldType.TEXT, 0.97), Map.of());
        assertEquals(0.97, new TemplateLoader(calibration).load(r.templateFile()).fields().stream()
                .filter(x -> x.name().equals("name")).findFirst().orElseThrow().threshold());
        BufferedImage ref = ImageIO.read(r.referenceImages().get(0).toFile());
        assertEquals(0, TemplateAssertions.meanDifference(form.blank(), ref),
                "a gray PNG of the right size is kept pixel for pixel");
    }

    @Test
    void importsFromPdfDrawnInCode() throws IOException {
        DrawnForm form = DrawnForm.create();
        Path spec = form.write(dir);
        Path pdf = dir.resolve("blank.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(doc, form.blank());
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            doc.save(pdf.toFile());
        }
        TemplateImporter.Result r = new TemplateImporter().importTemplate(spec, pdf, dir.resolve("out"));
        BufferedImage ref = ImageIO.read(r.referenceImages().get(0).toFile());
        assertEquals(DrawnForm.WIDTH, ref.getWidth());
        assertEquals(DrawnForm.HEIGHT, ref.getHeight());
        assertTrue(TemplateAssertions.meanDifference(form.blank(), ref) < 3,
                "the PDF page renders as the drawn form");
    }

    @Test
    void resamplesBlankScannedAtAnotherResolution() throws IOException {
        DrawnForm form = DrawnForm.create();
        Path spec = form.write(dir);
        BufferedImage doubled = new BufferedImage(DrawnForm.WIDTH * 2, DrawnForm.HEIGHT * 2,
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = doubled.createGraphics();
        g.drawImage(form.blank(), 0, 0, doubled.getWidth(), doubled.getHeight(), null);
        g.dispose();
        Path png = dir.resolve("blank-300dpi.png");
        ImageIO.write(doubled, "png", png.toFile());
        TemplateImporter.Result r = new TemplateImporter().importTemplate(spec, png, dir.resolve("out"));
        BufferedImage ref = ImageIO.read(r.referenceImages().get(0).toFile());
        assertEquals(DrawnForm.WIDTH, ref.getWidth());
        assertTrue(TemplateAssertions.meanDifference(form.blank(), ref) < 6);
    }

    @Test
    void failedImportLeavesTheInstalledTemplateUntouched() throws IOException {
        DrawnForm form = DrawnForm.create();
        Path spec = form.write(dir.resolve("in"));
        Path out = dir.resolve("out");
        new TemplateImporter().importTemplate(spec, dir.resolve("in/drawn_form.png"), out);
        String installed = Files.readString(out.resolve("drawn_form/template.yaml"));
        long referenceSize = Files.size(out.resolve("drawn_form/reference.png"));

        ObjectNode broken = form.spec().deepCopy();
        ((ArrayNode) broken.get("fields").get(1).get("box")).set(2, 5000);
        Path brokenSpec = dir.resolve("broken.json");
        new ObjectMapper().writeValue(brokenSpec.toFile(), broken);
        BufferedImage other = new BufferedImage(DrawnForm.WIDTH, DrawnForm.HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Path otherPng = dir.resolve("other.png");
        ImageIO.write(other, "png", otherPng.toFile());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TemplateImporter().importTemplate(brokenSpec, otherPng, out));
        assertTrue(e.getMessage().contains("'name'"), e.getMessage());
        assertEquals(installed, Files.readString(out.resolve("drawn_form/template.yaml")));
        assertEquals(referenceSize, Files.size(out.resolve("drawn_form/reference.png")));
        try (var files = Files.list(out)) {
            assertEquals(List.of(out.resolve("drawn_form")), files.toList(), "no staging folder is left");
        }
    }

    @Test
    void rejectsBlankFormWithOtherProportions() throws IOException {
        Path spec = DrawnForm.create().write(dir);
        Path square = dir.resolve("square.png");
        ImageIO.write(new BufferedImage(1000, 1000, BufferedImage.TYPE_BYTE_GRAY), "png", square.toFile());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TemplateImporter().importTemplate(spec, square, dir.resolve("out")));
        assertTrue(e.getMessage().contains("proportions"), e.getMessage());
    }

    @Test
    void warnsWhenAWritingAreaCoversPrintedMatter() throws IOException {
        DrawnForm form = DrawnForm.create();
        Graphics2D g = form.blank().createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(300, 230, 400, 70); // something printed over the name field's area
        g.dispose();
        Path spec = form.write(dir);
        TemplateImporter.Result r = new TemplateImporter().importTemplate(spec, dir.resolve("drawn_form.png"),
                dir.resolve("out"));
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).startsWith("field 'name'"));
    }

    @Test
    void mainPrintsWhatItWroteAndExplainsUsage() throws IOException {
        Path spec = DrawnForm.create().write(dir);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = TemplateImporter.run(new String[] {spec.toString(), dir.resolve("drawn_form.png").toString(),
            dir.resolve("out").toString()}, print(out), print(err));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("template.yaml") && printed.contains("reference.png"), printed);
        assertEquals(2, TemplateImporter.run(new String[] {"only-one"}, print(out), print(err)));
        assertEquals(1, TemplateImporter.run(new String[] {"missing.json", "missing.png", "out"}, print(out),
                print(err)));
        assertFalse(Files.exists(Path.of("out")), "a failed run creates nothing");
    }

    private static PrintStream print(ByteArrayOutputStream sink) {
        return new PrintStream(sink, true, StandardCharsets.UTF_8);
    }
}
