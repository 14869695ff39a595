package org.yomitori.samples;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.yomitori.imaging.GrayImage;

/**
 * Writes scanned pages in every format the pipeline accepts, each recording its dpi: PNG, JPEG
 * (gray or colour), multi-page TIFF with CCITT G4, and PDF holding JPEG or CCITT G4 images.
 */
public final class ScanWriter {
    static final float DEFAULT_JPEG_QUALITY = 0.75f;

    /** The file formats scanners and MFPs produce. */
    public enum Format {
        PNG("png"), JPEG("jpg"), TIFF_G4("tif"), PDF_JPEG("pdf"), PDF_G4("pdf");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        public boolean multiPage() {
            return this == TIFF_G4 || this == PDF_JPEG || this == PDF_G4;
        }
    }

    private ScanWriter() {
    }

    /** Writes {@code pages} (gray or colour) to {@code file}; G4 formats threshold them at mid-gray. */
    public static void write(List<BufferedImage> pages, int dpi, Format format, Path file) throws IOException {
        write(pages, dpi, format, DEFAULT_JPEG_QUALITY, file);
    }

    /** As {@link #write(List, int, Format, Path)}, with the JPEG quality (0..1) of JPEG formats. */
    public static void write(List<BufferedImage> pages, int dpi, Format format, float jpegQuality, Path file)
            throws IOException {
        if (pages.isEmpty() || pages.size() > 1 && !format.multiPage()) {
            throw new IllegalArgumentException(format + " holds exactly one page; got " + pages.size());
        }
        switch (format) {
            case PNG -> writePng(pages.get(0), dpi, file);
            case JPEG -> {
                try (OutputStream out = Files.newOutputStream(file)) {
                    jpeg(pages.get(0), jpegQuality, dpi, out);
                }
            }
            case TIFF_G4 -> TiffG4.write(pages.stream().map(ScanWriter::bilevel).toList(), dpi, file);
            case PDF_JPEG, PDF_G4 -> writePdf(pages, dpi, format == Format.PDF_G4, jpegQuality, file);
        }
    }

    public static void writePng(BufferedImage page, int dpi, Path file) throws IOException {
        Files.deleteIfExists(file); // ImageIO writes into a file in place and would not truncate it
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(page), param);
            String perMetre = Integer.toString((int) Math.round(dpi / 0.0254));
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            meta.mergeTree("javax_imageio_png_1.0", root);
            writer.setOutput(out);
            writer.write(null, new IIOImage(page, null, meta), param);
        } finally {
            writer.dispose();
        }
    }

    /** JPEG (baseline, JFIF) at {@code quality} 0..1, recording {@code dpi} unless it is 0. */
    public static void jpeg(BufferedImage page, float quality, int dpi, OutputStream target) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(target)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(page), param);
            if (dpi > 0) {
                String format = "javax_imageio_jpeg_image_1.0";
                IIOMetadataNode tree = (IIOMetadataNode) meta.getAsTree(format);
                IIOMetadataNode jfif = (IIOMetadataNode) tree.getElementsByTagName("app0JFIF").item(0);
                jfif.setAttribute("resUnits", "1");
                jfif.setAttribute("Xdensity", Integer.toString(dpi));
                jfif.setAttribute("Ydensity", Integer.toString(dpi));
                meta.setFromTree(format, tree);
            }
            writer.setOutput(out);
            writer.write(null, new IIOImage(page, null, meta), param);
        } finally {
            writer.dispose();
        }
    }

    /** One page per image; A4 pages for A4 images, else pages sized from the pixels and dpi. */
    public static void writePdf(List<BufferedImage> pages, int dpi, boolean g4, float jpegQuality, Path file)
            throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage image : pages) {
                PDImageXObject x = g4 ? CCITTFactory.createFromImage(doc, bilevel(image))
                        : JPEGFactory.createFromImage(doc, image, jpegQuality, dpi);
                PDPage page = new PDPage(pageSize(image, dpi));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(x, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                }
            }
            // PDFBox derives a missing file ID from the clock; one from the pixels keeps output reproducible.
            COSString id = new COSString(contentId(pages));
            COSArray ids = new COSArray();
            ids.add(id);
            ids.add(id);
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            doc.save(file.toFile());
        }
    }

    private static byte[] contentId(List<BufferedImage> pages) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            pages.forEach(p -> md5.update(GrayImage.of(p, 0).pixels()));
            return md5.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }

    private static PDRectangle pageSize(BufferedImage image, int dpi) {
        float w = image.getWidth() * 72f / dpi;
        float h = image.getHeight() * 72f / dpi;
        PDRectangle a4 = PDRectangle.A4;
        boolean isA4 = Math.abs(w / a4.getWidth() - 1) < 0.01 && Math.abs(h / a4.getHeight() - 1) < 0.01;
        return isA4 ? a4 : new PDRectangle(w, h);
    }

    /** 1-bit black and white: pixels darker than mid-gray become black. */
    public static BufferedImage bilevel(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_BINARY && image.getColorModel().getPixelSize() == 1) {
            return image;
        }
        byte[] gray = GrayImage.of(image, 0).pixels();
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster r = out.getRaster();
        int w = image.getWidth();
        int[] row = new int[w];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < w; x++) {
                row[x] = (gray[y * w + x] & 0xff) >= 128 ? 1 : 0;
            }
            r.setSamples(0, y, w, 1, 0, row);
        }
        return out;
    }
}
