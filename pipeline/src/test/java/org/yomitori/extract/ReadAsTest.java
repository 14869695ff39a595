package org.yomitori.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yomitori.imaging.GrayImage;
import org.yomitori.record.DocumentRecord;
import org.yomitori.record.FieldResult;
import org.yomitori.samples.FillStyle;
import org.yomitori.samples.FormFiller;
import org.yomitori.samples.ScanWriter;
import org.yomitori.template.Template;
import org.yomitori.template.TemplateRegistry;

/**
 * A verifier's template pick: a scan of a form whose template was not installed when it was read
 * comes out unidentified; its kept pages are then read with the template the verifier picked.
 */
class ReadAsTest {
    private static Template juminhyo;
    private static PipelineExtractor withoutJuminhyo;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        TemplateRegistry all = FilledForms.sampleTemplates();
        juminhyo = all.byId("juminhyo_request").orElseThrow();
        TemplateRegistry others = TemplateRegistry.of(all.all().stream().filter(t -> t != juminhyo).toList());
        withoutJuminhyo = new PipelineExtractor(ExtractorSettings.defaults(), others);
    }

    @AfterAll
    static void stop() {
        withoutJuminhyo.close();
    }

    @Test
    void theKeptPagesOfAnUnidentifiedFormAreReadWithThePickedTemplate() throws Exception {
        Path file = FilledForms.write(juminhyo, FilledForms.juminhyoValues(), ScanWriter.Format.PNG,
                dir.resolve("scan.png"), -1.0);
        ExtractedDocument unidentified = withoutJuminhyo.extract(file, "scan.png", "ab".repeat(32)).get(0);
        assertNull(unidentified.record().template());

        ExtractedDocument read = withoutJuminhyo.readAs(juminhyo, unidentified.pages(), "abababababababab-1", "scan.png");

        DocumentRecord r = read.record();
        assertEquals("juminhyo_request", r.template());
        assertEquals("abababababababab-1", r.documentId());
        assertEquals(juminhyo.fields().size(), r.fields().size());
        Map<String, Object> values = r.fields().stream().collect(Collectors.toMap(FieldResult::name, FieldResult::value));
        assertEquals(true, values.get("cert_juminhyo"));
        assertEquals("本人", values.get("requester_relation"));
        assertEquals("2024-04-01", values.get("application_date"));
        assertEquals(juminhyo.width(), read.pages().get(0).width(), "the page comes back aligned to the reference");
    }

    @Test
    void anIdCopyInFrontOfTheFormStaysAnAttachment() {
        GrayImage form = new FormFiller().fill(juminhyo, FilledForms.juminhyoValues(), FillStyle.printed());
        GrayImage upsideDown = org.yomitori.imaging.PageNormaliser.rotate(form, 2);

        ExtractedDocument read = withoutJuminhyo.readAs(juminhyo, List.of(PipelineExtractorTest.idCardCopy(), upsideDown),
                "cd-1", "batch.pdf");

        assertEquals(List.of(0, 1), read.record().pages());
        Map<String, Object> values = read.record().fields().stream()
                .collect(Collectors.toMap(FieldResult::name, FieldResult::value));
        assertEquals(true, values.get("cert_juminhyo"), "the form page was found, turned upright and read");
        assertEquals(juminhyo.width(), read.pages().get(1).width());
    }
}
