package org.yomitori.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.yomitori.imaging.GrayImage;

/**
 * PDF files through PDFBox. A PDF that opens without a password (including one with only an
 * owner password, i.e. copy/print restrictions) is rendered; one that needs a user password is
 * refused as encrypted.
 */
final class PdfPages {
    private final RenderSettings settings;

    PdfPages(RenderSettings settings) {
        this.settings = settings;
    }

    DocumentInfo inspect(Path file) throws UnreadableDocumentException {
        try (PDDocument doc = open(file)) {
            return new DocumentInfo(FileFormat.PDF.label, checkedPageCount(doc));
        } catch (IOException e) {
            throw Unreadable.corrupt(e);
        }
    }

    void render(Path file, PageRenderer.PageSink sink) throws UnreadableDocumentException {
        try (PDDocument doc = open(file)) {
            int pages = checkedPageCount(doc);
            PDFRenderer renderer = new PDFRenderer(doc);
            // lets PDFBox decode a huge embedded image at the resolution it is drawn at
            renderer.setSubsamplingAllowed(true);
            for (int i = 0; i < pages; i++) {
                float dpi = dpiFor(doc.getPage(i).getCropBox());
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
                sink.accept(i, GrayImage.of(image, Math.round(dpi)));
            }
        } catch (IOException | RuntimeException e) {
            throw Unreadable.corrupt(e);
        }
    }

    private PDDocument open(Path file) throws UnreadableDocumentException {
        try {
            return Loader.loadPDF(file.toFile());
        } catch (InvalidPasswordException e) {
            throw Unreadable.encrypted(e);
        } catch (IOException | RuntimeException e) {
            throw Unreadable.corrupt(e);
        }
    }

    private int checkedPageCount(PDDocument doc) throws UnreadableDocumentException {
        int pages;
        try {
            pages = doc.getNumberOfPages();
        } catch (RuntimeException e) { // a broken page tree surfaces lazily
            throw Unreadable.corrupt(e);
        }
        if (pages == 0) {
            throw Unreadable.noPages();
        }
        if (pages > settings.maxPages()) {
            throw Unreadable.tooManyPages(pages, settings.maxPages());
        }
        return pages;
    }

    /** The configured dpi, lowered for an oversized page so it stays within the pixel cap. */
    float dpiFor(PDRectangle box) {
        double inches2 = Math.max(1e-6, (box.getWidth() / 72.0) * (box.getHeight() / 72.0));
        double fitting = Math.sqrt(settings.maxPixelsPerPage() / inches2);
        return (float) Math.max(1, Math.min(settings.pdfDpi(), Math.floor(fitting)));
    }
}
