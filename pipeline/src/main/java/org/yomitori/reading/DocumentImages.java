package org.yomitori.reading;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.yomitori.config.DataLayout;
import org.yomitori.extract.ExtractedDocument;
import org.yomitori.imaging.GrayImage;
import org.yomitori.storage.AtomicFiles;
import org.yomitori.template.Box;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.Template;

/**
 * Writes what a verifier looks at: each page of a document ({@code page-<n>.png}) and, for an
 * identified document, one crop per field ({@code field-<name>.png}) cut from the aligned page at
 * the field's box plus a margin. Names are fixed, so reading a scan again overwrites them.
 * Public for the verification step, which writes them again when a person picks the template of
 * an unidentified document.
 */
public final class DocumentImages {
    /** Stored (data-relative) paths of the written images. */
    public record Written(List<String> pages, Map<String, String> crops) {
    }

    private final DataLayout layout;
    private final int marginPx;

    public DocumentImages(DataLayout layout, int marginPx) {
        this.layout = layout;
        this.marginPx = marginPx;
    }

    public Written write(ExtractedDocument doc) throws IOException {
        Path folder = layout.images(doc.record().documentId());
        List<BufferedImage> images = doc.pages().stream().map(GrayImage::toBufferedImage).toList();
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            pages.add(png(images.get(i), folder.resolve("page-" + i + ".png")));
        }
        Map<String, String> crops = new LinkedHashMap<>();
        Template template = doc.template();
        if (template != null) {
            for (FieldSpec field : template.fields()) {
                if (field.page() < images.size()) {
                    BufferedImage crop = crop(images.get(field.page()), field.box(), template.width());
                    if (crop != null) {
                        crops.put(field.name(), png(crop, folder.resolve("field-" + field.name() + ".png")));
                    }
                }
            }
        }
        return new Written(pages, crops);
    }

    /** The box (in template pixels) grown by the margin, scaled to the page, clipped; null when empty. */
    private BufferedImage crop(BufferedImage page, Box box, int templateWidth) {
        double scale = templateWidth > 0 ? page.getWidth() / (double) templateWidth : 1.0;
        Box area = box.inset(-marginPx).scaled(scale).clip(page.getWidth(), page.getHeight());
        if (area.isEmpty()) {
            return null;
        }
        return page.getSubimage(area.x(), area.y(), area.w(), area.h());
    }

    private String png(BufferedImage image, Path target) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", bytes)) {
            throw new IOException("no PNG writer available");
        }
        AtomicFiles.write(target, bytes.toByteArray());
        return layout.relative(target);
    }
}
