package org.yomitori.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.yomitori.identify.DocumentPages;
import org.yomitori.identify.PageMatch;
import org.yomitori.imaging.Aligner;
import org.yomitori.imaging.GrayImage;
import org.yomitori.imaging.LayoutMatch;
import org.yomitori.template.Template;

/**
 * Places a document's pages on the pages of a template a person picked: the best-fitting
 * (page, template page) pair first, then the best of the rest, so an ID copy stapled in front of
 * the form does not take the form's place. Every template page gets a page while pages remain,
 * however poor the fit (the person said it is this form); alignment then judges the fit.
 */
final class PagePlacement {
    private PagePlacement() {
    }

    /** Per page, the template page it was placed on, or {@link PageMatch#none} for an attachment. */
    static List<PageMatch> place(Aligner aligner, Template template, List<GrayImage> pages) {
        LayoutMatch[][] fits = new LayoutMatch[pages.size()][template.pages()];
        for (int i = 0; i < pages.size(); i++) {
            for (int p = 0; p < template.pages(); p++) {
                fits[i][p] = aligner.matchLayout(pages.get(i), template, p);
            }
        }
        List<PageMatch> placed = new ArrayList<>(IntStream.range(0, pages.size()).mapToObj(i -> PageMatch.none(0)).toList());
        boolean[] taken = new boolean[template.pages()];
        for (int round = 0; round < Math.min(pages.size(), template.pages()); round++) {
            int[] best = best(fits, placed, taken);
            LayoutMatch fit = fits[best[0]][best[1]];
            placed.set(best[0], new PageMatch(template, best[1], fit.quarterTurns(), fit.score()));
            taken[best[1]] = true;
        }
        return placed;
    }

    static DocumentPages asDocument(Template template, List<PageMatch> placed) {
        return new DocumentPages(template, IntStream.range(0, placed.size()).boxed().toList(),
                placed.stream().map(PageMatch::quarterTurns).toList(),
                placed.stream().map(PageMatch::templatePage).toList());
    }

    /** The best-scoring pair of an unplaced page and a free template page: {page, template page}. */
    private static int[] best(LayoutMatch[][] fits, List<PageMatch> placed, boolean[] taken) {
        int[] best = null;
        for (int i = 0; i < fits.length; i++) {
            for (int p = 0; p < taken.length; p++) {
                boolean free = !placed.get(i).matched() && !taken[p];
                if (free && (best == null || fits[i][p].score() > fits[best[0]][best[1]].score())) {
                    best = new int[] {i, p};
                }
            }
        }
        return best;
    }
}
