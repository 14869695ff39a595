package org.yomitori.extract;

import java.util.ArrayList;
import java.util.List;
import org.yomitori.extract.StageTimes.Stage;
import org.yomitori.identify.DocumentPages;
import org.yomitori.imaging.AlignedPage;
import org.yomitori.imaging.GrayImage;
import org.yomitori.imaging.PageNormaliser;
import org.yomitori.ocr.OcrEngine;
import org.yomitori.ocr.OcrEnginePool;
import org.yomitori.read.FieldReaders;
import org.yomitori.read.FormPage;
import org.yomitori.record.DocumentRecord;
import org.yomitori.record.FieldResult;
import org.yomitori.record.FieldStatus;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.Template;
import org.yomitori.validate.DocumentRules;

/** Reads every field of one document from its pages, already aligned to the template. */
final class DocumentReader {
    static final String PAGE_MISSING = "page_missing";

    private final OcrEnginePool engines;
    private final StageTimes times;

    DocumentReader(OcrEnginePool engines, StageTimes times) {
        this.engines = engines;
        this.times = times;
    }

    ExtractedDocument read(String documentId, String source, DocumentPages doc, List<ScannedPage> pages) {
        Template template = doc.template();
        if (template == null) {
            List<GrayImage> images = doc.pageIndexes().stream().map(i -> pages.get(i).normalised()).toList();
            DocumentRecord record = new DocumentRecord(documentId, source, doc.pageIndexes(), null,
                    DocumentRecord.UNIDENTIFIED, List.of());
            return new ExtractedDocument(record, null, images);
        }
        AlignedPage[] aligned = new AlignedPage[template.pages()];
        List<GrayImage> images = new ArrayList<>();
        for (int i = 0; i < doc.pageIndexes().size(); i++) {
            ScannedPage page = pages.get(doc.pageIndexes().get(i));
            int templatePage = doc.templatePages().get(i);
            if (templatePage >= 0 && aligned[templatePage] == null && page.aligned() != null) {
                aligned[templatePage] = page.aligned();
                images.add(page.aligned().image());
            } else {
                // An attachment (ID copy, passbook): kept upright for the verifier, not read.
                images.add(PageNormaliser.rotate(page.normalised(), doc.quarterTurns().get(i)));
            }
        }
        long t0 = System.nanoTime();
        // Rules between fields (a birth date after the filing date…) need the whole document.
        List<FieldResult> fields = DocumentRules.apply(template, readFields(template, aligned));
        times.add(Stage.READ, System.nanoTime() - t0);
        DocumentRecord record = new DocumentRecord(documentId, source, doc.pageIndexes(), template.id(),
                DocumentRecord.statusOf(template.id(), fields), fields);
        return new ExtractedDocument(record, template, images);
    }

    /** Fields in template order; a page that is missing sends its fields to review. */
    private List<FieldResult> readFields(Template template, AlignedPage[] aligned) {
        OcrEngine engine = engines.engine();
        FormPage[] formPages = new FormPage[aligned.length];
        for (int p = 0; p < aligned.length; p++) {
            formPages[p] = aligned[p] == null ? null : FormPage.of(aligned[p], template, p);
        }
        List<FieldResult> out = new ArrayList<>(template.fields().size());
        for (FieldSpec spec : template.fields()) {
            int p = spec.page();
            if (formPages[p] == null) {
                out.add(new FieldResult(spec.name(), "", "", 0.0, FieldStatus.REVIEW, List.of(PAGE_MISSING)));
                continue;
            }
            // A page the aligner does not trust sends its fields to review (FormPage carries that).
            out.add(FieldReaders.read(formPages[p], spec, engine));
        }
        return out;
    }
}
