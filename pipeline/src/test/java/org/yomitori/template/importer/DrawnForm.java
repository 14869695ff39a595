package org.yomitori.template.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A small blank form drawn in code (A4 at 150 dpi) with one field of every type and layout, and its
 * field spec in the shared spec format: the fixture for importer and form-filler tests.
 */
public final class DrawnForm {
    public static final int DPI = 150;
    public static final int WIDTH = 1240;
    public static final int HEIGHT = 1754;
    public static final String ID = "drawn_form";

    private final ObjectMapper json = new ObjectMapper();
    private final ObjectNode spec = json.createObjectNode();
    private final ArrayNode fields;
    private final BufferedImage blank = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
    private final Graphics2D g = blank.createGraphics();

    private DrawnForm() {
        spec.put("form", ID).put("code", "FORM-TS-99").put("title", "テスト申請書").put("language", "ja")
                .put("dpi", DPI).put("width", WIDTH).put("height", HEIGHT).put("pages", 1);
        fields = spec.putArray("fields");
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font("IPAexGothic", Font.PLAIN, 48));
        g.drawString("テスト申請書", 470, 100);
        g.setFont(new Font("IPAexGothic", Font.PLAIN, 20));
        g.drawString("FORM-TS-99", 1060, 50);
        g.setStroke(new BasicStroke(2));
    }

    /** Draws the form and builds its spec. */
    public static DrawnForm create() {
        DrawnForm f = new DrawnForm();
        f.printedEraDate("application_date", "申請日", 150, false);
        f.text("name", "氏名", "text", new int[] {300, 230, 880, 70});
        f.text("kana", "フリガナ", "kana", new int[] {300, 310, 880, 60});
        f.printedEraDate("birth_date", "生年月日", 390, true);
        f.boxed("postal_code", "郵便番号", "postal_code", 470, 7);
        f.boxed("my_number", "個人番号", "my_number", 550, 12);
        f.text("phone", "電話番号", "phone", new int[] {300, 630, 430, 70});
        f.text("email", "メール", "email", new int[] {740, 630, 440, 70});
        f.text("copies", "通数", "number", new int[] {300, 710, 200, 70});
        f.text("agree", "同意", "checkbox", new int[] {600, 725, 40, 40});
        f.text("seal", "印", "seal_presence", new int[] {1000, 700, 90, 90});
        f.group("kind", "届出の種類", 810, "circle", false, List.of("転入", "転出", "転居"));
        f.group("purposes", "使用目的", 890, "box", true, List.of("就職", "年金", "その他"));
        f.text("free_date", "異動日", "date", new int[] {300, 970, 880, 70});
        f.g.dispose();
        return f;
    }

    public BufferedImage blank() {
        return blank;
    }

    public ObjectNode spec() {
        return spec;
    }

    /** Writes {@code drawn_form.json} and {@code drawn_form.png} into {@code dir}; returns the spec file. */
    public Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        ImageIO.write(blank, "png", dir.resolve(ID + ".png").toFile());
        Path file = dir.resolve(ID + ".json");
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), spec);
        return file;
    }

    private ObjectNode field(String name, String label, String type, int[] box) {
        ObjectNode f = fields.addObject().put("name", name).put("label", label).put("type", type).put("page", 0);
        putBox(f, "box", box);
        g.drawRect(box[0], box[1], box[2], box[3]);
        if (box[0] == 300) { // the first field of a row: its label goes in the label column
            g.drawString(label, 70, box[1] + box[3] / 2 + 8);
        }
        return f;
    }

    private void text(String name, String label, String type, int[] box) {
        field(name, label, type, box);
    }

    private void printedEraDate(String name, String label, int y, boolean circledEra) {
        ObjectNode f = field(name, label, "date", new int[] {300, y, 880, 70}).put("format", "printed_era");
        int x = 320;
        if (circledEra) {
            ArrayNode eras = f.putArray("era_options");
            for (String era : List.of("昭和", "平成", "令和")) {
                putBox(eras.addObject().put("option", era), "label_box", new int[] {x - 5, y + 15, 60, 40});
                g.drawString(era, x, y + 43);
                x += 70;
            }
        } else {
            f.put("era", "令和");
            g.drawString("令和", x, y + 43);
            x += 70;
        }
        ObjectNode slots = f.putObject("slots");
        for (String[] slot : new String[][] {{"year", "年"}, {"month", "月"}, {"day", "日"}}) {
            putBox(slots, slot[0], new int[] {x, y + 2, 80, 66});
            g.drawString(slot[1], x + 82, y + 43);
            x += 120;
        }
    }

    private void boxed(String name, String label, String type, int y, int count) {
        ObjectNode f = field(name, label, type, new int[] {300, y, 10 + 56 * count, 70});
        ArrayNode cells = f.putArray("cells");
        for (int i = 0; i < count; i++) {
            int[] cell = {305 + 56 * i, y + 7, 56, 56};
            cells.add(json.valueToTree(cell));
            g.drawRect(cell[0], cell[1], cell[2], cell[3]);
        }
    }

    private void group(String name, String label, int y, String mark, boolean multi, List<String> options) {
        ObjectNode f = field(name, label, "checkbox_group", new int[] {300, y, 880, 70});
        f.put("multi", multi).put("mark", mark);
        ArrayNode opts = f.putArray("options");
        int x = 320;
        for (String option : options) {
            ObjectNode o = opts.addObject().put("option", option);
            if ("box".equals(mark)) {
                putBox(o, "box", new int[] {x, y + 15, 40, 40});
                g.drawRect(x, y + 15, 40, 40);
                x += 50;
            } else {
                o.putNull("box");
            }
            putBox(o, "label_box", new int[] {x, y + 12, 100, 46});
            g.drawString(option, x + 5, y + 43);
            x += 250;
        }
    }

    private static void putBox(ObjectNode node, String key, int[] box) {
        ArrayNode a = node.putArray(key);
        for (int v : box) {
            a.add(v);
        }
    }
}
