package org.yomitori.template;

import java.util.List;

/** A rectangle in template pixels (at the template's dpi): x, y of the top-left corner, width, height. */
public record Box(int x, int y, int w, int h) {

    public Box {
        if (w < 0 || h < 0) {
            throw new IllegalArgumentException("box width and height must not be negative: " + w + "x" + h);
        }
    }

    /** Reads the {@code [x, y, w, h]} list form used in template files. */
    public static Box of(List<? extends Number> xywh) {
        if (xywh == null || xywh.size() != 4) {
            throw new IllegalArgumentException("a box is [x, y, w, h], got " + xywh);
        }
        return new Box(xywh.get(0).intValue(), xywh.get(1).intValue(), xywh.get(2).intValue(), xywh.get(3).intValue());
    }

    public List<Integer> toList() {
        return List.of(x, y, w, h);
    }

    public Box scaled(double factor) {
        return new Box((int) Math.round(x * factor), (int) Math.round(y * factor),
                (int) Math.round(w * factor), (int) Math.round(h * factor));
    }

    /** Shrinks (negative grows) the box by {@code margin} pixels on every side. */
    public Box inset(int margin) {
        int nw = Math.max(1, w - 2 * margin);
        int nh = Math.max(1, h - 2 * margin);
        return new Box(x + (w - nw) / 2, y + (h - nh) / 2, nw, nh);
    }

    /** Clips the box to an image of the given size; may return an empty box. */
    public Box clip(int width, int height) {
        int x0 = Math.max(0, Math.min(x, width));
        int y0 = Math.max(0, Math.min(y, height));
        int x1 = Math.max(x0, Math.min(x + w, width));
        int y1 = Math.max(y0, Math.min(y + h, height));
        return new Box(x0, y0, x1 - x0, y1 - y0);
    }

    public boolean isEmpty() {
        return w == 0 || h == 0;
    }
}
