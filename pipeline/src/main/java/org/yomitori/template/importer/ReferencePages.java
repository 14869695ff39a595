package org.yomitori.template.importer;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Turns a blank form (PDF, or one image) into reference pages: 8-bit gray, exactly the template's
 * size in pixels. A blank form is an admin's file, but it is still capped in pages and pixels.
 */
final class ReferencePages {
    static final long MAX_PIXELS = 120_000_000L;
    /** Renderers round page sizes differently; a difference this small is padded, not resampled. */
    private static final int SIZE_SLACK = 3;
    private static final double ASPECT_TOLERANCE = 0.02;

    private ReferencePages() {
    }

    static List<BufferedImage> render(Path blank, int pages, int dpi, int width, int height) throws IOException {
        String name = blank.getFileName().toString().toLowerCase(Locale.ROOT);
        List<BufferedImage> raw = name.endsWith(".pdf") ? renderPdf(blank, pages, dpi) : List.of(readImage(blank));
        if (raw.size() < pages) {
            throw new IllegalArgumentException("the spec has " + pages + " pages but the blank form has " + raw.size());
        }
        List<BufferedImage> out = new ArrayList<>();
        for (BufferedImage page : raw) {
            out.add(toGray(page, width, height));
        }
        return out;
    }

    private static List<BufferedImage> renderPdf(Path file, int pages, int dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            if (doc.getNumberOfPages() < pages) {
                throw new IllegalArgumentException("the spec has " + pages + " pages but the PDF has "
                        + doc.getNumberOfPages());
            }
            PDFRenderer renderer = new PDFRenderer(doc);
            List<BufferedImage> out = new ArrayList<>();
            for (int i = 0; i < pages; i++) {
                PDRectangle size = doc.getPage(i).getCropBox();
                checkPixels((long) (size.getWidth() / 72 * dpi) * (long) (size.getHeight() / 72 * dpi));
                out.add(renderer.renderImageWithDPI(i, dpi, ImageType.GRAY));
            }
            return out;
        }
    }

    private static BufferedImage readImage(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IllegalArgumentException("the blank form is neither a PDF nor a readable image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                checkPixels((long) reader.getWidth(0) * reader.getHeight(0));
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        }
    }

    private static void checkPixels(long pixels) {
        if (pixels > MAX_PIXELS) {
            throw new IllegalArgumentException("the blank form page is larger than " + MAX_PIXELS + " pixels");
        }
    }

    /** White-backed 8-bit gray at the template size: padded when a pixel or two off, else resampled. */
    static BufferedImage toGray(BufferedImage src, int width, int height) {
        int w = src.getWidth();
        int h = src.getHeight();
        boolean nearlySame = Math.abs(w - width) <= SIZE_SLACK && Math.abs(h - height) <= SIZE_SLACK;
        if (!nearlySame && Math.abs((double) w / h - (double) width / height) > ASPECT_TOLERANCE * width / height) {
            throw new IllegalArgumentException("the blank form page is " + w + "x" + h
                    + " px, which does not have the proportions of the spec's " + width + "x" + height);
        }
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            if (nearlySame) {
                g.drawImage(src, 0, 0, null);
            } else {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(src, 0, 0, width, height, null);
            }
        } finally {
            g.dispose();
        }
        return out;
    }
}
