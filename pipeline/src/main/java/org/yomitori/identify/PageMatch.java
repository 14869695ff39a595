package org.yomitori.identify;

import org.yomitori.template.Template;

/**
 * What identification found for one page.
 *
 * @param template     the matching template, or null when the page is no template page (an
 *                     attachment such as an ID-card copy, or an unknown form)
 * @param templatePage which page of the template it is (0-based), or -1 with no template
 * @param quarterTurns clockwise quarter turns that bring the page upright (apply with
 *                     {@code PageNormaliser.rotate}); 0 with no template
 * @param score        the best layout score seen (0…1), also for a page that matched nothing
 */
public record PageMatch(Template template, int templatePage, int quarterTurns, double score) {

    public static PageMatch none(double bestScore) {
        return new PageMatch(null, -1, 0, bestScore);
    }

    public boolean matched() {
        return template != null;
    }

    /** Whether this page begins a document: the first page of a template. */
    public boolean isFirstPage() {
        return template != null && templatePage == 0;
    }
}
