package org.yomitori.ocr;

/** Tesseract could not be set up or failed on a region; messages never carry field content. */
public class OcrException extends RuntimeException {
    public OcrException(String message) {
        super(message);
    }

    public OcrException(String message, Throwable cause) {
        super(message, cause);
    }
}
