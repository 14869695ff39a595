package org.yomitori.identify;

import java.util.Objects;
import org.yomitori.imaging.Aligner;
import org.yomitori.imaging.GrayImage;
import org.yomitori.imaging.LayoutMatch;
import org.yomitori.template.Template;
import org.yomitori.template.TemplateRegistry;

/**
 * Decides which template page a normalised scan page is, and which way up it lies, from its
 * printed layout alone: the page is registered to every template page's reference and the share
 * of the reference's distinctive layout points found where they belong is the score (see
 * {@link Aligner#matchLayout}). Needs no OCR and no form-specific rule, so a newly installed
 * template is recognised as soon as its blank reference image is there. Thread-safe.
 */
public final class FormIdentifier {
    /**
     * A page is a template page when at least this share of the template's layout points agree.
     * Filled-in dev scans score 0.95–1.0; other forms and attachments stay below 0.2.
     */
    static final double MIN_SCORE = 0.5;

    private final TemplateRegistry templates;
    private final Aligner aligner;

    public FormIdentifier(TemplateRegistry templates) {
        this(templates, new Aligner());
    }

    /** Shares the aligner (and so its prepared reference images) with the alignment stage. */
    public FormIdentifier(TemplateRegistry templates, Aligner aligner) {
        this.templates = Objects.requireNonNull(templates, "templates");
        this.aligner = Objects.requireNonNull(aligner, "aligner");
    }

    public PageMatch identify(GrayImage normalisedPage) {
        Template bestTemplate = null;
        int bestPage = -1;
        LayoutMatch best = LayoutMatch.NONE;
        for (Template t : templates.all()) {
            for (int p = 0; p < t.pages(); p++) {
                LayoutMatch m = aligner.matchLayout(normalisedPage, t, p);
                if (m.score() > best.score()) {
                    best = m;
                    bestTemplate = t;
                    bestPage = p;
                }
            }
        }
        if (bestTemplate == null || best.score() < MIN_SCORE) {
            return PageMatch.none(best.score());
        }
        return new PageMatch(bestTemplate, bestPage, best.quarterTurns(), best.score());
    }
}
