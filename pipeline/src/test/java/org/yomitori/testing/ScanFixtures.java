package org.yomitori.testing;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.yomitori.samples.FillStyle;
import org.yomitori.samples.FormFiller;
import org.yomitori.samples.ScanWriter;
import org.yomitori.template.Template;
import org.yomitori.template.TemplateLoader;

/**
 * Scans made by code for tests: demo forms from {@code samples/templates} filled in with known
 * values, plain pages, and broken files. Every file is written under a hidden name first and
 * renamed into place, as a scanner writing to a share would, so a drop folder never sees half a file.
 */
public final class ScanFixtures {
    /** The demo form most tests use: 住民票の写し等交付申請書. */
    public static final String JUMINHYO = "juminhyo_request";
    /** A demo form with a My Number field: 児童手当 認定請求書. */
    public static final String JIDOU_TEATE = "jidou_teate";

    private ScanFixtures() {
    }

    public static Template template(String id) {
        return new TemplateLoader().load(Path.of("samples/templates", id, "template.yaml"));
    }

    /** The values drawn on the juminhyo_request form. */
    public static Map<String, Object> juminhyoValues() {
        return Map.of("applicant_name", "山田 花子", "applicant_postal_code", "123-4567",
                "applicant_phone", "03-1234-5678", "requester_relation", "本人", "cert_juminhyo", true,
                "cert_juminhyo_copies", "2");
    }

    /** Page 0 of a demo form filled in with print-like handwriting, at the template's 300 dpi. */
    public static BufferedImage filled(Template template, Map<String, ?> values) {
        return new FormFiller().fill(template, values, FillStyle.printed()).toBufferedImage();
    }

    /** Writes a scan in {@code format} (PNG, JPEG, TIFF G4, PDF) into a drop folder. */
    public static Path scan(Path target, BufferedImage page, ScanWriter.Format format) throws IOException {
        Path temp = hidden(target);
        ScanWriter.write(List.of(page), 300, format, temp);
        return Files.move(temp, target);
    }

    /** A plain A4 page at 150 dpi with a line of text: a readable file that is no known form. */
    public static BufferedImage page(String text) {
        BufferedImage image = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.drawRect(100, 100, 1040, 1554);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
            g.drawString(text, 160, 240);
        } finally {
            g.dispose();
        }
        return image;
    }

    public static Path png(Path target, BufferedImage image) throws IOException {
        Path temp = hidden(target);
        ScanWriter.writePng(image, 150, temp);
        return Files.move(temp, target);
    }

    /** A file that starts like a PNG but is not one. */
    public static Path corruptPng(Path target) throws IOException {
        byte[] bytes = new byte[4096];
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(header, 0, bytes, 0, header.length);
        for (int i = header.length; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return publish(target, bytes);
    }

    public static Path empty(Path target) throws IOException {
        return publish(target, new byte[0]);
    }

    public static Path publish(Path target, byte[] bytes) throws IOException {
        Path temp = hidden(target);
        Files.write(temp, bytes);
        return Files.move(temp, target);
    }

    private static Path hidden(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        return target.resolveSibling("." + target.getFileName());
    }
}
