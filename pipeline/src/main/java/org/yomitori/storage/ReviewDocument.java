package org.yomitori.storage;

import java.time.Instant;
import java.util.List;

/**
 * A document as the verification station sees it: its state, version and claim, where it came from.
 *
 * @param status         complete, needs_review, unidentified, released or rejected
 * @param version        raised by every change; a change naming an older version is refused
 * @param leaseUser      the verifier who claimed it, or null (the claim may have expired)
 * @param leaseExpiresAt when that claim ends, or null
 * @param closedBy       who released or rejected it ({@code system} for a release at reading time), or null
 * @param rejectReason   the reason given to the clerk when rejected, else null
 * @param channel        the channel its scan was dropped in
 * @param source         the dropped file's name
 * @param openFields     fields still in review
 */
public record ReviewDocument(String id, long scanId, int docIndex, String template, String status, List<Integer> pages,
                             int version, String leaseUser, Instant leaseExpiresAt, String closedBy, Instant closedAt,
                             String rejectReason, String channel, String source, Instant receivedAt, int openFields) {
    public static final String RELEASED = "released";
    public static final String REJECTED = "rejected";

    public ReviewDocument {
        pages = List.copyOf(pages);
    }

    /** Still waiting for a person: needs review or unidentified. */
    public boolean isOpen() {
        return "needs_review".equals(status) || "unidentified".equals(status);
    }

    /** The claim's holder while it lasts at {@code now}, else null. */
    public String leaseHolder(Instant now) {
        return leaseUser != null && leaseExpiresAt != null && leaseExpiresAt.isAfter(now) ? leaseUser : null;
    }
}
