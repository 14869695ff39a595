package org.yomitori.identify;

import java.util.ArrayList;
import java.util.List;
import org.yomitori.template.Template;

/**
 * Splits a scanned file's pages into documents. A template's first page starts a document; the
 * template's following pages and any pages that match no template (stapled attachments: ID-card
 * copies, passbook pages) belong to the document before them. Pages before the first identified
 * form make one unidentified document. A template page other than the first that does not
 * continue the current document of that template starts a document of its own, so a lost first
 * page never merges two applications.
 */
public final class DocumentSplitter {

    public List<DocumentPages> split(List<PageMatch> pages) {
        List<DocumentPages> out = new ArrayList<>();
        Builder current = null;
        for (int i = 0; i < pages.size(); i++) {
            PageMatch m = pages.get(i);
            if (current == null || startsNewDocument(current, m)) {
                if (current != null) {
                    out.add(current.build());
                }
                current = new Builder(m.template());
            }
            current.add(i, m);
        }
        if (current != null) {
            out.add(current.build());
        }
        return out;
    }

    private static boolean startsNewDocument(Builder current, PageMatch m) {
        if (!m.matched()) {
            return false;
        }
        if (m.isFirstPage() || current.template == null || !current.template.id().equals(m.template().id())) {
            return true;
        }
        return m.templatePage() != current.lastTemplatePage + 1;
    }

    private static final class Builder {
        private final Template template;
        private final List<Integer> indexes = new ArrayList<>();
        private final List<Integer> turns = new ArrayList<>();
        private final List<Integer> templatePages = new ArrayList<>();
        private int lastTemplatePage = -1;

        Builder(Template template) {
            this.template = template;
        }

        void add(int index, PageMatch m) {
            indexes.add(index);
            turns.add(m.quarterTurns());
            templatePages.add(m.matched() ? m.templatePage() : -1);
            if (m.matched()) {
                lastTemplatePage = m.templatePage();
            }
        }

        DocumentPages build() {
            return new DocumentPages(template, indexes, turns, templatePages);
        }
    }
}
