package org.yomitori.imaging;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.yomitori.template.Template;

/**
 * Forms and scans drawn in code for imaging and identification tests: a ruled A4 form whose
 * layout follows a seed (so two seeds are two different forms), and "scans" of it turned,
 * scaled, shifted, resampled to another dpi and written on.
 */
public final class SyntheticForm {
    public static final int WIDTH = 2480;
    public static final int HEIGHT = 3508;
    /** Centres of the black registration squares drawn in three corners. */
    public static final List<int[]> MARKS = List.of(new int[] {120, 120}, new int[] {120, 3388}, new int[] {2360, 3388});
    private static final String[] LABELS = {"氏名", "フリガナ", "住所", "生年月日", "電話番号", "本籍", "世帯主",
        "続柄", "届出日", "異動日", "郵便番号", "個人番号", "口座番号", "金融機関", "備考", "性別"};

    private SyntheticForm() {
    }

    /** A blank form at 300 dpi whose table layout and labels depend on {@code seed}. */
    public static BufferedImage blank(long seed) {
        Random rnd = new Random(seed);
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.BLACK);
            for (int[] m : MARKS) {
                g.fillRect(m[0] - 30, m[1] - 30, 60, 60);
            }
            g.setFont(new Font("IPAexGothic", Font.BOLD, 90));
            g.drawString(LABELS[rnd.nextInt(LABELS.length)] + "変更届出書", 600 + rnd.nextInt(300), 300);
            g.setFont(new Font("IPAexGothic", Font.PLAIN, 44));
            g.drawString("FORM-" + seed, 2050, 150);
            drawTable(g, rnd, 500 + rnd.nextInt(150), 8 + rnd.nextInt(6));
            drawTable(g, rnd, 2900, 2);
        } finally {
            g.dispose();
        }
        return img;
    }

    private static void drawTable(Graphics2D g, Random rnd, int top, int rows) {
        int left = 200;
        int right = WIDTH - 200;
        int labelWidth = 350 + rnd.nextInt(200);
        int y = top;
        for (int r = 0; r < rows; r++) {
            int h = 110 + rnd.nextInt(120);
            g.setStroke(new BasicStroke(4));
            g.drawRect(left, y, right - left, h);
            g.drawLine(left + labelWidth, y, left + labelWidth, y + h);
            g.drawString(LABELS[rnd.nextInt(LABELS.length)], left + 30, y + h / 2 + 16);
            if (rnd.nextInt(3) == 0) {
                int split = left + labelWidth + 500 + rnd.nextInt(700);
                g.drawLine(split, y, split, y + h);
                g.drawString(LABELS[rnd.nextInt(LABELS.length)], split + 20, y + h / 2 + 16);
            } else if (rnd.nextInt(3) == 0) {
                g.setStroke(new BasicStroke(3));
                for (int c = 0; c < 4; c++) {
                    g.drawRect(left + labelWidth + 60 + c * 300, y + h / 2 - 25, 50, 50);
                    g.drawString(LABELS[rnd.nextInt(LABELS.length)], left + labelWidth + 130 + c * 300, y + h / 2 + 16);
                }
            }
            y += h;
        }
    }

    /** Writes the blank form as the reference PNG of a one-page template and returns the template. */
    public static Template template(Path dir, String id, long seed) throws IOException {
        Path png = dir.resolve(id + ".png");
        ImageIO.write(blank(seed), "png", png.toFile());
        return new Template(id, 1, id, null, "ja", 300, WIDTH, HEIGHT, 1, List.of(png), List.of(), List.of(),
                dir.resolve(id + ".json"));
    }

    /**
     * A scan of {@code form}: turned clockwise by {@code degrees} about the page centre (plus
     * {@code quarterTurns} × 90°), scaled, shifted by (dx, dy) pixels at 300 dpi, written on,
     * and resampled to {@code dpi}. Landscape when the quarter turns are odd.
     */
    public static GrayImage scan(BufferedImage form, double degrees, double scale, int dx, int dy, int dpi,
            int quarterTurns) {
        double k = dpi / 300.0;
        boolean landscape = quarterTurns % 2 != 0;
        int w = (int) Math.round((landscape ? HEIGHT : WIDTH) * k);
        int h = (int) Math.round((landscape ? WIDTH : HEIGHT) * k);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            AffineTransform t = new AffineTransform();
            t.translate(w / 2.0 + dx * k, h / 2.0 + dy * k);
            t.rotate(Math.toRadians(degrees + 90 * quarterTurns));
            t.scale(scale * k, scale * k);
            t.translate(-WIDTH / 2.0, -HEIGHT / 2.0);
            g.drawImage(withWriting(form), t, null);
        } finally {
            g.dispose();
        }
        return GrayImage.of(out, dpi);
    }

    /** The form with handwriting-like strokes in its boxes and a date stamp in the margin. */
    private static BufferedImage withWriting(BufferedImage form) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        try {
            g.drawImage(form, 0, 0, null);
            g.setColor(new Color(60, 60, 120));
            g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Random rnd = new Random(7);
            for (int line = 0; line < 10; line++) {
                int y = 600 + line * 180;
                int x = 900;
                for (int c = 0; c < 12; c++, x += 70) {
                    g.drawLine(x, y, x + rnd.nextInt(50), y + 20 + rnd.nextInt(40));
                    g.drawLine(x + rnd.nextInt(40), y + 50, x + 50, y + rnd.nextInt(30));
                }
            }
            g.setColor(Color.DARK_GRAY);
            g.drawOval(2050, 250, 260, 260);
            g.setFont(new Font("IPAexGothic", Font.BOLD, 60));
            g.drawString("受付", 2120, 400);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** A page that is no form: a photocopied card in the middle of a blank sheet. */
    public static GrayImage idCardPage(int dpi) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(200, 200, 200));
            g.fillRoundRect(600, 1000, 1000, 640, 60, 60);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(4));
            g.drawRoundRect(600, 1000, 1000, 640, 60, 60);
            g.setFont(new Font("IPAexGothic", Font.PLAIN, 50));
            g.drawString("在留カード　氏名　山田", 660, 1120);
            g.drawString("住居地　東京都", 660, 1220);
            g.fillRect(1300, 1150, 220, 300);
        } finally {
            g.dispose();
        }
        return scan(img, 0.7, 1.0, 0, 0, dpi, 0);
    }
}
