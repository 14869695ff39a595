package org.yomitori.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * Settings of the OCR stage.
 *
 * @param tessdata     folder holding the {@code *.traineddata} models
 *                     ({@code yomitori.ocr.tessdata} / {@code YOMITORI_OCR_TESSDATA}, else {@code TESSDATA_PREFIX},
 *                     else {@value #DEFAULT_TESSDATA})
 * @param fieldTimeout recognition of one region stops after this ({@code yomitori.ocr.field-timeout-ms}, default 3000)
 * @param maxPixels    regions larger than this are refused, as no form field is that big
 *                     ({@code yomitori.ocr.max-region-pixels}, default 4,000,000)
 */
public record OcrConfig(Path tessdata, Duration fieldTimeout, long maxPixels) {
    public static final String DEFAULT_TESSDATA = "/usr/share/tesseract-ocr/5/tessdata";

    public OcrConfig {
        if (tessdata == null || fieldTimeout == null || fieldTimeout.isNegative() || fieldTimeout.isZero()) {
            throw new IllegalArgumentException("tessdata and a positive field timeout are required");
        }
        if (maxPixels <= 0) {
            throw new IllegalArgumentException("yomitori.ocr.max-region-pixels must be positive");
        }
    }

    public static OcrConfig defaults() {
        return fromEnvironment();
    }

    /** From system properties, then environment variables, then defaults. */
    public static OcrConfig fromEnvironment() {
        return from(key -> {
            String v = System.getProperty(key);
            return v != null ? v : System.getenv(key.replace("yomitori.", "YOMITORI_").replace('.', '_')
                    .replace('-', '_').toUpperCase(java.util.Locale.ROOT));
        });
    }

    static OcrConfig from(Function<String, String> settings) {
        String dir = settings.apply("yomitori.ocr.tessdata");
        if (dir == null || dir.isBlank()) {
            dir = System.getenv("TESSDATA_PREFIX");
        }
        if (dir == null || dir.isBlank()) {
            dir = DEFAULT_TESSDATA;
        }
        long timeout = number(settings, "yomitori.ocr.field-timeout-ms", 3000);
        long maxPixels = number(settings, "yomitori.ocr.max-region-pixels", 4_000_000);
        return new OcrConfig(Path.of(dir), Duration.ofMillis(timeout), maxPixels);
    }

    static OcrConfig from(Map<String, String> settings) {
        return from(settings::get);
    }

    /** True when the model for every language in {@code language} ("jpn+eng") is installed. */
    public boolean hasLanguage(String language) {
        for (String l : language.split("\\+")) {
            if (!Files.isRegularFile(tessdata.resolve(l + ".traineddata"))) {
                return false;
            }
        }
        return true;
    }

    private static long number(Function<String, String> settings, String key, long fallback) {
        String v = settings.apply(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, got '" + v + "'", e);
        }
    }
}
