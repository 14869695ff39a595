package org.yomitori.review;

import java.time.Instant;
import java.util.List;

/**
 * A verification step that cannot be done as asked. {@link #code()} is machine-readable (the
 * API's {@code error}); the message is "日本語 / English" for the person and never quotes a value.
 */
public final class ReviewException extends RuntimeException {
    /** Someone else holds a live claim on the document. */
    public static final String CLAIMED = "claimed";
    /** The caller holds no live claim on the document. */
    public static final String NOT_CLAIMED = "not_claimed";
    /** Someone saved first: the caller's version is old. */
    public static final String STALE_VERSION = "stale_version";
    /** The document was released or rejected; nothing more can be changed. */
    public static final String CLOSED = "closed";
    /** The value breaks a rule and no override was given. */
    public static final String INVALID = "invalid";
    /** The value does not have the field's shape (an unknown option, a word for a checkbox). */
    public static final String BAD_VALUE = "bad_value";
    public static final String NOT_FOUND = "not_found";
    /** The request makes no sense for this document (e.g. a template pick for an identified one). */
    public static final String NOT_ALLOWED = "not_allowed";

    private final String code;
    private final String holder;
    private final Instant expiresAt;
    private final List<String> reasons;

    private ReviewException(String code, String japanese, String english, String holder, Instant expiresAt,
                            List<String> reasons) {
        super(japanese + " / " + english);
        this.code = code;
        this.holder = holder;
        this.expiresAt = expiresAt;
        this.reasons = List.copyOf(reasons);
    }

    static ReviewException of(String code, String japanese, String english) {
        return new ReviewException(code, japanese, english, null, null, List.of());
    }

    static ReviewException claimed(String holder, Instant expiresAt) {
        return new ReviewException(CLAIMED, holder + " さんが作業中です。", holder + " is working on this document.",
                holder, expiresAt, List.of());
    }

    static ReviewException invalid(List<String> reasons) {
        return new ReviewException(INVALID, "値が規則に合いません。理由を付けて保存するか、値を直してください。",
                "The value breaks a rule: correct it, or save it with an override reason.", null, null, reasons);
    }

    static ReviewException badValue(String japanese, String english) {
        return of(BAD_VALUE, japanese, english);
    }

    static ReviewException notFound(String what) {
        return of(NOT_FOUND, "見つかりません: " + what, "Not found: " + what);
    }

    public String code() {
        return code;
    }

    /** For {@link #CLAIMED}: who holds the claim. */
    public String holder() {
        return holder;
    }

    /** For {@link #CLAIMED}: when the claim ends. */
    public Instant expiresAt() {
        return expiresAt;
    }

    /** For {@link #INVALID}: the broken rules. */
    public List<String> reasons() {
        return reasons;
    }
}
