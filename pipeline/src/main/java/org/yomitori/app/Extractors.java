package org.yomitori.app;

import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yomitori.config.YomitoriConfig;
import org.yomitori.extract.ExtractorSettings;
import org.yomitori.extract.PipelineExtractor;
import org.yomitori.ocr.OcrConfig;
import org.yomitori.render.RenderSettings;
import org.yomitori.template.TemplateRegistry;

/** Builds the reading stages' settings from the pipeline's settings. */
final class Extractors {
    private static final Logger LOG = LoggerFactory.getLogger("app");

    private Extractors() {
    }

    static PipelineExtractor pipeline(YomitoriConfig config, TemplateRegistry templates) {
        return new PipelineExtractor(new ExtractorSettings(render(config.render()), ocr(config.ocr())), templates);
    }

    static RenderSettings render(YomitoriConfig.Render r) {
        return new RenderSettings(r.pdfDpi(), r.maxPages(), r.maxFileBytes(), r.maxPagePixels());
    }

    static OcrConfig ocr(YomitoriConfig.Ocr o) {
        Path tessdata = o.tessdata() != null ? o.tessdata() : OcrConfig.fromEnvironment().tessdata();
        OcrConfig ocr = new OcrConfig(tessdata, Duration.ofMillis(o.fieldTimeoutMillis()), o.maxRegionPixels());
        if (!ocr.hasLanguage("jpn+eng")) {
            LOG.warn("Tesseract models jpn and eng not found in {} (yomitori.ocr.tessdata); fields cannot be read",
                    tessdata);
        }
        return ocr;
    }
}
