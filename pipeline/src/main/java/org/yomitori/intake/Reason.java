package org.yomitori.intake;

import org.yomitori.render.UnreadableDocumentException;

/**
 * Why a file was set aside, for a clerk: a machine-readable code plus the explanation in Japanese
 * and in English. Never quotes the file's content.
 */
public record Reason(String code, String japanese, String english) {
    public static final String DUPLICATE = "duplicate";
    public static final String INTERNAL_ERROR = "internal_error";

    public static Reason of(UnreadableDocumentException e) {
        return parse(e.reasonCode(), e.getMessage());
    }

    /** Reads a message written "日本語 / English" (as {@link #message()} writes it and render does). */
    public static Reason parse(String code, String message) {
        String text = message == null ? "" : message;
        int split = text.indexOf(" / ");
        if (split < 0) {
            return new Reason(code, text, text);
        }
        return new Reason(code, text.substring(0, split).trim(), text.substring(split + 3).trim());
    }

    public static Reason internalError() {
        return new Reason(INTERNAL_ERROR,
                "システムの問題で処理できませんでした。ファイルはここに保管しています。管理者に連絡してください。",
                "The file could not be processed because of a system problem. It is kept here; please contact the administrator.");
    }

    /** The single-line text stored in the database and shown on the status page. */
    public String message() {
        return japanese.equals(english) ? japanese : japanese + " / " + english;
    }
}
