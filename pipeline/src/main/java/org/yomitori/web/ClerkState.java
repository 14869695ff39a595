package org.yomitori.web;

import java.util.List;
import org.yomitori.storage.ReviewDocument;
import org.yomitori.storage.Scan;
import org.yomitori.storage.ScanState;

/**
 * Where a dropped file is, as a clerk needs to know it: queued, reading, error, duplicate, or — once
 * read — review (a field waits for a verifier), unidentified (its form is unknown), rejected (a
 * verifier sent it back) or released (its records left for the core systems).
 */
final class ClerkState {
    static final List<String> STATES =
            List.of("queued", "reading", "review", "unidentified", "released", "rejected", "error", "duplicate");

    private ClerkState() {
    }

    static String of(Scan s, List<ReviewDocument> docs) {
        if (s.state() != ScanState.DONE) {
            return s.state().id();
        }
        if (has(docs, "needs_review")) {
            return "review";
        }
        if (has(docs, "unidentified")) {
            return "unidentified";
        }
        if (has(docs, ReviewDocument.REJECTED)) {
            return "rejected";
        }
        return !docs.isEmpty() && docs.stream().allMatch(d -> ReviewDocument.RELEASED.equals(d.status()))
                ? "released" : "review";
    }

    private static boolean has(List<ReviewDocument> docs, String status) {
        return docs.stream().anyMatch(d -> status.equals(d.status()));
    }
}
