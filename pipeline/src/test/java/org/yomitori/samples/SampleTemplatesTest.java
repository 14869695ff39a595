package org.yomitori.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yomitori.template.Template;
import org.yomitori.template.TemplateLoader;
import org.yomitori.template.TemplateRegistry;
import org.yomitori.template.importer.TemplateAssertions;
import org.yomitori.template.importer.TemplateImporter;

/** The demo templates committed under samples/templates are what the importer makes of the blank forms. */
class SampleTemplatesTest {
    static final Path SAMPLE_TEMPLATES = Path.of("samples/templates");
    private static final Path SHARED_FORMS = Path.of("../shared/eval/forms");
    private static final List<String> FORMS = List.of("juminhyo_request", "idou_todoke", "jidou_teate",
            "change_of_address");

    @TempDir
    Path dir;

    @Test
    void allFourDemoTemplatesLoad() {
        TemplateRegistry registry = TemplateRegistry.load(List.of(SAMPLE_TEMPLATES));
        assertEquals(FORMS.stream().sorted().toList(), registry.all().stream().map(Template::id).sorted().toList());
        for (Template t : registry.all()) {
            assertEquals(300, t.dpi());
            assertEquals(List.of(t.title(), t.code()), t.keywords());
        }
    }

    @Test
    void committedTemplatesMatchAFreshImportOfTheBlankForms() throws IOException {
        assumeTrue(Files.isDirectory(SHARED_FORMS), "../shared is absent");
        for (String form : FORMS) {
            Path spec = SHARED_FORMS.resolve(form + ".json");
            TemplateImporter.Result fresh = new TemplateImporter().importTemplate(spec,
                    SHARED_FORMS.resolve(form + ".png"), dir);
            Path committed = SAMPLE_TEMPLATES.resolve(form);
            assertEquals(Files.readString(fresh.templateFile()), Files.readString(committed.resolve("template.yaml")),
                    form + ": re-run the import command in samples/README.md");
            assertArrayEquals(pixels(fresh.referenceImages().get(0)), pixels(committed.resolve("reference.png")),
                    form);
            TemplateAssertions.assertSameGeometry(new TemplateLoader().load(spec),
                    new TemplateLoader().load(committed.resolve("template.yaml")));
        }
    }

    private static byte[] pixels(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, image.getType());
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }
}
