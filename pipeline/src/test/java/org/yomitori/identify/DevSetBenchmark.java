package org.yomitori.identify;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.yomitori.imaging.AlignedPage;
import org.yomitori.imaging.Aligner;
import org.yomitori.imaging.GrayImage;
import org.yomitori.imaging.PageNormaliser;
import org.yomitori.render.PageRenderer;
import org.yomitori.render.RenderSettings;
import org.yomitori.template.Template;
import org.yomitori.template.TemplateRegistry;

/**
 * Figures for the whole dev set: classification, splitting, alignment error (form-line
 * positions, see {@link FormLineError}) and milliseconds per page per stage. Prints, asserts
 * nothing; run with {@code mvn -o -pl pipeline test -Dtest=DevSetBenchmark -Dyomitori.bench=true}.
 */
@EnabledIfSystemProperty(named = "yomitori.bench", matches = "true")
class DevSetBenchmark {
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private final Map<String, Long> nanos = new HashMap<>();
    private final Map<String, Integer> calls = new HashMap<>();
    private final List<Double> lineErrors = new ArrayList<>();
    private final Map<String, FormLineError> lineErrorByForm = new HashMap<>();
    private int pages;
    private int documents;
    private int documentsRight;
    private int filesSplitRight;
    private int notOk;
    private double lowestMatchedScore = 1;
    private double highestUnmatchedScore;

    @Test
    void wholeDevSet() throws Exception {
        assumeTrue(DevSet.present(), "../shared/eval is not here");
        TemplateRegistry templates = DevSet.templates();
        Aligner aligner = new Aligner();
        org.opencv.core.Core.setNumThreads(1); // figures for one core (the Aligner has loaded OpenCV)
        FormIdentifier identifier = new FormIdentifier(templates, aligner);
        PageRenderer renderer = new PageRenderer(RenderSettings.defaults());
        PageNormaliser normaliser = new PageNormaliser();
        List<Path> scans = DevSet.scans();
        for (Path scan : scans) {
            List<GrayImage> rendered = time("render", () -> renderer.render(scan));
            pages += rendered.size();
            List<GrayImage> normalised = new ArrayList<>();
            List<PageMatch> matches = new ArrayList<>();
            for (GrayImage page : rendered) {
                GrayImage n = time("normalise", () -> normaliser.normalise(page));
                normalised.add(n);
                PageMatch m = time("identify", () -> identifier.identify(n));
                matches.add(m);
                if (m.matched()) {
                    lowestMatchedScore = Math.min(lowestMatchedScore, m.score());
                } else {
                    highestUnmatchedScore = Math.max(highestUnmatchedScore, m.score());
                }
            }
            List<DocumentPages> docs = new DocumentSplitter().split(matches);
            score(scan, docs, DevSet.truth(scan));
            for (DocumentPages d : docs) {
                if (d.identified()) {
                    alignFirstPage(aligner, d, normalised.get(d.pageIndexes().get(0)), scan);
                }
            }
        }
        report(scans.size());
    }

    private void score(Path scan, List<DocumentPages> found, List<DevSet.TruthDocument> truth) {
        boolean allRight = found.size() == truth.size();
        for (DevSet.TruthDocument t : truth) {
            documents++;
            boolean right = found.stream().anyMatch(d -> d.identified() && d.template().id().equals(t.form())
                    && d.pageIndexes().equals(t.pages()));
            documentsRight += right ? 1 : 0;
            allRight &= right;
            if (!right) {
                System.out.printf("WRONG %s truth %s %s, found %s%n", scan.getFileName(), t.form(), t.pages(),
                        found.stream().map(d -> (d.identified() ? d.template().id() : "?") + d.pageIndexes()).toList());
            }
        }
        filesSplitRight += allRight ? 1 : 0;
    }

    private void alignFirstPage(Aligner aligner, DocumentPages d, GrayImage page, Path scan) throws Exception {
        Template t = d.template();
        GrayImage upright = PageNormaliser.rotate(page, d.quarterTurns().get(0));
        AlignedPage aligned = time("align", () -> aligner.align(upright, t, 0));
        FormLineError measure = lineErrorByForm.computeIfAbsent(t.id(), k -> new FormLineError(reference(t)));
        List<Double> errors = measure.errors(aligned.image());
        lineErrors.addAll(errors);
        notOk += aligned.ok() ? 0 : 1;
        Collections.sort(errors);
        System.out.printf("%-28s p%-2d %-18s residual %.2f px ok=%s  form lines: median %.2f px, max %.2f px (%d/%d crossings)%n",
                scan.getFileName(), d.pageIndexes().get(0), t.id(), aligned.residualPx(), aligned.ok(),
                quantile(errors, 0.5), quantile(errors, 1.0), errors.size(), measure.crossingCount());
    }

    private void report(int files) {
        Collections.sort(lineErrors);
        System.out.printf("%nfiles %d, pages %d, documents %d%n", files, pages, documents);
        System.out.printf("documents identified with the right form and pages: %d/%d (%.1f%%)%n", documentsRight,
                documents, 100.0 * documentsRight / documents);
        System.out.printf("files split exactly right: %d/%d%n", filesSplitRight, files);
        System.out.printf("identification scores: lowest matched %.3f, highest of unmatched pages %.3f (threshold %.2f)%n",
                lowestMatchedScore, highestUnmatchedScore, FormIdentifier.MIN_SCORE);
        System.out.printf("alignment, form-line crossings: median %.2f px, p95 %.2f px, p99 %.2f px, max %.2f px (n=%d, 300 dpi); not ok: %d%n",
                quantile(lineErrors, 0.5), quantile(lineErrors, 0.95), quantile(lineErrors, 0.99),
                quantile(lineErrors, 1.0), lineErrors.size(), notOk);
        nanos.forEach((stage, ns) -> System.out.printf("%-9s %6.0f ms CPU per call, one core (%d calls; render: per file)%n", stage,
                ns / 1e6 / calls.get(stage), calls.get(stage)));
    }

    private static double quantile(List<Double> sorted, double q) {
        return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
    }

    private static GrayImage reference(Template t) {
        try {
            BufferedImage img = ImageIO.read(t.referenceImages().get(0).toFile());
            return GrayImage.of(img, t.dpi());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private interface Step<T> {
        T run() throws Exception;
    }

    /** CPU time of this thread: with OpenCV on one thread, all the stage's work, whatever else the machine runs. */
    private <T> T time(String stage, Step<T> step) throws Exception {
        long t0 = CPU.getCurrentThreadCpuTime();
        T result = step.run();
        nanos.merge(stage, CPU.getCurrentThreadCpuTime() - t0, Long::sum);
        calls.merge(stage, 1, Integer::sum);
        return result;
    }
}
