package org.yomitori.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yomitori.template.Template;

class DocumentSplitterTest {
    private static final Template ONE_PAGE = template("juminhyo_request", 1);
    private static final Template TWO_PAGES = template("jidou_teate", 2);
    private final DocumentSplitter splitter = new DocumentSplitter();

    @Test
    void eachFirstPageStartsADocumentAndAttachmentsStayWithTheirForm() {
        List<DocumentPages> docs = splitter.split(List.of(first(ONE_PAGE, 0), none(), first(ONE_PAGE, 2), first(TWO_PAGES, 0),
                page(TWO_PAGES, 1, 0), none()));
        assertEquals(3, docs.size());
        assertEquals(List.of(0, 1), docs.get(0).pageIndexes());
        assertEquals(List.of(0, -1), docs.get(0).templatePages());
        assertEquals(List.of(2), docs.get(1).pageIndexes());
        assertEquals(List.of(2), docs.get(1).quarterTurns(), "upside down");
        assertEquals(List.of(3, 4, 5), docs.get(2).pageIndexes());
        assertEquals(List.of(0, 1, -1), docs.get(2).templatePages());
        assertEquals("jidou_teate", docs.get(2).template().id());
    }

    @Test
    void leadingUnmatchedPagesFormOneUnidentifiedDocument() {
        List<DocumentPages> docs = splitter.split(List.of(none(), none(), first(ONE_PAGE, 0)));
        assertEquals(2, docs.size());
        assertNull(docs.get(0).template());
        assertEquals(List.of(0, 1), docs.get(0).pageIndexes());
        assertTrue(docs.get(1).identified());
    }

    @Test
    void aSecondPageWithoutItsFirstPageStartsItsOwnDocument() {
        List<DocumentPages> docs = splitter.split(List.of(first(ONE_PAGE, 0), page(TWO_PAGES, 1, 0),
                page(TWO_PAGES, 1, 0)));
        assertEquals(3, docs.size(), "a repeated page 2 is not a continuation either");
        assertEquals("jidou_teate", docs.get(1).template().id());
    }

    @Test
    void nothingGivesNothing() {
        assertTrue(splitter.split(List.of()).isEmpty());
    }

    private static PageMatch first(Template t, int turns) {
        return page(t, 0, turns);
    }

    private static PageMatch page(Template t, int templatePage, int turns) {
        return new PageMatch(t, templatePage, turns, 0.97);
    }

    private static PageMatch none() {
        return PageMatch.none(0.05);
    }

    private static Template template(String id, int pages) {
        List<Path> refs = java.util.Collections.nCopies(pages, Path.of(id + ".png"));
        return new Template(id, 1, id, null, "ja", 300, 2480, 3508, pages, refs, List.of(), List.of(), Path.of(id));
    }
}
