package org.yomitori.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yomitori.imaging.GrayImage;
import org.yomitori.record.DocumentRecord;
import org.yomitori.record.FieldResult;
import org.yomitori.record.FieldStatus;
import org.yomitori.record.RecordJson;
import org.yomitori.render.UnreadableDocumentException;
import org.yomitori.samples.FillStyle;
import org.yomitori.samples.FormFiller;
import org.yomitori.samples.ScanWriter;
import org.yomitori.template.Template;
import org.yomitori.template.TemplateRegistry;
import org.yomitori.validate.DocumentRules;

/** The reading stages end to end on generated scans of the shipped sample templates. */
class PipelineExtractorTest {
    private static TemplateRegistry templates;
    private static PipelineExtractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        templates = FilledForms.sampleTemplates();
        extractor = new PipelineExtractor(ExtractorSettings.defaults(), templates);
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    @ParameterizedTest
    @EnumSource(value = ScanWriter.Format.class)
    void readsAFilledFormInEveryAcceptedFormat(ScanWriter.Format format) throws Exception {
        Template t = templates.byId("juminhyo_request").orElseThrow();
        Path file = FilledForms.write(t, FilledForms.juminhyoValues(), format, dir.resolve("scan." + format.extension()),
                1.5);

        List<ExtractedDocument> docs = extractor.extract(file, file.getFileName().toString(), "ab".repeat(32));

        assertEquals(1, docs.size());
        DocumentRecord r = docs.get(0).record();
        assertEquals("juminhyo_request", r.template());
        assertEquals(List.of(0), r.pages());
        assertEquals("abababababababab-1", r.documentId());
        assertEquals(t.fields().size(), r.fields().size(), "every template field gets a result");
        Map<String, FieldResult> f = r.fields().stream().collect(Collectors.toMap(FieldResult::name, x -> x));
        assertEquals(true, f.get("cert_juminhyo").value());
        assertEquals(false, f.get("cert_kisai").value());
        assertEquals("本人", f.get("requester_relation").value());
        assertEquals(Set.of("年金", "相続"), Set.copyOf((List<?>) f.get("purpose").value()));
        assertEquals("1600023", digits(f.get("applicant_postal_code").value()));
        assertEquals("0312345678", digits(f.get("applicant_phone").value()));
        assertEquals("2024-04-01", f.get("application_date").value());
        assertEquals(2480, docs.get(0).pages().get(0).width(), "pages come back aligned to the reference");
    }

    @Test
    void aBirthDateAfterTheFilingDateGoesToReviewWithTheRuleAsReason() throws Exception {
        Template t = templates.byId("jidou_teate").orElseThrow();
        Map<String, Object> values = Map.of("request_date", "2025-06-02", "claimant_birth_date", "2025-08-10",
                "child1_birth_date", "2019-04-01", "claimant_name", "佐藤 恵子");
        Path file = FilledForms.write(t, values, ScanWriter.Format.PNG, dir.resolve("order.png"), 0.8);

        DocumentRecord r = extractor.extract(file, "order.png", "12".repeat(32)).get(0).record();

        Map<String, FieldResult> f = r.fields().stream().collect(Collectors.toMap(FieldResult::name, x -> x));
        assertEquals("2025-06-02", f.get("request_date").value());
        assertEquals("2025-08-10", f.get("claimant_birth_date").value());
        for (String name : List.of("request_date", "claimant_birth_date")) {
            assertEquals(FieldStatus.REVIEW, f.get(name).status(), name);
            assertTrue(f.get(name).reasons().contains(DocumentRules.DATE_ORDER), f.get(name).reasons().toString());
            assertTrue(f.get(name).confidence() <= DocumentRules.RULE_CAP, name);
        }
        assertFalse(f.get("child1_birth_date").reasons().contains(DocumentRules.DATE_ORDER), "born before filing");
        assertEquals(DocumentRecord.NEEDS_REVIEW, r.status());
        assertTrue(RecordJson.toLine(r).contains(DocumentRules.DATE_ORDER), "the reason is stored in the record");
    }

    @Test
    void splitsABatchAndKeepsAnAttachmentWithItsDocument() throws Exception {
        FormFiller filler = new FormFiller();
        GrayImage first = filler.fill(templates.byId("juminhyo_request").orElseThrow(), FilledForms.juminhyoValues(),
                FillStyle.printed());
        GrayImage second = filler.fill(templates.byId("change_of_address").orElseThrow(),
                Map.of("full_name", "Anna Reyes"), FillStyle.printed());
        Path file = FilledForms.writeBatch(List.of(first, idCardCopy(), second), ScanWriter.Format.PDF_G4,
                dir.resolve("batch.pdf"));

        List<ExtractedDocument> docs = extractor.extract(file, "batch.pdf", "cd".repeat(32));

        assertEquals(2, docs.size());
        assertEquals("juminhyo_request", docs.get(0).record().template());
        assertEquals(List.of(0, 1), docs.get(0).record().pages());
        assertEquals("change_of_address", docs.get(1).record().template());
        assertEquals(List.of(2), docs.get(1).record().pages());
        assertEquals("cdcdcdcdcdcdcdcd-2", docs.get(1).record().documentId());
    }

    @Test
    void aPageOfNoKnownFormBecomesAnUnidentifiedDocument() throws Exception {
        Path file = FilledForms.writeBatch(List.of(idCardCopy()), ScanWriter.Format.PNG, dir.resolve("letter.png"));

        List<ExtractedDocument> docs = extractor.extract(file, "letter.png", "ef".repeat(32));

        assertEquals(1, docs.size());
        assertNull(docs.get(0).record().template());
        assertEquals(DocumentRecord.UNIDENTIFIED, docs.get(0).record().status());
        assertEquals(1, docs.get(0).pages().size(), "the page is kept for the person who identifies it");
    }

    @Test
    void aCorruptFileIsUnreadableWithAReason() throws Exception {
        Path file = Files.write(dir.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj <<".getBytes());
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> extractor.extract(file, "broken.pdf", "00".repeat(32)));
        assertEquals(UnreadableDocumentException.CORRUPT, e.reasonCode());
        assertTrue(e.getMessage().contains("/"), "Japanese and English: " + e.getMessage());
    }

    /** A page that is no form: a photocopied card with some text, like the ID copies stapled to forms. */
    static GrayImage idCardCopy() {
        BufferedImage img = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
        var g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 2480, 3508);
        g.setColor(Color.DARK_GRAY);
        g.fillRoundRect(400, 500, 1600, 1000, 60, 60);
        g.setColor(Color.WHITE);
        g.setFont(new java.awt.Font(FillStyle.IPAEX_GOTHIC, java.awt.Font.PLAIN, 90));
        g.drawString("運転免許証", 500, 700);
        g.dispose();
        return GrayImage.of(img, 300);
    }

    private static String digits(Object v) {
        return String.valueOf(v).replaceAll("\\D", "");
    }
}
