package org.yomitori.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import org.yomitori.imaging.GrayImage;

/**
 * TIFF (one or more pages, incl. CCITT G4), PNG and JPEG through ImageIO. Pages over the pixel
 * cap are decoded with source subsampling instead of being refused, and their dpi lowered to
 * match. A JPEG that ends early only produces a warning in ImageIO; that is treated as corrupt
 * because the bottom of the page would silently be grey.
 */
final class ImagePages {
    private final RenderSettings settings;

    ImagePages(RenderSettings settings) {
        this.settings = settings;
    }

    DocumentInfo inspect(Path file, FileFormat format) throws UnreadableDocumentException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = readerFor(in);
            try {
                int pages = checkedPageCount(reader, format);
                reader.getWidth(0); // reads the first header, so a file that is only a signature fails here
                return new DocumentInfo(format.label, pages);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw Unreadable.corrupt(e);
        }
    }

    void render(Path file, FileFormat format, PageRenderer.PageSink sink) throws UnreadableDocumentException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = readerFor(in);
            try {
                TruncationWatch watch = new TruncationWatch();
                reader.addIIOReadWarningListener(watch);
                int pages = checkedPageCount(reader, format);
                for (int i = 0; i < pages; i++) {
                    sink.accept(i, readPage(reader, i, watch));
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException e) { // opening or closing the stream
            throw Unreadable.corrupt(e);
        }
    }

    private GrayImage readPage(ImageReader reader, int index, TruncationWatch watch)
            throws UnreadableDocumentException {
        try {
            int width = reader.getWidth(index);
            int height = reader.getHeight(index);
            int dpi = ImageDpi.of(reader.getImageMetadata(index), width, height);
            int step = subsampling(width, height);
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage image = reader.read(index, param);
            if (watch.truncated) {
                throw new IIOException("image data ends before the image is complete");
            }
            return GrayImage.of(image, Math.max(1, Math.round((float) dpi / step)));
        } catch (IIOException e) {
            throw isUnsupportedColour(e) ? Unreadable.unsupportedImage(e) : Unreadable.corrupt(e);
        } catch (IOException | RuntimeException e) {
            throw Unreadable.corrupt(e);
        }
    }

    /** Smallest integer step that brings the decoded page under the pixel cap. */
    int subsampling(int width, int height) {
        double pixels = (double) width * height;
        return (int) Math.max(1, Math.ceil(Math.sqrt(pixels / settings.maxPixelsPerPage())));
    }

    private int checkedPageCount(ImageReader reader, FileFormat format) throws UnreadableDocumentException {
        int pages;
        try {
            // counting TIFF pages walks the IFD chain only; JPEG and PNG hold one image
            pages = format == FileFormat.TIFF ? reader.getNumImages(true) : 1;
        } catch (IOException | RuntimeException e) {
            throw Unreadable.corrupt(e);
        }
        if (pages <= 0) {
            throw Unreadable.noPages();
        }
        if (pages > settings.maxPages()) {
            throw Unreadable.tooManyPages(pages, settings.maxPages());
        }
        return pages;
    }

    private static ImageReader readerFor(ImageInputStream in) throws UnreadableDocumentException {
        if (in == null) {
            throw Unreadable.corrupt(new IIOException("file cannot be opened as an image stream"));
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw Unreadable.corrupt(new IIOException("no image reader recognises the file"));
        }
        ImageReader reader = readers.next();
        reader.setInput(in, false, false);
        return reader;
    }

    /** The JDK's JPEG reader has no CMYK/YCCK colour conversion and says so with this message. */
    private static boolean isUnsupportedColour(IIOException e) {
        return e.getMessage() != null && e.getMessage().contains("Unsupported Image Type");
    }

    private static final class TruncationWatch implements IIOReadWarningListener {
        boolean truncated;

        @Override
        public void warningOccurred(ImageReader source, String warning) {
            // libjpeg: "Premature end of JPEG file", "Corrupt JPEG data: premature end of data segment"
            if (warning != null && warning.toLowerCase(java.util.Locale.ROOT).contains("premature end")) {
                truncated = true;
            }
        }
    }
}
