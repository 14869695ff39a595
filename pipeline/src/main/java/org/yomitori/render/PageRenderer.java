package org.yomitori.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.yomitori.imaging.GrayImage;

/**
 * Turns a scanned file (PDF, TIFF, PNG, JPEG, recognised by content, not name) into 8-bit
 * grayscale page images, each carrying its resolution. Files are treated as hostile: size, page
 * count and pixels per page are capped, and every failure surfaces as an
 * {@link UnreadableDocumentException} with a reason code and a message for the clerk.
 * Thread-safe: it holds only settings.
 */
public final class PageRenderer {
    private final RenderSettings settings;
    private final PdfPages pdf;
    private final ImagePages images;

    /** Receives pages one at a time, so a long file need not be held in memory at once. */
    @FunctionalInterface
    public interface PageSink {
        void accept(int pageIndex, GrayImage page);
    }

    public PageRenderer(RenderSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.pdf = new PdfPages(settings);
        this.images = new ImagePages(settings);
    }

    /** A cheap check before accepting a file: its format and page count, without rendering. */
    public DocumentInfo inspect(Path file) throws UnreadableDocumentException {
        FileFormat format = checkedFormat(file);
        return format == FileFormat.PDF ? pdf.inspect(file) : images.inspect(file, format);
    }

    /** All pages, in order. */
    public List<GrayImage> render(Path file) throws UnreadableDocumentException {
        List<GrayImage> pages = new ArrayList<>();
        forEachPage(file, (index, page) -> pages.add(page));
        return pages;
    }

    /** Renders page after page into {@code sink}; a failure part-way still throws. */
    public void forEachPage(Path file, PageSink sink) throws UnreadableDocumentException {
        FileFormat format = checkedFormat(file);
        if (format == FileFormat.PDF) {
            pdf.render(file, sink);
        } else {
            images.render(file, format, sink);
        }
    }

    private FileFormat checkedFormat(Path file) throws UnreadableDocumentException {
        long size;
        FileFormat format;
        try {
            size = Files.size(file);
            if (size == 0) {
                throw Unreadable.emptyFile();
            }
            if (size > settings.maxFileBytes()) {
                throw Unreadable.tooLarge(size, settings.maxFileBytes());
            }
            format = FileFormat.sniff(file);
        } catch (IOException e) {
            throw Unreadable.corrupt(e);
        }
        if (format == FileFormat.UNKNOWN) {
            throw Unreadable.unsupported();
        }
        return format;
    }
}
