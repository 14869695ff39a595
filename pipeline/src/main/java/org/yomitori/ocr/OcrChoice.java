package org.yomitori.ocr;

/** One reading of a symbol with Tesseract's confidence in it, 0..1. */
public record OcrChoice(String text, double confidence) {
}
