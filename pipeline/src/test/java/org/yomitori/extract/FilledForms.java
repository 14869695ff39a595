package org.yomitori.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yomitori.imaging.GrayImage;
import org.yomitori.samples.FillStyle;
import org.yomitori.samples.FormFiller;
import org.yomitori.samples.ScanDamage;
import org.yomitori.samples.ScanSimulator;
import org.yomitori.samples.ScanWriter;
import org.yomitori.template.Template;
import org.yomitori.template.TemplateRegistry;

/** Test fixtures: the shipped sample templates filled with known values and "scanned" to a file. */
public final class FilledForms {
    public static final Path SAMPLE_TEMPLATES = Path.of("samples/templates");

    private FilledForms() {
    }

    public static TemplateRegistry sampleTemplates() {
        return TemplateRegistry.load(List.of(SAMPLE_TEMPLATES));
    }

    /** A 住民票 request with easy, machine-printed values; digits and marks must read back exactly. */
    public static Map<String, Object> juminhyoValues() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("application_date", "2024-04-01");
        v.put("applicant_name", "山田 太郎");
        v.put("applicant_postal_code", "160-0023");
        v.put("applicant_phone", "03-1234-5678");
        v.put("requester_relation", "本人");
        v.put("cert_juminhyo", true);
        v.put("cert_juminhyo_copies", "2");
        v.put("cert_kisai", false);
        v.put("cert_inkan", true);
        v.put("cert_inkan_copies", "1");
        v.put("cert_koseki", false);
        v.put("purpose", List.of("年金", "相続"));
        return v;
    }

    /** Renders the form, applies light scan damage (rotation, shift) and writes it in {@code format}. */
    public static Path write(Template template, Map<String, Object> values, ScanWriter.Format format, Path file,
                             double angle) throws IOException {
        GrayImage page = new FormFiller().fill(template, values, FillStyle.printed());
        ScanDamage damage = ScanDamage.none(300).withGeometry(angle, 1.0, 12, -8);
        GrayImage scanned = new ScanSimulator().scan(page, damage, 7);
        ScanWriter.write(List.of(scanned.toBufferedImage()), 300, format, file);
        return file;
    }

    /** Several pages in one multi-page file, e.g. a batch. */
    public static Path writeBatch(List<GrayImage> pages, ScanWriter.Format format, Path file) throws IOException {
        List<BufferedImage> images = new ArrayList<>();
        pages.forEach(p -> images.add(p.toBufferedImage()));
        ScanWriter.write(images, 300, format, file);
        return file;
    }
}
