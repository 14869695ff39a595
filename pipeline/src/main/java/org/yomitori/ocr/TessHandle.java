package org.yomitori.ocr;

import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Objects;
import net.sourceforge.tess4j.ITessAPI.ETEXT_DESC;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;
import org.yomitori.imaging.GrayImage;
import org.yomitori.template.Box;

/**
 * One native Tesseract instance for one language, confined to one thread. Remembers the image it
 * holds and the variables last set, so a page is copied to native memory once and repeated
 * settings cost nothing.
 */
final class TessHandle implements AutoCloseable {
    private static final TessAPI API = TessAPI.INSTANCE;
    private final TessBaseAPI handle;
    private GrayImage image;
    private int psm = -1;
    private String whitelist = "";
    private boolean alternatives;

    TessHandle(Path tessdata, String language) {
        handle = API.TessBaseAPICreate();
        if (handle == null) {
            throw new OcrException("Tesseract could not be created");
        }
        if (API.TessBaseAPIInit3(handle, tessdata.toString(), language) != 0) {
            API.TessBaseAPIDelete(handle);
            throw new OcrException("Tesseract cannot load language '" + language + "' from " + tessdata);
        }
    }

    /** Copies the image to Tesseract unless it already holds this very image. */
    void setImage(GrayImage img) {
        if (img == image) {
            return;
        }
        ByteBuffer buf = ByteBuffer.allocateDirect(img.pixels().length);
        buf.put(img.pixels()).flip();
        API.TessBaseAPISetImage(handle, buf, img.width(), img.height(), 1, img.width());
        API.TessBaseAPISetSourceResolution(handle, img.dpi() > 0 ? img.dpi() : 300);
        image = img;
    }

    GrayImage image() {
        return image;
    }

    OcrLine recognise(Box region, OcrSettings settings, long timeoutNanos) {
        configure(settings);
        API.TessBaseAPISetRectangle(handle, region.x(), region.y(), region.w(), region.h());
        long start = System.nanoTime();
        Deadline deadline = new Deadline(start + timeoutNanos);
        ETEXT_DESC monitor = new ETEXT_DESC();
        monitor.cancel = deadline;
        int rc = API.TessBaseAPIRecognize(handle, monitor);
        long micros = (System.nanoTime() - start) / 1000;
        if (rc != 0 && !deadline.fired) {
            throw new OcrException("Tesseract recognition failed (code " + rc + ")");
        }
        TessResultIterator it = API.TessBaseAPIGetIterator(handle);
        if (it == null) {
            return new OcrLine("", java.util.List.of(), micros, deadline.fired);
        }
        try {
            return ResultReader.read(API, it, settings.alternatives(), micros, deadline.fired);
        } finally {
            API.TessResultIteratorDelete(it);
        }
    }

    private void configure(OcrSettings s) {
        if (s.mode().psm != psm) {
            API.TessBaseAPISetPageSegMode(handle, s.mode().psm);
            psm = s.mode().psm;
        }
        String wl = s.whitelist() == null ? "" : s.whitelist();
        if (!Objects.equals(wl, whitelist)) {
            API.TessBaseAPISetVariable(handle, "tessedit_char_whitelist", wl);
            whitelist = wl;
        }
        if (s.alternatives() != alternatives) {
            API.TessBaseAPISetVariable(handle, "lstm_choice_mode", s.alternatives() ? "2" : "0");
            alternatives = s.alternatives();
        }
    }

    @Override
    public void close() {
        API.TessBaseAPIEnd(handle);
        API.TessBaseAPIDelete(handle);
        image = null;
    }

    /**
     * Tesseract asks this between words whether to stop. Only the callback slot of the monitor is
     * used: Tess4J's ETEXT_DESC predates Tesseract 5's layout after that slot, which stays zero.
     */
    private static final class Deadline implements net.sourceforge.tess4j.ITessAPI.CANCEL_FUNC {
        private final long at;
        private boolean fired;

        Deadline(long at) {
            this.at = at;
        }

        @Override
        public boolean invoke(Pointer cancelThis, int words) {
            fired = fired || System.nanoTime() > at;
            return fired;
        }
    }
}
