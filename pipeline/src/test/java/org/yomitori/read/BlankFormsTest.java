package org.yomitori.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yomitori.imaging.GrayImage;
import org.yomitori.ocr.OcrConfig;
import org.yomitori.ocr.OcrEngine;
import org.yomitori.record.FieldResult;
import org.yomitori.record.FieldStatus;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.FieldType;
import org.yomitori.template.Template;
import org.yomitori.template.TemplateLoader;

/**
 * The blank forms of the shared evaluation set, scanned a few pixels off: nothing printed on
 * them (box lines, 「令和　年　月　日」, 〒, 印, option labels) may be read as an answer.
 */
class BlankFormsTest {
    private static final Path FORMS = Path.of("../shared/eval/forms");

    @ParameterizedTest
    @ValueSource(strings = {"juminhyo_request", "idou_todoke", "jidou_teate", "change_of_address"})
    void aBlankFormReadsAsBlank(String form) {
        Path spec = FORMS.resolve(form + ".json");
        assumeTrue(Files.isRegularFile(spec), "shared evaluation forms not present");
        Template t = new TemplateLoader().load(spec);
        FormPage reference = FormPage.of(FormPage.reference(t.referenceImages().get(0), t.dpi()), t, 0);
        GrayImage scan = Sheet.of(reference.reference(), 1).shifted(4, -3);
        FormPage page = new FormPage(scan, reference.reference());
        try (OcrEngine engine = new OcrEngine(OcrConfig.defaults())) {
            for (FieldSpec f : t.fields()) {
                FieldResult r = FieldReaders.read(page, f, engine);
                assertEquals(blank(f), r.value(), f.name());
                assertEquals(FieldStatus.AUTO, r.status(), f.name() + " " + r);
            }
        }
    }

    private static Object blank(FieldSpec f) {
        if (f.type() == FieldType.CHECKBOX || f.type() == FieldType.SEAL_PRESENCE) {
            return false;
        }
        return f.type() == FieldType.CHECKBOX_GROUP && f.multi() ? List.of() : "";
    }
}
