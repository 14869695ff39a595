package org.yomitori.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.yomitori.imaging.AlignedPage;
import org.yomitori.imaging.Aligner;
import org.yomitori.imaging.GrayImage;
import org.yomitori.imaging.PageNormaliser;
import org.yomitori.ocr.OcrConfig;
import org.yomitori.ocr.OcrEngine;
import org.yomitori.record.DocumentRecord;
import org.yomitori.record.FieldResult;
import org.yomitori.record.RecordJson;
import org.yomitori.render.PageRenderer;
import org.yomitori.render.RenderSettings;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.Template;
import org.yomitori.template.TemplateLoader;

/**
 * Reads the fields of dev-set scans (the form and page taken from the truth file, so only the
 * readers are measured), writes one record per document for score.py, and prints time per
 * field type. Usage: DevSetBenchmark DEV_DIR OUT_DIR [NAME_REGEX] [LIMIT]
 */
public final class DevSetBenchmark {
    private DevSetBenchmark() {
    }

    /** Writes the aligned page and every field's cleaned ink, to look at. */
    private static void dump(Path dir, String name, FormPage page, Template t) throws java.io.IOException {
        Files.createDirectories(dir);
        javax.imageio.ImageIO.write(page.scan().toBufferedImage(), "png", dir.resolve(name + ".png").toFile());
        for (FieldSpec f : t.fields()) {
            if (f.type().isMark()) {
                continue;
            }
            CleanField c = FieldCleaner.clean(page, f.box(), FieldCleaner.DARK_INK);
            javax.imageio.ImageIO.write(c.trimmed().toBufferedImage(), "png", dir.resolve(name + "_" + f.name() + ".png").toFile());
            for (var slot : f.slots().entrySet()) {
                CleanField s = FieldCleaner.clean(page, slot.getValue().inset(-page.px(10)), FieldCleaner.DARK_INK);
                System.out.println(f.name() + "." + slot.getKey() + " ink " + s.inkPixels());
                javax.imageio.ImageIO.write(s.trimmed().toBufferedImage(), "png",
                        dir.resolve(name + "_" + f.name() + "_" + slot.getKey() + ".png").toFile());
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Path dev = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String pattern = args.length > 2 ? args[2] : ".*";
        int limit = args.length > 3 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;
        Files.createDirectories(out);
        Path forms = dev.resolveSibling("forms");
        ObjectMapper json = new ObjectMapper();
        PageRenderer renderer = new PageRenderer(RenderSettings.defaults());
        PageNormaliser normaliser = new PageNormaliser();
        Aligner aligner = new Aligner();
        Map<String, long[]> timeByType = new TreeMap<>();
        List<Path> truths;
        try (Stream<Path> s = Files.list(dev)) {
            truths = s.filter(p -> p.toString().endsWith(".truth.json"))
                    .filter(p -> p.getFileName().toString().matches(pattern)).sorted().limit(limit).toList();
        }
        try (OcrEngine engine = new OcrEngine(OcrConfig.defaults())) {
            for (Path truthFile : truths) {
                JsonNode truth = json.readTree(truthFile.toFile());
                String source = truth.get("file").asText();
                List<GrayImage> pages = renderer.render(dev.resolve(source));
                List<String> lines = new ArrayList<>();
                for (JsonNode doc : truth.get("documents")) {
                    Template t = new TemplateLoader().load(forms.resolve(doc.get("form").asText() + ".json"));
                    int pageIndex = doc.get("pages").get(0).asInt();
                    long t0 = System.nanoTime();
                    AlignedPage aligned = aligner.align(normaliser.normalise(pages.get(pageIndex)), t, 0);
                    long alignMs = (System.nanoTime() - t0) / 1_000_000;
                    FormPage page = FormPage.of(aligned, t, 0);
                    String dump = System.getenv("DUMP");
                    if (dump != null) {
                        dump(Path.of(dump), source + "_" + pageIndex, page, t);
                    }
                    List<FieldResult> results = new ArrayList<>();
                    for (FieldSpec f : t.fields()) {
                        long f0 = System.nanoTime();
                        results.add(FieldReaders.read(page, f, engine));
                        long[] acc = timeByType.computeIfAbsent(f.type().id() + (f.isBoxed() ? "(cells)" : ""),
                                k -> new long[2]);
                        acc[0] += System.nanoTime() - f0;
                        acc[1]++;
                    }
                    List<Integer> pageList = new ArrayList<>();
                    doc.get("pages").forEach(p -> pageList.add(p.asInt()));
                    DocumentRecord record = new DocumentRecord(source + "#" + pageIndex, source, pageList, t.id(),
                            DocumentRecord.statusOf(t.id(), results), results);
                    lines.add(RecordJson.toLine(record));
                    System.out.printf(Locale.ROOT, "%s p%d %s align %d ms (residual %.2f, ok %s)%n", source, pageIndex,
                            t.id(), alignMs, aligned.residualPx(), aligned.ok());
                }
                Files.write(out.resolve(source + ".jsonl"), lines);
            }
        }
        timeByType.forEach((type, acc) -> System.out.printf(Locale.ROOT, "%-22s %4d fields %7.1f ms/field%n", type,
                acc[1], acc[0] / 1e6 / acc[1]));
    }
}
