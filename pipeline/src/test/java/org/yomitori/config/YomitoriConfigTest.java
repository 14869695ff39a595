package org.yomitori.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YomitoriConfigTest {
    @TempDir
    Path dir;

    private static YomitoriConfig load(Path file, Map<String, String> env, Properties system) {
        return YomitoriConfig.load(file, env, system);
    }

    private static Properties props(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    private Path file(String content) throws IOException {
        return Files.writeString(dir.resolve("site.properties"), content);
    }

    private static String failure(Path file, Map<String, String> env, Properties system) {
        return assertThrows(ConfigException.class, () -> load(file, env, system)).getMessage();
    }

    @Test
    void defaultsGiveTwoChannelsUnderTheDataFolderAndLoopbackWeb() {
        YomitoriConfig c = load(null, Map.of(), new Properties());
        Path data = Path.of("data").toAbsolutePath();
        assertEquals(data, c.dataDir());
        assertEquals(List.of(new YomitoriConfig.Channel("counter1", data.resolve("inbox/counter1")),
                new YomitoriConfig.Channel("scanner1", data.resolve("inbox/scanner1"))), c.intake().channels());
        assertEquals(2, c.ocr().threads());
        assertNull(c.ocr().tessdata());
        assertEquals(new YomitoriConfig.Web(true, "127.0.0.1", 8080), c.web());
        assertEquals("jdbc:h2:file:" + data + "/db/yomitori;DB_CLOSE_ON_EXIT=FALSE", c.db().url());
        assertEquals(List.of(Path.of("ocr-models/templates").toAbsolutePath(), Path.of("samples/templates").toAbsolutePath()),
                c.templateFolders());
        assertEquals(Path.of("ocr-models/calibration/thresholds.yaml").toAbsolutePath(), c.thresholdsFile());
        assertEquals(300, c.render().pdfDpi());
        assertEquals(200L * 1024 * 1024, c.render().maxFileBytes());
        assertTrue(c.intake().keepProcessed());
        assertEquals("file:routes/*.camel.yaml", c.properties().getProperty("camel.main.routes-include-pattern"));
    }

    @Test
    void laterSourcesWinFileThenEnvironmentThenSystemProperty() throws IOException {
        Path site = file("yomitori.ocr.threads=3\nyomitori.web.port=9000\nyomitori.data.dir=" + dir.resolve("d") + "\n");
        YomitoriConfig c = load(site, Map.of("YOMITORI_WEB_PORT", "9100", "YOMITORI_RENDER_PDF_DPI", "200"),
                props("yomitori.render.pdf-dpi", "150"));
        assertEquals(3, c.ocr().threads());
        assertEquals(9100, c.web().port());
        assertEquals(150, c.render().pdfDpi());
        assertEquals(dir.resolve("d"), c.dataDir());
        assertTrue(c.db().url().startsWith("jdbc:h2:file:" + dir.resolve("d") + "/db/"), c.db().url());
    }

    @Test
    void aChannelFolderCanBeSetPerChannelFromTheEnvironment() {
        YomitoriConfig c = load(null, Map.of("YOMITORI_INTAKE_CHANNELS", "window2",
                "YOMITORI_INTAKE_CHANNEL_WINDOW2_FOLDER", dir.resolve("share").toString()), new Properties());
        assertEquals(List.of(new YomitoriConfig.Channel("window2", dir.resolve("share"))), c.intake().channels());
    }

    @Test
    void camelSettingsAreOverriddenTheSameWay() {
        YomitoriConfig c = load(null, Map.of("CAMEL_MAIN_ROUTES_INCLUDE_PATTERN", "file:elsewhere/*.camel.yaml"),
                new Properties());
        assertEquals("file:elsewhere/*.camel.yaml", c.properties().getProperty("camel.main.routes-include-pattern"));
        assertEquals("YOMITORI_INTAKE_STABLE_MS", YomitoriConfig.environmentName("yomitori.intake.stable-ms"));
    }

    @Test
    void aBadNumberFailsNamingTheSetting() {
        String message = failure(null, Map.of("YOMITORI_OCR_THREADS", "two"), new Properties());
        assertTrue(message.contains("yomitori.ocr.threads") && message.contains("'two'"), message);
        message = failure(null, Map.of(), props("yomitori.web.port", "70000"));
        assertTrue(message.contains("yomitori.web.port"), message);
        message = failure(null, Map.of(), props("yomitori.ocr.threads", "0"));
        assertTrue(message.contains("yomitori.ocr.threads"), message);
    }

    @Test
    void aMisspeltSettingInTheSiteFileIsRefused() throws IOException {
        String message = failure(file("yomitori.ocr.thread=4\n"), Map.of(), new Properties());
        assertTrue(message.contains("unknown setting yomitori.ocr.thread "), message);
    }

    @Test
    void badChannelsAreRefused() {
        assertTrue(failure(null, Map.of("YOMITORI_INTAKE_CHANNELS", "Counter 1"), new Properties())
                .contains("yomitori.intake.channels"));
        assertTrue(failure(null, Map.of("YOMITORI_INTAKE_CHANNELS", "a,a"), new Properties()).contains("listed twice"));
        assertTrue(failure(null, Map.of("YOMITORI_INTAKE_CHANNELS", " , "), new Properties()).contains("at least one"));
    }

    @Test
    void otherBadValuesNameTheirSetting() {
        assertTrue(failure(null, Map.of(), props("yomitori.ocr.tessdata", dir.resolve("nope").toString()))
                .contains("yomitori.ocr.tessdata"));
        assertTrue(failure(null, Map.of(), props("yomitori.db.url", "jdbc:postgresql://x/y")).contains("yomitori.db.url"));
        assertTrue(failure(null, Map.of(), props("yomitori.intake.keep-processed", "yes"))
                .contains("yomitori.intake.keep-processed"));
        assertTrue(failure(null, Map.of(), props("yomitori.intake.exclude", "([")).contains("yomitori.intake.exclude"));
        assertTrue(failure(null, Map.of(), props("yomitori.db.url", "jdbc:h2:{{yomitori.nothing}}"))
                .contains("{{yomitori.nothing}}"));
        assertTrue(failure(dir.resolve("missing.properties"), Map.of(), new Properties()).contains("no such file"));
    }

    @Test
    void theDatabasePasswordStaysOutOfToString() {
        YomitoriConfig c = load(null, Map.of("YOMITORI_DB_PASSWORD", "s3cret"), new Properties());
        assertEquals("s3cret", c.db().password());
        assertFalse(c.db().toString().contains("s3cret"));
    }
}
