package org.yomitori.review;

import java.util.List;
import org.yomitori.storage.PageImage;
import org.yomitori.storage.ReviewDocument;
import org.yomitori.storage.StoredField;
import org.yomitori.template.Template;

/**
 * Everything a verifier's screen shows of one document.
 *
 * @param template the installed template it was read with, or null (unidentified, or not installed any more)
 */
public record DocumentView(ReviewDocument document, Template template, List<StoredField> fields,
                           List<PageImage> pages) {
    public DocumentView {
        fields = List.copyOf(fields);
        pages = List.copyOf(pages);
    }
}
