package org.yomitori.record;

import java.util.List;

/**
 * One document found in a scan: the unit a verifier works on and a core system receives.
 * Serialised by {@link RecordJson} in the shape {@code ../shared/eval/README.md} describes.
 *
 * @param documentId stable id: the scan's content hash prefix and the document's index in it
 * @param source     the scanned file's name
 * @param pages      0-based page indexes within the source
 * @param template   the template id, or null when no template matched (unidentified)
 * @param status     complete, needs_review, or unidentified
 * @param fields     per field, in template order
 */
public record DocumentRecord(String documentId, String source, List<Integer> pages, String template,
                             String status, List<FieldResult> fields) {

    public static final String COMPLETE = "complete";
    public static final String NEEDS_REVIEW = "needs_review";
    public static final String UNIDENTIFIED = "unidentified";

    public DocumentRecord {
        pages = List.copyOf(pages);
        fields = List.copyOf(fields);
    }

    /** The status implied by the fields: complete only when nothing needs a person. */
    public static String statusOf(String template, List<FieldResult> fields) {
        if (template == null) {
            return UNIDENTIFIED;
        }
        return fields.stream().anyMatch(FieldResult::needsReview) ? NEEDS_REVIEW : COMPLETE;
    }
}
