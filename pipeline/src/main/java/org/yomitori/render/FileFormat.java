package org.yomitori.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** The formats a scan may arrive in, recognised by their first bytes rather than the file name. */
enum FileFormat {
    PDF("pdf"), TIFF("tiff"), PNG("png"), JPEG("jpeg"), UNKNOWN("unknown");

    /** How far into the file a PDF header may start (readers tolerate leading junk up to 1 KB). */
    private static final int PDF_HEADER_WINDOW = 1024;

    final String label;

    FileFormat(String label) {
        this.label = label;
    }

    static FileFormat sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PDF_HEADER_WINDOW);
        }
        return sniff(head);
    }

    static FileFormat sniff(byte[] head) {
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(head, 'I', 'I', 42, 0) || startsWith(head, 'M', 'M', 0, 42)) {
            return TIFF;
        }
        return containsPdfHeader(head) ? PDF : UNKNOWN;
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsPdfHeader(byte[] head) {
        byte[] marker = {'%', 'P', 'D', 'F', '-'};
        for (int i = 0; i + marker.length <= head.length; i++) {
            if (Arrays.equals(head, i, i + marker.length, marker, 0, marker.length)) {
                return true;
            }
        }
        return false;
    }
}
