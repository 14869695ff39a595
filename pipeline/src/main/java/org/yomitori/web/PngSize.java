package org.yomitori.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A PNG's width and height from its header (24 bytes), without decoding the image. */
record PngSize(int width, int height) {
    private static final PngSize UNKNOWN = new PngSize(0, 0);

    static PngSize of(Path png) {
        try (InputStream in = Files.newInputStream(png)) {
            byte[] head = in.readNBytes(24);
            if (head.length < 24 || head[12] != 'I' || head[13] != 'H' || head[14] != 'D' || head[15] != 'R') {
                return UNKNOWN;
            }
            return new PngSize(int32(head, 16), int32(head, 20));
        } catch (IOException e) {
            return UNKNOWN;
        }
    }

    private static int int32(byte[] b, int at) {
        return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }
}
