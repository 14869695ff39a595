package org.yomitori.web;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.yomitori.template.Box;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.FieldType;
import org.yomitori.template.Template;

/**
 * Keeps My Numbers (個人番号) off the screen: values show only their last four digits, page images
 * are blanked over the field, and the field's crop is not served at all.
 */
final class MyNumber {
    private static final int VISIBLE = 4;

    private MyNumber() {
    }

    /** "123456789012" becomes "********9012"; separators and other characters are masked too. */
    static String mask(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        String digits = value.replaceAll("[^0-9０-９]", "");
        String tail = digits.length() > VISIBLE ? digits.substring(digits.length() - VISIBLE) : "";
        return "*".repeat(Math.max(0, digits.length() - tail.length())) + tail;
    }

    static boolean is(String type) {
        return FieldType.MY_NUMBER.id().equals(type);
    }

    /** Paints over every My Number field on page {@code pageNo} of an identified document's page image. */
    static void blank(BufferedImage page, Template template, int pageNo, int marginPx) {
        double scale = page.getWidth() / (double) template.width();
        Graphics2D g = page.createGraphics();
        try {
            g.setColor(Color.GRAY);
            for (FieldSpec f : template.fieldsOnPage(pageNo)) {
                if (f.type() == FieldType.MY_NUMBER) {
                    Box b = f.box().inset(-marginPx).scaled(scale);
                    g.fillRect(b.x(), b.y(), b.w(), b.h());
                }
            }
        } finally {
            g.dispose();
        }
    }
}
