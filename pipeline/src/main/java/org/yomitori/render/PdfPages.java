package org.yomitori.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.filter.MissingImageReaderException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.yomitori.imaging.GrayImage;

/**
 * PDF files through PDFBox. A PDF that opens without a password (including one with only an
 * owner password, i.e. copy/print restrictions) is rendered; one that needs a user password is
 * refused as encrypted. A page whose image cannot be decoded fails the file rather than
 * becoming a blank page.
 */
final class PdfPages {
    private final RenderSettings settings;

    PdfPages(RenderSettings settings) {
        this.settings = settings;
    }

    DocumentInfo inspect(Path file) throws UnreadableDocumentException {
        try (PDDocument doc = open(file)) {
            return new DocumentInfo(FileFormat.PDF.label, checkedPageCount(doc));
        } catch (IOException e) { // from close()
            throw Unreadable.corrupt(e);
        }
    }

    void render(Path file, PageRenderer.PageSink sink) throws UnreadableDocumentException {
        try (PDDocument doc = open(file)) {
            int pages = checkedPageCount(doc);
            CheckedPdfRenderer renderer = new CheckedPdfRenderer(doc);
            for (int i = 0; i < pages; i++) {
                sink.accept(i, renderPage(doc, renderer, i));
            }
        } catch (IOException e) { // from close()
            throw Unreadable.corrupt(e);
        }
    }

    private GrayImage renderPage(PDDocument doc, CheckedPdfRenderer renderer, int index)
            throws UnreadableDocumentException {
        try {
            float dpi = dpiFor(doc.getPage(index).getCropBox());
            renderer.clearFailure();
            BufferedImage image = renderer.renderImageWithDPI(index, dpi, ImageType.GRAY);
            if (renderer.imageFailure() instanceof MissingImageReaderException e) {
                throw Unreadable.unsupportedImage(e);
            } else if (renderer.imageFailure() != null) {
                throw Unreadable.corrupt(renderer.imageFailure());
            }
            return GrayImage.of(image, Math.round(dpi));
        } catch (IOException | RuntimeException e) {
            throw Unreadable.corrupt(e);
        }
    }

    private static PDDocument open(Path file) throws UnreadableDocumentException {
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
