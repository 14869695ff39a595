package org.yomitori.imaging;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import org.opencv.core.Mat;
import org.yomitori.template.Template;

/**
 * Reference images prepared once per template page and shared by all threads. Keyed by template
 * id, version and page, so an updated template is prepared afresh. Everything prepared lives on
 * the Java heap, so nothing native needs releasing when the cache is dropped.
 */
final class ReferenceCache {
    private final Map<String, Reference> byKey = new ConcurrentHashMap<>();

    Reference get(Template template, int page) {
        if (page < 0 || page >= template.referenceImages().size()) {
            throw new IllegalArgumentException("template " + template.id() + " has no page " + page);
        }
        String key = template.id() + "@" + template.version() + "#" + page;
        return byKey.computeIfAbsent(key, k -> prepare(template.referenceImages().get(page), template.dpi()));
    }

    static Reference prepare(Path image, int dpi) {
        BufferedImage loaded;
        try {
            loaded = ImageIO.read(image.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference image " + image.getFileName(), e);
        }
        if (loaded == null) {
            throw new IllegalStateException("reference image " + image.getFileName() + " is not a readable image");
        }
        return prepare(GrayImage.of(loaded, dpi));
    }

    static Reference prepare(GrayImage full) {
        Mat mat = Mats.toMat(full);
        Mat small = Mats.scaled(mat, Reference.COARSE_SCALE);
        try {
            return new Reference(full.width(), full.height(), full.dpi(), Features.detect(small), AnchorFinder.find(mat));
        } finally {
            Mats.release(mat, small);
        }
    }
}
