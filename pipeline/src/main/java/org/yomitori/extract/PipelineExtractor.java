package org.yomitori.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yomitori.extract.StageTimes.Stage;
import org.yomitori.identify.DocumentPages;
import org.yomitori.identify.DocumentSplitter;
import org.yomitori.identify.FormIdentifier;
import org.yomitori.identify.PageMatch;
import org.yomitori.imaging.Aligner;
import org.yomitori.imaging.GrayImage;
import org.yomitori.imaging.PageNormaliser;
import org.yomitori.ocr.OcrEnginePool;
import org.yomitori.render.PageRenderer;
import org.yomitori.render.UnreadableDocumentException;
import org.yomitori.template.Template;
import org.yomitori.template.TemplateRegistry;

/**
 * The reading stages in order: render → normalise → identify → split → (per document) align and
 * read. Stateless per call apart from the per-thread OCR engines, so several threads may extract
 * at once; each stage's time is added to {@link #stageTimes()}.
 */
public final class PipelineExtractor implements DocumentExtractor, AutoCloseable {
    private final PageRenderer renderer;
    private final PageNormaliser normaliser = new PageNormaliser();
    private final Aligner aligner = new Aligner();
    private final FormIdentifier identifier;
    private final DocumentSplitter splitter = new DocumentSplitter();
    private final DocumentReader documentReader;
    private final OcrEnginePool engines;
    private final StageTimes times = new StageTimes();

    public PipelineExtractor(ExtractorSettings settings, TemplateRegistry templates) {
        this.renderer = new PageRenderer(settings.render());
        this.identifier = new FormIdentifier(templates, aligner);
        this.engines = new OcrEnginePool(settings.ocr());
        this.documentReader = new DocumentReader(aligner, engines, times);
    }

    @Override
    public List<ExtractedDocument> extract(Path file, String source, String scanId)
            throws UnreadableDocumentException {
        long t0 = System.nanoTime();
        List<GrayImage> scanned = renderer.render(file);
        long t1 = lap(Stage.RENDER, t0);
        List<GrayImage> pages = new ArrayList<>(scanned.size());
        for (GrayImage page : scanned) {
            pages.add(normaliser.normalise(page));
        }
        long t2 = lap(Stage.NORMALISE, t1);
        List<PageMatch> matches = new ArrayList<>(pages.size());
        for (GrayImage page : pages) {
            matches.add(identifier.identify(page));
        }
        List<DocumentPages> documents = splitter.split(matches);
        lap(Stage.IDENTIFY, t2);
        times.addPages(pages.size());
        List<ExtractedDocument> out = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            String documentId = scanId.substring(0, Math.min(16, scanId.length())) + "-" + (i + 1);
            out.add(documentReader.read(documentId, source, documents.get(i), pages));
        }
        return out;
    }

    /**
     * Reads pages that are already normalised (those kept of an unidentified document) as
     * {@code template}, which a person picked. Each template page goes to the page whose layout fits
     * it best, turned upright; pages left over stay as attachments. The record's pages are numbered
     * 0.. within {@code pages}. Fields of a page that does not align go to review, as in {@link #extract}.
     */
    public ExtractedDocument readAs(Template template, List<GrayImage> pages, String documentId, String source) {
        long t0 = System.nanoTime();
        DocumentPages doc = PagePlacement.place(aligner, template, pages);
        lap(Stage.IDENTIFY, t0);
        return documentReader.read(documentId, source, doc, pages);
    }

    public StageTimes stageTimes() {
        return times;
    }

    private long lap(Stage stage, long since) {
        long now = System.nanoTime();
        times.add(stage, now - since);
        return now;
    }

    @Override
    public void close() {
        engines.close();
    }
}
