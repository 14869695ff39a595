package org.yomitori.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OcrConfigTest {

    @Test
    void readsSettingsWithDefaults() {
        OcrConfig c = OcrConfig.from(Map.of("yomitori.ocr.tessdata", "/opt/tess", "yomitori.ocr.field-timeout-ms", "500"));
        assertEquals(Path.of("/opt/tess"), c.tessdata());
        assertEquals(Duration.ofMillis(500), c.fieldTimeout());
        assertEquals(4_000_000, c.maxPixels());
    }

    @Test
    void badValuesFailFast() {
        assertThrows(IllegalArgumentException.class, () -> OcrConfig.from(Map.of("yomitori.ocr.field-timeout-ms", "soon")));
        assertThrows(IllegalArgumentException.class, () -> OcrConfig.from(Map.of("yomitori.ocr.field-timeout-ms", "0")));
        assertThrows(IllegalArgumentException.class, () -> OcrConfig.from(Map.of("yomitori.ocr.max-region-pixels", "-1")));
    }

    @Test
    void knowsWhichModelsAreInstalled(@TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("eng.traineddata"), "x");
        OcrConfig c = new OcrConfig(dir, Duration.ofSeconds(1), 100);
        assertEquals(true, c.hasLanguage("eng"));
        assertFalse(c.hasLanguage("eng+jpn"));
    }

    @Test
    void settingsRejectBadLanguages() {
        assertThrows(IllegalArgumentException.class, () -> OcrSettings.line("../etc"));
        assertThrows(IllegalArgumentException.class, () -> OcrSettings.line(null));
    }
}
