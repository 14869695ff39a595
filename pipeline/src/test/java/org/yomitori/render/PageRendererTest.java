package org.yomitori.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yomitori.imaging.GrayImage;

class PageRendererTest {
    private final PageRenderer renderer = new PageRenderer(RenderSettings.defaults());

    @TempDir
    Path dir;

    @Test
    void gray16PngKeepsItsDeclaredDpiAndBlackAndWhite() throws Exception {
        Path png = dir.resolve("scan.png");
        ScanFixtures.writeGray16Png(png, 200);
        assertEquals(new DocumentInfo("png", 1), renderer.inspect(png));
        GrayImage page = single(renderer.render(png));
        assertEquals(200, page.dpi());
        assertEquals(1654, page.width());
        assertEquals(0, page.get(55, 55), "the corner square stays black");
        assertEquals(255, page.get(10, 10), "paper stays white");
    }

    @Test
    void grayJpegWithoutDpiGetsTheA4Estimate() throws Exception {
        Path jpg = dir.resolve("scan.jpg");
        ScanFixtures.writeJpeg(jpg, ScanFixtures.page(200, BufferedImage.TYPE_BYTE_GRAY));
        GrayImage page = single(renderer.render(jpg));
        assertEquals(200, page.dpi());
        assertTrue(page.get(55, 55) < 60);
    }

    @Test
    void colourJpegBecomesGray() throws Exception {
        Path jpg = dir.resolve("colour.jpg");
        ScanFixtures.writeJpeg(jpg, ScanFixtures.page(300, BufferedImage.TYPE_INT_RGB));
        assertEquals(new DocumentInfo("jpeg", 1), renderer.inspect(jpg));
        GrayImage page = single(renderer.render(jpg));
        assertEquals(300, page.dpi());
        assertEquals(2481, page.width());
    }

    @Test
    void multiPageG4TiffGivesEveryPage() throws Exception {
        Path tif = dir.resolve("fax.tif");
        ScanFixtures.writeG4Tiff(tif, List.of(ScanFixtures.bilevel(200), ScanFixtures.bilevel(200),
                ScanFixtures.bilevel(200)));
        assertEquals(new DocumentInfo("tiff", 3), renderer.inspect(tif));
        List<GrayImage> pages = renderer.render(tif);
        assertEquals(3, pages.size());
        for (GrayImage p : pages) {
            assertEquals(0, p.get(55, 55));
            assertEquals(255, p.get(10, 10));
        }
    }

    @Test
    void pdfPagesAreRenderedAtTheConfiguredDpi() throws Exception {
        Path pdf = dir.resolve("two.pdf");
        ScanFixtures.writePdf(pdf, 2, 150, false, null);
        assertEquals(new DocumentInfo("pdf", 2), renderer.inspect(pdf));
        List<GrayImage> pages = renderer.render(pdf);
        assertEquals(2, pages.size());
        assertEquals(300, pages.get(1).dpi());
        assertEquals(2480, pages.get(1).width(), 1);
        assertEquals(3508, pages.get(1).height(), 1);
    }

    @Test
    void g4PdfIsDecoded() throws Exception {
        Path pdf = dir.resolve("g4.pdf");
        ScanFixtures.writePdf(pdf, 1, 200, true, null);
        GrayImage page = single(renderer.render(pdf));
        assertTrue(page.get(82, 82) < 60, "the corner square survives the G4 round trip");
    }

    @Test
    void pdfWithUserPasswordIsRefusedAsEncrypted() throws Exception {
        Path pdf = dir.resolve("locked.pdf");
        ScanFixtures.writePdf(pdf, 1, 100, false, ScanFixtures.password("owner", "user"));
        var e = assertThrows(UnreadableDocumentException.class, () -> renderer.inspect(pdf));
        assertEquals(UnreadableDocumentException.ENCRYPTED, e.reasonCode());
        assertTrue(e.getMessage().startsWith("PDFにパスワード"), "Japanese first");
        assertTrue(e.getMessage().contains(" / The PDF is password-protected"), "then English");
        assertThrows(UnreadableDocumentException.class, () -> renderer.render(pdf));
    }

    @Test
    void pdfWithOnlyAnOwnerPasswordIsRendered() throws Exception {
        Path pdf = dir.resolve("restricted.pdf");
        ScanFixtures.writePdf(pdf, 1, 100, false, ScanFixtures.password("owner", ""));
        assertEquals(1, renderer.render(pdf).size());
    }

