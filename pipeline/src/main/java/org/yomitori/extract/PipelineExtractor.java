package org.yomitori.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yomitori.extract.StageTimes.Stage;
import org.yomitori.identify.DocumentPages;
import org.yomitori.identify.DocumentSplitter;
import org.yomitori.identify.FormIdentifier;
import org.yomitori.identify.PageMatch;
import org.yomitori.imaging.AlignedPage;
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
    private final FormIdentifier identifier;
    private final DocumentSplitter splitter = new DocumentSplitter();
    private final Aligner aligner;
    private final DocumentReader documentReader;
    private final OcrEnginePool engines;
    private final StageTimes times = new StageTimes();

    public PipelineExtractor(ExtractorSettings settings, TemplateRegistry templates) {
        this.renderer = new PageRenderer(settings.render());
        // One aligner for identification and alignment: blank references are prepared once, and the
        // page features computed while identifying are reused when the same page is aligned.
        this.aligner = new Aligner();
        this.identifier = new FormIdentifier(templates, aligner);
        this.engines = new OcrEnginePool(settings.ocr());
        this.documentReader = new DocumentReader(engines, times);
    }

    @Override
    public List<ExtractedDocument> extract(Path file, String source, String scanId)
            throws UnreadableDocumentException {
        long t0 = System.nanoTime();
        List<GrayImage> scanned = renderer.render(file);
        lap(Stage.RENDER, t0);
        List<ScannedPage> pages = new ArrayList<>(scanned.size());
        for (int i = 0; i < scanned.size(); i++) {
            pages.add(processPage(scanned.get(i)));
            scanned.set(i, null); // let the rendered page go: only normalised and aligned pages are kept
        }
        List<DocumentPages> documents = splitter.split(pages.stream().map(ScannedPage::match).toList());
        times.addPages(pages.size());
        List<ExtractedDocument> out = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            String documentId = scanId.substring(0, Math.min(16, scanId.length())) + "-" + (i + 1);
            out.add(documentReader.read(documentId, source, documents.get(i), pages));
        }
        return out;
    }

    /**
     * Normalises, identifies and aligns one page right away, while the page's features computed for
     * identification are still at hand for the aligner (it keeps the last page's per thread).
     */
    private ScannedPage processPage(GrayImage page) {
        long t0 = System.nanoTime();
        GrayImage normalised = normaliser.normalise(page);
        long t1 = lap(Stage.NORMALISE, t0);
        PageMatch match = identifier.identify(normalised);
        long t2 = lap(Stage.IDENTIFY, t1);
        AlignedPage aligned = match.matched() ? aligner.align(normalised, match.template(), match.templatePage()) : null;
        lap(Stage.ALIGN, t2);
        return new ScannedPage(normalised, match, aligned);
    }

    /**
     * Reads pages that are already normalised (those kept of an unidentified document) as
     * {@code template}, which a person picked. Each template page goes to the page whose layout fits
     * it best; pages left over stay as attachments. The record's pages are numbered 0.. within
     * {@code pages}. Fields of a page that does not align go to review, as in {@link #extract}.
     */
    public ExtractedDocument readAs(Template template, List<GrayImage> pages, String documentId, String source) {
        long t0 = System.nanoTime();
        List<PageMatch> placed = PagePlacement.place(aligner, template, pages);
        long t1 = lap(Stage.IDENTIFY, t0);
        List<ScannedPage> scanned = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            PageMatch m = placed.get(i);
            AlignedPage aligned = m.matched() ? aligner.align(pages.get(i), template, m.templatePage()) : null;
            scanned.add(new ScannedPage(pages.get(i), m, aligned));
        }
        lap(Stage.ALIGN, t1);
        return documentReader.read(documentId, source, PagePlacement.asDocument(template, placed), scanned);
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
