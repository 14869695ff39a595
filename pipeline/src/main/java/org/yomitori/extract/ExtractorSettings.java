package org.yomitori.extract;

import org.yomitori.ocr.OcrConfig;
import org.yomitori.render.RenderSettings;

/**
 * Settings of the reading stages.
 *
 * @param render limits and resolution for turning files into pages
 * @param ocr    Tesseract data folder and per-field limits
 */
public record ExtractorSettings(RenderSettings render, OcrConfig ocr) {

    public static ExtractorSettings defaults() {
        return new ExtractorSettings(RenderSettings.defaults(), OcrConfig.fromEnvironment());
    }
}
