package org.yomitori.read;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import org.yomitori.imaging.AlignedPage;
import org.yomitori.imaging.GrayImage;
import org.yomitori.template.Template;

/**
 * A scanned page aligned to its template's reference grid, with the blank reference page beside it:
 * readers subtract what is printed on the blank form (box lines, 「令和　年　月　日」, 〒, 印) before
 * reading what was written.
 *
 * @param scan      the aligned scan, the reference's size
 * @param reference the blank form page, or null (printed lines are then found by shape only)
 * @param aligned   the alignment was trusted; when not, every field goes to review
 */
public record FormPage(GrayImage scan, GrayImage reference, boolean aligned) {
    private static final Map<Path, SoftReference<GrayImage>> REFERENCES = new ConcurrentHashMap<>();

    public FormPage {
        if (scan == null) {
            throw new IllegalArgumentException("scan is required");
        }
        if (reference != null && (reference.width() != scan.width() || reference.height() != scan.height())) {
            throw new IllegalArgumentException("scan " + scan.width() + "x" + scan.height()
                    + " is not aligned to the reference " + reference.width() + "x" + reference.height());
        }
    }

    public FormPage(GrayImage scan, GrayImage reference) {
        this(scan, reference, true);
    }

    /** The scan with page {@code page} of the template's blank reference (loaded once, then cached). */
    public static FormPage of(GrayImage scan, Template template, int page) {
        return new FormPage(scan, reference(template.referenceImages().get(page), template.dpi()), true);
    }

    /** An aligner's output with the template page it was aligned to. */
    public static FormPage of(AlignedPage page, Template template, int templatePage) {
        return new FormPage(page.image(), reference(template.referenceImages().get(templatePage), template.dpi()),
                page.ok());
    }

    static GrayImage reference(Path file, int dpi) {
        SoftReference<GrayImage> cached = REFERENCES.get(file);
        GrayImage img = cached == null ? null : cached.get();
        if (img == null) {
            try {
                BufferedImage read = ImageIO.read(file.toFile());
                if (read == null) {
                    throw new IOException("not an image");
                }
                img = GrayImage.of(read, dpi);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read reference image " + file.getFileName(), e);
            }
            REFERENCES.put(file, new SoftReference<>(img));
        }
        return img;
    }

    /** Pixels at this page's resolution for a length given at 300 dpi. */
    int px(int at300) {
        int dpi = scan.dpi() > 0 ? scan.dpi() : 300;
        return Math.max(1, (int) Math.round(at300 * dpi / 300.0));
    }
}
