package org.yomitori.imaging;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;

class FeaturesTest {
    /**
     * A sheet at coarse-registration scale (75 dpi): a dense block of bold writing on top, a
     * ruled and labelled table below.
     */
    private static BufferedImage writingOverTable() {
        int w = 620;
        int h = 877;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setColor(Color.BLACK);
            g.setFont(new Font("IPAexGothic", Font.BOLD, 22));
            Random rnd = new Random(3);
            for (int y = 40; y < 280; y += 26) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < 24; i++) {
                    line.append((char) ('あ' + rnd.nextInt(80)));
                }
                g.drawString(line.toString(), 20, y);
            }
            g.setStroke(new BasicStroke(2));
            g.setFont(new Font("IPAexGothic", Font.PLAIN, 11));
            for (int y = 320; y <= 840; y += 40) {
                g.drawLine(40, y, 580, y);
                g.drawString("氏名 住所 " + y, 48, y + 18);
            }
            for (int x = 40; x <= 580; x += 90) {
                g.drawLine(x, 320, x, 840);
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    @Test
    void writingDoesNotTakeTheKeypointsOfThePrintedLayoutBelowIt() {
        Mats.load();
        Mat mat = Mats.toMat(GrayImage.of(writingOverTable(), 75));
        try {
            Features f = Features.detect(mat);
            // 320-493, 493-666, 666-840: the table only; each band is about one row of the 4 × 6
            // grid, whose share is 4 × 62 keypoints (strongest first, writing would leave it ~110)
            int[] perBand = new int[3];
            for (int i = 0; i < f.size(); i++) {
                float y = f.xy()[2 * i + 1];
                if (y >= 320 && y < 840) {
                    perBand[(int) ((y - 320) * 3 / 520)]++;
                }
            }
            for (int n : perBand) {
                assertTrue(n >= 200, "keypoints on the table, per band: " + Arrays.toString(perBand));
            }
        } finally {
            mat.release();
        }
    }
}
