package org.yomitori.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yomitori.imaging.GrayImage;
import org.yomitori.template.Box;

class OcrEngineTest {
    private static final OcrConfig CONFIG = OcrConfig.defaults();
    private OcrEngine engine;

    @BeforeEach
    void needsTesseract() {
        assumeTrue(CONFIG.hasLanguage("jpn") && CONFIG.hasLanguage("eng"), "Tesseract jpn/eng models not installed");
        engine = new OcrEngine(CONFIG);
    }

    @AfterEach
    void close() {
        if (engine != null) {
            engine.close();
        }
    }

    /** White image with each text drawn at its (x, baseline y). */
    static GrayImage draw(int w, int h, String font, int size, Object... textsAndPositions) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setColor(Color.BLACK);
            g.setFont(new Font(font, Font.PLAIN, size));
            for (int i = 0; i < textsAndPositions.length; i += 3) {
                g.drawString((String) textsAndPositions[i], (int) textsAndPositions[i + 1], (int) textsAndPositions[i + 2]);
            }
        } finally {
            g.dispose();
        }
        return GrayImage.of(img, 300);
    }

    @Test
    void readsAPrintedJapaneseLineFromACrop() {
        GrayImage crop = draw(900, 120, "IPAexGothic", 64, "山田 太郎", 20, 90);
        OcrLine line = engine.read(crop, OcrSettings.line("jpn"));
        assertEquals("山田太郎", line.text().replace(" ", ""));
        assertTrue(line.meanConfidence() > 0.5, "confidence " + line.meanConfidence());
        assertEquals(4, line.symbols().size());
        line.symbols().forEach(s -> assertTrue(s.confidence() >= 0 && s.confidence() <= 1));
        assertTrue(line.micros() > 0);
    }

    @Test
    void readsDigitsWithAWhitelist() {
        GrayImage crop = draw(900, 120, "DejaVu Sans", 60, "090-1234-5678", 20, 90);
        OcrLine line = engine.read(crop, OcrSettings.line("eng").withWhitelist("0123456789-"));
        assertEquals("090-1234-5678", line.text());
    }

    @Test
    void readsRectanglesOfThePageSetOnce() {
        GrayImage page = draw(2000, 400, "IPAexMincho", 64, "東京都", 100, 120, "2024", 1200, 320);
        engine.setPage(page);
        assertEquals("東京都", engine.read(new Box(80, 30, 600, 120), OcrSettings.line("jpn")).text().replace(" ", ""));
        OcrSettings digits = OcrSettings.line("eng").withWhitelist("0123456789");
        assertEquals("2024", engine.read(new Box(1180, 230, 500, 120), digits).text());
        assertEquals("東京都", engine.read(new Box(80, 30, 600, 120), OcrSettings.line("jpn")).text().replace(" ", ""));
    }

    @Test
    void aCropReadDoesNotReplaceThePage() {
        GrayImage page = draw(1000, 200, "IPAexGothic", 64, "大阪", 100, 120);
        engine.setPage(page);
        engine.read(draw(600, 120, "IPAexGothic", 64, "京都", 20, 90), OcrSettings.line("jpn"));
        assertEquals("大阪", engine.read(new Box(80, 30, 400, 130), OcrSettings.line("jpn")).text().replace(" ", ""));
    }

    /** The LSTM model may hallucinate characters on a white line (blank detection is the reader's job), but not confidently. */
    @Test
    void blankRegionReadsNothingConfidently() {
        GrayImage page = draw(800, 200, "IPAexGothic", 64);
        engine.setPage(page);
        OcrLine line = engine.read(new Box(10, 10, 500, 150), OcrSettings.line("jpn"));
        assertTrue(line.meanConfidence() < 0.3, "mean confidence " + line.meanConfidence());
        assertTrue(engine.read(new Box(900, 10, 50, 50), OcrSettings.line("jpn")).isEmpty(), "outside the page");
    }

    @Test
    void singleCharacterModeWithAlternatives() {
        GrayImage cell = draw(120, 120, "DejaVu Sans", 80, "7", 30, 95);
        OcrSettings s = new OcrSettings("eng", OcrSettings.Mode.CHAR, "0123456789", true);
        OcrLine line = engine.read(cell, s);
        assertEquals("7", line.text());
        line.symbols().get(0).alternatives().forEach(a -> assertTrue(a.text().matches("\\d"), a.text()));
    }

    @Test
    void refusesRegionsAboveTheCap() {
        OcrEngine small = new OcrEngine(new OcrConfig(CONFIG.tessdata(), CONFIG.fieldTimeout(), 1000));
        try {
            assertThrows(OcrException.class, () -> small.read(draw(100, 100, "IPAexGothic", 10), OcrSettings.line("jpn")));
        } finally {
            small.close();
        }
    }

    @Test
    void timeCapStopsRecognition() {
        OcrEngine hasty = new OcrEngine(new OcrConfig(CONFIG.tessdata(), java.time.Duration.ofNanos(1), CONFIG.maxPixels()));
        try {
            GrayImage block = draw(1400, 400, "IPAexGothic", 60, "第一行 東京都", 20, 90, "第二行 大阪府", 20, 210,
                    "第三行 京都府", 20, 330);
            OcrLine line = hasty.read(block, OcrSettings.line("jpn").withMode(OcrSettings.Mode.BLOCK));
            assertTrue(line.timedOut());
            OcrLine full = engine.read(block, OcrSettings.line("jpn").withMode(OcrSettings.Mode.BLOCK));
            assertTrue(!full.timedOut() && full.text().replace(" ", "").contains("大阪府"), full.text());
        } finally {
            hasty.close();
        }
    }

    @Test
    void unknownLanguageIsReportedNotCrashed() {
        GrayImage img = draw(100, 100, "IPAexGothic", 10);
        assertThrows(OcrException.class, () -> engine.read(img, OcrSettings.line("xyz")));
    }

    @Test
    void engineBelongsToItsThreadAndRefusesUseAfterClose() throws Exception {
        GrayImage img = draw(100, 100, "IPAexGothic", 10);
        AtomicReference<Throwable> error = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                engine.read(img, OcrSettings.line("eng"));
            } catch (Throwable e) {
                error.set(e);
            }
        });
        t.start();
        t.join();
        assertTrue(error.get() instanceof IllegalStateException);
        engine.close();
        engine.close();
        assertThrows(IllegalStateException.class, () -> engine.read(img, OcrSettings.line("eng")));
    }

    @Test
    void poolGivesEachThreadItsOwnEngine() throws Exception {
        try (OcrEnginePool pool = new OcrEnginePool(CONFIG)) {
            OcrEngine mine = pool.engine();
            assertSame(mine, pool.engine());
            OcrEngine other = CompletableFuture.supplyAsync(pool::engine).get();
            assertNotSame(mine, other);
            assertEquals(2, pool.size());
            pool.close();
            assertTrue(mine.isClosed() && other.isClosed());
            assertThrows(IllegalStateException.class, pool::engine);
        }
    }
}
