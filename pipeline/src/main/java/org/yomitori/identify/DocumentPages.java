package org.yomitori.identify;

import java.util.List;
import org.yomitori.template.Template;

/**
 * One document found in a scanned file.
 *
 * @param template      its template, or null for pages before any identified form
 * @param pageIndexes   0-based page indexes within the file, in order
 * @param quarterTurns  per page, clockwise quarter turns that bring it upright
 * @param templatePages per page, which template page it is, or -1 for an attachment
 */
public record DocumentPages(Template template, List<Integer> pageIndexes, List<Integer> quarterTurns,
        List<Integer> templatePages) {

    public DocumentPages {
        pageIndexes = List.copyOf(pageIndexes);
        quarterTurns = List.copyOf(quarterTurns);
        templatePages = List.copyOf(templatePages);
        if (pageIndexes.isEmpty() || quarterTurns.size() != pageIndexes.size()
                || templatePages.size() != pageIndexes.size()) {
            throw new IllegalArgumentException("a document has at least one page and one entry per page");
        }
    }

    public boolean identified() {
        return template != null;
    }
}
