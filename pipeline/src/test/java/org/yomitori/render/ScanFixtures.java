package org.yomitori.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;

/** Scans made in code: an A4 page drawn with Java2D, written as the formats scanners produce. */
final class ScanFixtures {
    private ScanFixtures() {
    }

    /** An A4 page at {@code dpi}: a ruled table, a title and a black square in the top-left corner. */
    static BufferedImage page(int dpi, int imageType) {
        int w = (int) Math.round(8.27 * dpi);
        int h = (int) Math.round(11.69 * dpi);
        BufferedImage img = new BufferedImage(w, h, imageType);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setColor(Color.BLACK);
            g.fillRect(dpi / 4, dpi / 4, dpi / 10, dpi / 10);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, dpi / 5));
            g.drawString("APPLICATION 申請書", w / 4, dpi);
            g.setStroke(new BasicStroke(Math.max(1, dpi / 100f)));
            for (int row = 0; row < 10; row++) {
                g.drawRect(dpi / 2, dpi * 3 / 2 + row * dpi / 2, w - dpi, dpi / 2);
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    /** The page as a 1-bit image (what G4 TIFF and CCITT PDF pages hold). */
    static BufferedImage bilevel(int dpi) {
        return page(dpi, BufferedImage.TYPE_BYTE_BINARY);
    }

    /** A 16-level grey PNG declaring its dpi in a pHYs chunk. */
    static void writeGray16Png(Path file, int dpi) throws IOException {
        BufferedImage src = page(dpi, BufferedImage.TYPE_BYTE_GRAY);
        byte[] ramp = new byte[16];
        for (int i = 0; i < 16; i++) {
            ramp[i] = (byte) (i * 17);
        }
        IndexColorModel gray16 = new IndexColorModel(4, 16, ramp, ramp, ramp);
        BufferedImage img = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_BINARY, gray16);
        Graphics2D g = img.createGraphics();
        g.drawImage(src, 0, 0, null);
        g.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
        IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
        for (String axis : List.of("HorizontalPixelSize", "VerticalPixelSize")) {
            IIOMetadataNode size = new IIOMetadataNode(axis);
            size.setAttribute("value", Double.toString(25.4 / dpi));
            dimension.appendChild(size);
        }
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
        root.appendChild(dimension);
        meta.mergeTree("javax_imageio_1.0", root);
        write(writer, file, List.of(new IIOImage(img, null, meta)), param);
    }

    static void writeJpeg(Path file, BufferedImage img) throws IOException {
        if (!ImageIO.write(img, "jpg", file.toFile())) {
            throw new IOException("no JPEG writer for " + img.getType());
        }
    }

    /** A CCITT G4 TIFF with one page per image. */
    static void writeG4Tiff(Path file, List<BufferedImage> pages) throws IOException {
        ImageWriter writer = tiffWriter();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType("CCITT T.6");
        write(writer, file, pages.stream().map(p -> new IIOImage(p, null, null)).toList(), param);
    }

    private static ImageWriter tiffWriter() {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("tiff");
        ImageWriter fallback = null;
        while (writers.hasNext()) {
            ImageWriter w = writers.next();
            if (w.getClass().getName().startsWith("com.sun.imageio")) {
                return w; // the JDK's own writer, for a fixture that does not depend on the classpath
            }
            fallback = fallback == null ? w : fallback;
        }
        return fallback;
    }

    private static void write(ImageWriter writer, Path file, List<IIOImage> images, ImageWriteParam param)
            throws IOException {
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            if (images.size() == 1) {
                writer.write(null, images.get(0), param);
            } else {
                writer.prepareWriteSequence(null);
                for (IIOImage image : images) {
                    writer.writeToSequence(image, param);
                }
                writer.endWriteSequence();
            }
        } finally {
            writer.dispose();
        }
    }

    /** A PDF of A4 pages, each one full-page image (JPEG, or CCITT G4 when {@code g4}). */
    static void writePdf(Path file, int pages, int dpi, boolean g4, StandardProtectionPolicy protection)
            throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                var image = g4 ? CCITTFactory.createFromImage(doc, bilevel(dpi))
                        : JPEGFactory.createFromImage(doc, page(dpi, BufferedImage.TYPE_BYTE_GRAY));
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            if (protection != null) {
                doc.protect(protection);
            }
            doc.save(file.toFile());
        }
    }

    static StandardProtectionPolicy password(String owner, String user) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        return policy;
    }

    /** The first {@code share} of the file's bytes, as an interrupted transfer leaves it. */
    static void truncate(Path source, Path target, double share) throws IOException {
        byte[] bytes = Files.readAllBytes(source);
        Files.write(target, java.util.Arrays.copyOf(bytes, (int) (bytes.length * share)));
    }
}
