package org.yomitori.samples;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import org.yomitori.imaging.GrayImage;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.Template;

/**
 * Fills a template's blank reference image with values, as a person would with a pen: the test
 * fixtures and demo samples of the project are drawn with it. Values have the record's shapes:
 * strings, ISO dates (String or LocalDate), booleans, an option name or a list of option names.
 * Blank values ({@code null}, "", false, empty list) leave the field empty. Thread-safe.
 */
public final class FormFiller {
    private static final Set<String> INSTALLED = Set.of(
            GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT));
    private final Map<Path, BufferedImage> references = new ConcurrentHashMap<>();

    /** Page 0 filled in, as 8-bit gray at the template's dpi. */
    public GrayImage fill(Template template, Map<String, ?> values, FillStyle style) {
        return fillPage(template, 0, values, style);
    }

    public GrayImage fillPage(Template template, int page, Map<String, ?> values, FillStyle style) {
        return GrayImage.of(fillPageColour(template, page, values, style), template.dpi());
    }

    /** The page in colour (blue ink, red seals), for colour scans. */
    public BufferedImage fillPageColour(Template template, int page, Map<String, ?> values, FillStyle style) {
        checkNames(template, values);
        BufferedImage blank = reference(template.referenceImages().get(page));
        BufferedImage out = new BufferedImage(blank.getWidth(), blank.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(blank, 0, 0, null);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            FieldPainter painter = new FieldPainter(g, font(style.font()), style, isLatin(template));
            for (FieldSpec f : template.fieldsOnPage(page)) {
                Object value = values.get(f.name());
                if (isBlank(value)) {
                    continue;
                }
                g.setClip(f.box().x(), f.box().y(), f.box().w(), f.box().h()); // fixtures keep ink in the box
                g.setColor(style.ink() == FillStyle.Ink.BLUE ? Pen.BLUE : Pen.BLACK);
                painter.paint(f, value, new Random(style.seed() * 31 + f.name().hashCode()));
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    /**
     * The text written for a field, e.g. 令和6年4月1日 or R6.4.1 for a date (a printed_era date in
     * full), for the {@code raw} part of ground truth.
     */
    public String writtenText(Template template, FieldSpec field, Object value, FillStyle style) {
        return isBlank(value) ? "" : new FieldPainter(null, null, style, isLatin(template)).text(field, value);
    }

    static boolean isBlank(Object value) {
        return value == null || "".equals(value) || Boolean.FALSE.equals(value)
                || value instanceof List<?> list && list.isEmpty();
    }

    private static boolean isLatin(Template template) {
        return "en".equals(template.language());
    }

    private static void checkNames(Template template, Map<String, ?> values) {
        for (String name : values.keySet()) {
            if (template.fields().stream().noneMatch(f -> f.name().equals(name))) {
                throw new IllegalArgumentException("template '" + template.id() + "' has no field '" + name + "'");
            }
        }
    }

    /** AWT silently substitutes a missing font; a fixture drawn in the wrong font is worse than none. */
    static Font font(String family) {
        if (!INSTALLED.contains(family)) {
            throw new IllegalArgumentException("font '" + family + "' is not installed (Debian: fonts-ipaexfont,"
                    + " fonts-noto-cjk)");
        }
        return new Font(family, Font.PLAIN, 12);
    }

    private BufferedImage reference(Path file) {
        return references.computeIfAbsent(file, p -> {
            try {
                BufferedImage image = ImageIO.read(p.toFile());
                if (image == null) {
                    throw new IllegalArgumentException("reference image " + p.getFileName() + " is not an image");
                }
                return image;
            } catch (IOException e) {
                throw new UncheckedIOException("reference image " + p.getFileName() + " cannot be read", e);
            }
        });
    }
}
