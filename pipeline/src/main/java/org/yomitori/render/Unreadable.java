package org.yomitori.render;

import static org.yomitori.render.UnreadableDocumentException.CORRUPT;
import static org.yomitori.render.UnreadableDocumentException.EMPTY;
import static org.yomitori.render.UnreadableDocumentException.ENCRYPTED;
import static org.yomitori.render.UnreadableDocumentException.TOO_LARGE;
import static org.yomitori.render.UnreadableDocumentException.TOO_MANY_PAGES;
import static org.yomitori.render.UnreadableDocumentException.UNSUPPORTED;

/**
 * The clerk-facing reasons a file is refused: Japanese first, then English, saying what to do.
 * They never quote the file's content, only sizes and counts.
 */
final class Unreadable {
    private Unreadable() {
    }

    static UnreadableDocumentException emptyFile() {
        return new UnreadableDocumentException(EMPTY,
                "ファイルが空です（0バイト）。もう一度スキャンしてください。 / The file is empty (0 bytes); please scan again.");
    }

    static UnreadableDocumentException noPages() {
        return new UnreadableDocumentException(EMPTY,
                "ファイルにページがありません。もう一度スキャンしてください。 / The file contains no pages; please scan again.");
    }

    static UnreadableDocumentException corrupt(Throwable cause) {
        return new UnreadableDocumentException(CORRUPT,
                "ファイルが壊れているため読み取れません。原本をもう一度スキャンしてください。"
                        + " / The file is damaged and cannot be read; please scan the original again.", cause);
    }

    static UnreadableDocumentException encrypted(Throwable cause) {
        return new UnreadableDocumentException(ENCRYPTED,
                "PDFにパスワードが掛かっているため読み取れません。パスワードを外して再スキャンしてください。"
                        + " / The PDF is password-protected; remove the password and scan again.", cause);
    }

    static UnreadableDocumentException unsupported() {
        return new UnreadableDocumentException(UNSUPPORTED,
                "対応していないファイル形式です。PDF・TIFF・PNG・JPEGのいずれかで保存してください。"
                        + " / Unsupported file type; please save the scan as PDF, TIFF, PNG or JPEG.");
    }

    static UnreadableDocumentException unsupportedImage(Throwable cause) {
        return new UnreadableDocumentException(UNSUPPORTED,
                "ファイル内の画像の形式（圧縮方式・色空間）に対応していません。グレーまたはカラー、JPEG圧縮でスキャンし直してください。"
                        + " / The images in this file use a compression or colour model that cannot be read;"
                        + " please scan again in grey or colour with JPEG compression.",
                cause);
    }

    static UnreadableDocumentException tooLarge(long bytes, long maxBytes) {
        return new UnreadableDocumentException(TOO_LARGE, String.format(
                "ファイルが大きすぎます（%d MB、上限 %d MB）。解像度を下げるかファイルを分けてスキャンしてください。"
                        + " / The file is too large (%d MB, limit %d MB); scan at a lower resolution or split it.",
                mb(bytes), mb(maxBytes), mb(bytes), mb(maxBytes)));
    }

    static UnreadableDocumentException tooManyPages(int pages, int maxPages) {
        return new UnreadableDocumentException(TOO_MANY_PAGES, String.format(
                "ページ数が多すぎます（%d ページ、上限 %d ページ）。ファイルを分けてスキャンしてください。"
                        + " / Too many pages (%d, limit %d); please split the file.", pages, maxPages, pages, maxPages));
    }

    private static long mb(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }
}
