package org.yomitori.ocr;

import java.util.Locale;
import org.yomitori.imaging.GrayImage;
import org.yomitori.template.Box;

/**
 * Prints how long Tesseract takes per field: reading a rectangle of a page set once, versus
 * reading the same field as a cropped image. Usage: OcrBenchmark [ROUNDS]
 */
public final class OcrBenchmark {
    private OcrBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        String[] lines = {"東京都千代田区永田町1丁目7番1号", "山田 太郎", "令和6年4月1日", "ヤマダ タロウ"};
        Object[] draw = new Object[lines.length * 3];
        for (int i = 0; i < lines.length; i++) {
            draw[i * 3] = lines[i];
            draw[i * 3 + 1] = 200;
            draw[i * 3 + 2] = 400 + i * 300;
        }
        GrayImage page = OcrEngineTest.draw(2480, 3508, "IPAexGothic", 60, draw);
        OcrSettings jpn = OcrSettings.line("jpn").withMode(OcrSettings.Mode.RAW_LINE);
        try (OcrEngine engine = new OcrEngine(OcrConfig.defaults())) {
            long t0 = System.nanoTime();
            engine.setPage(page);
            engine.read(new Box(180, 320, 1400, 110), jpn);
            System.out.printf(Locale.ROOT, "first read (init jpn + copy page): %.0f ms%n", (System.nanoTime() - t0) / 1e6);
            long rect = 0;
            long crop = 0;
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < lines.length; i++) {
                    Box box = new Box(180, 320 + i * 300, 1400, 110);
                    long a = System.nanoTime();
                    engine.read(box, jpn);
                    long b = System.nanoTime();
                    engine.read(crop(page, box), jpn);
                    crop += System.nanoTime() - b;
                    rect += b - a;
                }
            }
            int n = rounds * lines.length;
            System.out.printf(Locale.ROOT, "page rectangle: %.1f ms/field, cropped image: %.1f ms/field (%d fields)%n",
                    rect / 1e6 / n, crop / 1e6 / n, n);
        }
    }

    private static GrayImage crop(GrayImage page, Box b) {
        byte[] px = new byte[b.w() * b.h()];
        for (int y = 0; y < b.h(); y++) {
            System.arraycopy(page.pixels(), (b.y() + y) * page.width() + b.x(), px, y * b.w(), b.w());
        }
        return new GrayImage(px, b.w(), b.h(), page.dpi());
    }
}
