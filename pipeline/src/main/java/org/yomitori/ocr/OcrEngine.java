package org.yomitori.ocr;

import java.util.LinkedHashMap;
import java.util.Map;
import org.yomitori.imaging.GrayImage;
import org.yomitori.template.Box;

/**
 * Reads regions of a page with Tesseract. Holds one long-lived native handle per language (created
 * on first use), because initialising Tesseract costs about 100 ms while reading a field costs
 * tens of milliseconds. Not thread-safe: each worker thread uses its own engine, see
 * {@link OcrEnginePool}. {@link #close()} frees the native handles.
 */
public final class OcrEngine implements AutoCloseable {
    private final OcrConfig config;
    private final Map<String, TessHandle> handles = new LinkedHashMap<>();
    private final Thread owner = Thread.currentThread();
    private GrayImage page;
    private boolean closed;

    public OcrEngine(OcrConfig config) {
        this.config = config;
    }

    /** The page later {@link #read(Box, OcrSettings)} calls read from; copied to Tesseract lazily. */
    public void setPage(GrayImage page) {
        checkUsable();
        this.page = page;
    }

    /** Reads a rectangle of the current page; the box is clipped to the page. */
    public OcrLine read(Box box, OcrSettings settings) {
        checkUsable();
        if (page == null) {
            throw new IllegalStateException("setPage must be called before reading a region of it");
        }
        Box region = box.clip(page.width(), page.height());
        if (region.isEmpty()) {
            return OcrLine.EMPTY;
        }
        checkSize(region.w(), region.h(), (long) region.w() * region.h() > config.maxPixels());
        return recognise(page, region, settings);
    }

    /** Reads a whole image (e.g. a cleaned field crop); the current page stays set. */
    public OcrLine read(GrayImage image, OcrSettings settings) {
        checkUsable();
        checkSize(image.width(), image.height(), (long) image.width() * image.height() > config.maxPixels());
        return recognise(image, new Box(0, 0, image.width(), image.height()), settings);
    }

    private OcrLine recognise(GrayImage image, Box region, OcrSettings settings) {
        TessHandle h = handle(settings.language());
        h.setImage(image);
        return h.recognise(region, settings, config.fieldTimeout().toNanos());
    }

    private TessHandle handle(String language) {
        TessHandle h = handles.get(language);
        if (h == null) {
            h = new TessHandle(config.tessdata(), language);
            handles.put(language, h);
        }
        return h;
    }

    public OcrConfig config() {
        return config;
    }

    /** Frees every native handle; may be called from any thread once no read is in progress. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        handles.values().forEach(TessHandle::close);
        handles.clear();
        page = null;
    }

    public boolean isClosed() {
        return closed;
    }

    private void checkUsable() {
        if (closed) {
            throw new IllegalStateException("OCR engine is closed");
        }
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("an OCR engine belongs to the thread that created it");
        }
    }

    private static void checkSize(int w, int h, boolean tooBig) {
        if (tooBig) {
            throw new OcrException("region of " + w + "x" + h + " pixels is larger than the OCR cap");
        }
    }
}
