package org.yomitori.imaging;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Objects;

/**
 * An 8-bit grayscale raster (0 = black, 255 = white), the image type passed between stages.
 * Plain Java so stages can hand pages around without owning native OpenCV memory; imaging code
 * converts to {@code Mat} internally and releases it on every path.
 */
public final class GrayImage {
    private final byte[] pixels;
    private final int width;
    private final int height;
    private final int dpi;

    public GrayImage(byte[] pixels, int width, int height, int dpi) {
        Objects.requireNonNull(pixels, "pixels");
        if (width <= 0 || height <= 0 || pixels.length != width * height) {
            throw new IllegalArgumentException("pixels do not match " + width + "x" + height);
        }
        this.pixels = pixels;
        this.width = width;
        this.height = height;
        this.dpi = dpi;
    }

    /** Converts any BufferedImage (colour, bilevel, indexed) to 8-bit luminance. */
    public static GrayImage of(BufferedImage image, int dpi) {
        BufferedImage gray = image;
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            var g = gray.createGraphics();
            try {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
                g.drawImage(image, 0, 0, null);
            } finally {
                g.dispose();
            }
        }
        byte[] data = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        int w = gray.getWidth();
        int h = gray.getHeight();
        byte[] copy;
        if (data.length == w * h) {
            copy = data.clone();
        } else { // a sub-image or padded raster: copy row by row
            copy = new byte[w * h];
            gray.getRaster().getDataElements(0, 0, w, h, copy);
        }
        return new GrayImage(copy, w, h, dpi);
    }

    public BufferedImage toBufferedImage() {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        out.getRaster().setDataElements(0, 0, width, height, pixels);
        return out;
    }

    /** The backing array; callers must not modify it. */
    public byte[] pixels() {
        return pixels;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int dpi() {
        return dpi;
    }

    public int get(int x, int y) {
        return pixels[y * width + x] & 0xff;
    }
}
