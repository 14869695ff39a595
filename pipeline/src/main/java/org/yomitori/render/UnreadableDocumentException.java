package org.yomitori.render;

/**
 * A file that cannot be read as a scanned document. The reason code is machine-readable (the UI
 * and the error folder's reason file translate it); the message is written for a clerk and never
 * contains document content.
 */
public class UnreadableDocumentException extends Exception {
    /** Reason codes: see {@link #reasonCode()}. */
    public static final String EMPTY = "empty";
    public static final String CORRUPT = "corrupt";
    public static final String ENCRYPTED = "encrypted";
    public static final String UNSUPPORTED = "unsupported";
    public static final String TOO_LARGE = "too_large";
    public static final String TOO_MANY_PAGES = "too_many_pages";

    private final String reasonCode;

    public UnreadableDocumentException(String reasonCode, String clerkMessage) {
        super(clerkMessage);
        this.reasonCode = reasonCode;
    }

    public UnreadableDocumentException(String reasonCode, String clerkMessage, Throwable cause) {
        super(clerkMessage, cause);
        this.reasonCode = reasonCode;
    }

    /** One of empty, corrupt, encrypted, unsupported, too_large, too_many_pages. */
    public String reasonCode() {
        return reasonCode;
    }
}