    @Test
    void emptyFileIsEmpty() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.pdf"));
        assertReason(UnreadableDocumentException.EMPTY, empty);
    }

    @Test
    void pdfWithoutPagesIsEmpty() throws Exception {
        Path pdf = dir.resolve("nopages.pdf");
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.save(pdf.toFile());
        }
        assertReason(UnreadableDocumentException.EMPTY, pdf);
    }

    @Test
    void textRenamedToPdfIsUnsupported() throws Exception {
        Path fake = dir.resolve("letter.pdf");
        Files.writeString(fake, "Dear clerk, this is not a scan.", StandardCharsets.UTF_8);
        assertReason(UnreadableDocumentException.UNSUPPORTED, fake);
    }

    @Test
    void truncatedPngIsCorrupt() throws Exception {
        Path png = dir.resolve("full.png");
        ScanFixtures.writeGray16Png(png, 200);
        Path cut = dir.resolve("cut.png");
        ScanFixtures.truncate(png, cut, 0.5);
        var e = assertThrows(UnreadableDocumentException.class, () -> renderer.render(cut));
        assertEquals(UnreadableDocumentException.CORRUPT, e.reasonCode());
    }

    @Test
    void truncatedJpegIsCorruptNotHalfGrey() throws Exception {
        Path jpg = dir.resolve("full.jpg");
        ScanFixtures.writeJpeg(jpg, ScanFixtures.page(200, BufferedImage.TYPE_BYTE_GRAY));
        Path cut = dir.resolve("cut.jpg");
        ScanFixtures.truncate(jpg, cut, 0.6);
        var e = assertThrows(UnreadableDocumentException.class, () -> renderer.render(cut));
        assertEquals(UnreadableDocumentException.CORRUPT, e.reasonCode());
    }

    @Test
    void truncatedPdfIsRefusedOrReadCleanly() throws Exception {
        Path pdf = dir.resolve("full.pdf");
        ScanFixtures.writePdf(pdf, 2, 150, false, null);
        Path cut = dir.resolve("cut.pdf");
        ScanFixtures.truncate(pdf, cut, 0.4);
        var e = assertThrows(UnreadableDocumentException.class, () -> renderer.render(cut));
        assertEquals(UnreadableDocumentException.CORRUPT, e.reasonCode());
        assertFalse(e.getMessage().contains("full"), "no file content or names in the message");
    }

    @Test
    void fileOverTheSizeCapIsTooLarge() throws Exception {
        Path jpg = dir.resolve("big.jpg");
        ScanFixtures.writeJpeg(jpg, ScanFixtures.page(100, BufferedImage.TYPE_BYTE_GRAY));
        PageRenderer strict = new PageRenderer(new RenderSettings(300, 200, 1000, 60_000_000L));
        var e = assertThrows(UnreadableDocumentException.class, () -> strict.inspect(jpg));
        assertEquals(UnreadableDocumentException.TOO_LARGE, e.reasonCode());
    }

    @Test
    void tooManyPagesIsRefusedBeforeRendering() throws Exception {
        Path pdf = dir.resolve("three.pdf");
        ScanFixtures.writePdf(pdf, 3, 50, false, null);
        Path tif = dir.resolve("three.tif");
        ScanFixtures.writeG4Tiff(tif, List.of(ScanFixtures.bilevel(50), ScanFixtures.bilevel(50),
                ScanFixtures.bilevel(50)));
        PageRenderer strict = new PageRenderer(new RenderSettings(300, 2, 1L << 30, 60_000_000L));
        for (Path file : List.of(pdf, tif)) {
            var e = assertThrows(UnreadableDocumentException.class, () -> strict.render(file));
            assertEquals(UnreadableDocumentException.TOO_MANY_PAGES, e.reasonCode());
            assertTrue(e.getMessage().contains("3"), e.getMessage());
        }
    }

    @Test
    void oversizedPagesAreRenderedSmallerWithTheirDpiLowered() throws Exception {
        Path pdf = dir.resolve("a4.pdf");
        ScanFixtures.writePdf(pdf, 1, 100, false, null);
        Path png = dir.resolve("a4.png");
        ScanFixtures.writeGray16Png(png, 300);
        PageRenderer capped = new PageRenderer(new RenderSettings(300, 200, 1L << 30, 2_000_000L));
        for (Path file : List.of(pdf, png)) {
            GrayImage page = single(capped.render(file));
            assertTrue((long) page.width() * page.height() <= 2_000_000L, file + " " + page.width());
            assertEquals(page.width() / 8.27, page.dpi(), 3, "dpi follows the reduced size");
        }
    }

    @Test
    void pagesCanBeStreamedOneByOne() throws Exception {
        Path tif = dir.resolve("two.tif");
        ScanFixtures.writeG4Tiff(tif, List.of(ScanFixtures.bilevel(100), ScanFixtures.bilevel(100)));
        StringBuilder seen = new StringBuilder();
        renderer.forEachPage(tif, (index, page) -> seen.append(index).append(page.width() > 0 ? "+" : "-"));
        assertEquals("0+1+", seen.toString());
    }

    private void assertReason(String reason, Path file) {
        var inspect = assertThrows(UnreadableDocumentException.class, () -> renderer.inspect(file));
        assertEquals(reason, inspect.reasonCode());
        var render = assertThrows(UnreadableDocumentException.class, () -> renderer.render(file));
        assertEquals(reason, render.reasonCode());
        assertTrue(render.getMessage().contains(" / "), "Japanese / English: " + render.getMessage());
    }

    private static GrayImage single(List<GrayImage> pages) throws IOException {
        assertEquals(1, pages.size());
        return pages.get(0);
    }
}
