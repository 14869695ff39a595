package org.yomitori.extract;

import java.util.ArrayList;
import java.util.List;
import org.yomitori.extract.StageTimes.Stage;
import org.yomitori.identify.DocumentPages;
import org.yomitori.imaging.AlignedPage;
import org.yomitori.imaging.Aligner;
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

/** Aligns one document's pages to its template and reads every field. */
final class DocumentReader {
    static final String ALIGNMENT_FAILED = "alignment_failed";

    private final Aligner aligner;
    private final OcrEnginePool engines;
    private final StageTimes times;

    DocumentReader(Aligner aligner, OcrEnginePool engines, StageTimes times) {
        this.aligner = aligner;
        this.engines = engines;
        this.times = times;
    }

    ExtractedDocument read(String documentId, String source, DocumentPages doc, List<GrayImage> pages) {
        Template template = doc.template();
        if (template == null) {
            List<GrayImage> images = doc.pageIndexes().stream().map(pages::get).toList();
            DocumentRecord record = new DocumentRecord(documentId, source, doc.pageIndexes(), null,
                    DocumentRecord.UNIDENTIFIED, List.of());
            return new ExtractedDocument(record, null, images);
        }
        long t0 = System.nanoTime();
        AlignedPage[] aligned = new AlignedPage[template.pages()];
        List<GrayImage> images = new ArrayList<>();
        for (int i = 0; i < doc.pageIndexes().size(); i++) {
            GrayImage upright = PageNormaliser.rotate(pages.get(doc.pageIndexes().get(i)), doc.quarterTurns().get(i));
            int templatePage = doc.templatePages().get(i);
            if (templatePage >= 0 && aligned[templatePage] == null) {
                aligned[templatePage] = aligner.align(upright, template, templatePage);
                images.add(aligned[templatePage].image());
            } else {
                images.add(upright); // an attachment (ID copy, passbook): kept for the verifier, not read
            }
        }
        long t1 = System.nanoTime();
        times.add(Stage.ALIGN, t1 - t0);
        List<FieldResult> fields = readFields(template, aligned);
        times.add(Stage.READ, System.nanoTime() - t1);
        DocumentRecord record = new DocumentRecord(documentId, source, doc.pageIndexes(), template.id(),
                DocumentRecord.statusOf(template.id(), fields), fields);
        return new ExtractedDocument(record, template, images);
    }

    private List<FieldResult> readFields(Template template, AlignedPage[] aligned) {
        OcrEngine engine = engines.engine();
        List<FieldResult> out = new ArrayList<>(template.fields().size());
        for (int page = 0; page < aligned.length; page++) {
            List<FieldSpec> specs = template.fieldsOnPage(page);
            if (aligned[page] == null) {
                specs.forEach(s -> out.add(missingPage(s)));
                continue;
            }
            FormPage formPage = FormPage.of(aligned[page].image(), template, page);
            for (FieldSpec spec : specs) {
                FieldResult r = FieldReaders.read(formPage, spec, engine);
                out.add(aligned[page].ok() ? r : forceReview(r, ALIGNMENT_FAILED));
            }
        }
        return orderAsTemplate(template, out);
    }

    private static FieldResult missingPage(FieldSpec spec) {
        return new FieldResult(spec.name(), "", "", 0.0, FieldStatus.REVIEW, List.of("page_missing"));
    }

    private static FieldResult forceReview(FieldResult r, String reason) {
        List<String> reasons = new ArrayList<>(r.reasons());
        if (!reasons.contains(reason)) {
            reasons.add(reason);
        }
        return new FieldResult(r.name(), r.value(), r.raw(), Math.min(r.confidence(), 0.5), FieldStatus.REVIEW, reasons);
    }

    private static List<FieldResult> orderAsTemplate(Template template, List<FieldResult> results) {
        List<FieldResult> ordered = new ArrayList<>(results.size());
        for (FieldSpec spec : template.fields()) {
            results.stream().filter(r -> r.name().equals(spec.name())).findFirst().ifPresent(ordered::add);
        }
        return ordered;
    }
}
