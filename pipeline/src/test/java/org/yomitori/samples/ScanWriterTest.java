package org.yomitori.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanWriterTest {
    private static final int DPI = 100;

    @TempDir
    Path dir;

    /** An A4 page at 100 dpi with a black bar whose position tells pages apart. */
    private static BufferedImage page(int index, int type) {
        BufferedImage img = new BufferedImage(827, 1170, type);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(new Color(20, 40, 160));
        g.fillRect(100, 100 + 200 * index, 400, 80);
        g.dispose();
        return img;
    }

    private static List<BufferedImage> pages(int count, int type) {
        List<BufferedImage> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(page(i, type));
        }
        return out;
    }

    @Test
    void multiPageTiffIsCcittG4WithResolution() throws IOException {
        Path file = dir.resolve("scan.tif");
        ScanWriter.write(pages(3, BufferedImage.TYPE_BYTE_GRAY), DPI, ScanWriter.Format.TIFF_G4, file);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(3, reader.getNumImages(true));
            for (int i = 0; i < 3; i++) {
                TIFFDirectory tiff = TIFFDirectory.createFromMetadata(reader.getImageMetadata(i));
                assertEquals(BaselineTIFFTagSet.COMPRESSION_CCITT_T_6,
                        tiff.getTIFFField(BaselineTIFFTagSet.TAG_COMPRESSION).getAsInt(0));
                // The JDK writer stores CCITT resolutions per centimetre; the dpi must survive that.
                double perUnit = tiff.getTIFFField(BaselineTIFFTagSet.TAG_X_RESOLUTION).getAsDouble(0);
                boolean cm = tiff.getTIFFField(BaselineTIFFTagSet.TAG_RESOLUTION_UNIT).getAsInt(0)
                        == BaselineTIFFTagSet.RESOLUTION_UNIT_CENTIMETER;
                assertEquals(DPI, cm ? perUnit * 2.54 : perUnit, 0.01);
                BufferedImage back = reader.read(i);
                assertEquals(1, back.getColorModel().getPixelSize());
                assertEquals(0, back.getRaster().getSample(300, 140 + 200 * i, 0), "the bar of page " + i);
                assertEquals(1, back.getRaster().getSample(300, 140 + 200 * (i + 1), 0));
            }
            reader.dispose();
        }
    }

    @Test
    void pdfWithG4ImagesOnA4Pages() throws IOException {
        Path file = dir.resolve("scan.pdf");
        ScanWriter.write(pages(2, BufferedImage.TYPE_BYTE_GRAY), DPI, ScanWriter.Format.PDF_G4, file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertEquals(2, doc.getNumberOfPages());
            for (PDPage p : doc.getPages()) {
                assertEquals(PDRectangle.A4.getWidth(), p.getMediaBox().getWidth(), 0.01);
                PDImageXObject image = onlyImage(p);
                assertEquals(List.of(COSName.CCITTFAX_DECODE), image.getStream().getFilters());
                assertEquals(1, image.getBitsPerComponent());
            }
        }
    }

    @Test
    void pdfWithJpegImagesSingleAndMultiPage() throws IOException {
        Path one = dir.resolve("one.pdf");
        ScanWriter.write(pages(1, BufferedImage.TYPE_INT_RGB), DPI, ScanWriter.Format.PDF_JPEG, one);
        Path three = dir.resolve("three.pdf");
        ScanWriter.write(pages(3, BufferedImage.TYPE_BYTE_GRAY), DPI, ScanWriter.Format.PDF_JPEG, three);
        try (PDDocument a = Loader.loadPDF(one.toFile()); PDDocument b = Loader.loadPDF(three.toFile())) {
            assertEquals(1, a.getNumberOfPages());
            assertEquals(3, b.getNumberOfPages());
            PDImageXObject colour = onlyImage(a.getPage(0));
            assertEquals(List.of(COSName.DCT_DECODE), colour.getStream().getFilters());
            assertEquals(3, colour.getColorSpace().getNumberOfComponents());
            assertEquals(1, onlyImage(b.getPage(2)).getColorSpace().getNumberOfComponents());
        }
    }

    @Test
    void pngAndJpegKeepTheirColourModelAndDpi() throws IOException {
        Path png = dir.resolve("scan.png");
        ScanWriter.write(pages(1, BufferedImage.TYPE_BYTE_GRAY), DPI, ScanWriter.Format.PNG, png);
        Path gray = dir.resolve("gray.jpg");
        ScanWriter.write(pages(1, BufferedImage.TYPE_BYTE_GRAY), DPI, ScanWriter.Format.JPEG, gray);
        Path colour = dir.resolve("colour.jpg");
        ScanWriter.write(pages(1, BufferedImage.TYPE_INT_RGB), DPI, ScanWriter.Format.JPEG, colour);
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, ImageIO.read(png.toFile()).getType());
        assertEquals(1, ImageIO.read(gray.toFile()).getColorModel().getNumComponents());
        BufferedImage c = ImageIO.read(colour.toFile());
        assertEquals(3, c.getColorModel().getNumComponents());
        int rgb = c.getRGB(300, 140);
        assertTrue((rgb & 0xff) > ((rgb >> 16) & 0xff) + 60, "blue survives in colour JPEG");
        assertEquals(String.valueOf(Math.round(DPI / 0.0254)), attribute(png, "javax_imageio_png_1.0", "pHYs",
                "pixelsPerUnitXAxis"));
        assertEquals(String.valueOf(DPI), attribute(gray, "javax_imageio_jpeg_image_1.0", "app0JFIF", "Xdensity"));
    }

    @Test
    void singlePageFormatsRefuseSeveralPages() {
        assertThrows(IllegalArgumentException.class, () -> ScanWriter.write(pages(2, BufferedImage.TYPE_BYTE_GRAY),
                DPI, ScanWriter.Format.PNG, dir.resolve("x.png")));
    }

    private static PDImageXObject onlyImage(PDPage page) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        for (COSName name : page.getResources().getXObjectNames()) {
            images.add((PDImageXObject) page.getResources().getXObject(name));
        }
        assertEquals(1, images.size());
        return images.get(0);
    }

    private static String attribute(Path file, String format, String node, String attribute) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata meta = reader.getImageMetadata(0);
            IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
            String value = ((IIOMetadataNode) root.getElementsByTagName(node).item(0)).getAttribute(attribute);
            reader.dispose();
            return value;
        }
    }
}
