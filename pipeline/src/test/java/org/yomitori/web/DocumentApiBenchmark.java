package org.yomitori.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yomitori.extract.ExtractorSettings;
import org.yomitori.extract.FilledForms;
import org.yomitori.extract.PipelineExtractor;
import org.yomitori.storage.ReviewDocument;
import org.yomitori.template.TemplateRegistry;
import org.yomitori.testing.ScanFixtures;

/**
 * Prints how fast a verifier's screen loads over HTTP on loopback: the document JSON, each field
 * crop, a page image (as stored, and blanked for a clerk), and a cached image revalidated by ETag.
 * Usage: DocumentApiBenchmark [ROUNDS] (run from the repository root, with the test classpath).
 */
public final class DocumentApiBenchmark {
    private DocumentApiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Path dir = Files.createTempDirectory("yomitori-bench");
        TemplateRegistry templates = FilledForms.sampleTemplates();
        try (PipelineExtractor extractor = new PipelineExtractor(ExtractorSettings.defaults(), templates);
             Station station = new Station(dir, extractor, templates, "yomitori.auth.bcrypt-cost", "10")) {
            ReviewDocument d = station.drop("counter1", "bench.png", ScanFixtures.filled(
                    templates.byId(ScanFixtures.JIDOU_TEATE).orElseThrow(),
                    Map.of("claimant_name", "山田 太郎", "claimant_my_number", "123456789012"))).get(0);
            Api admin = station.admin();
            Api vera = station.user(admin, "vera", "verifier");
            Api carol = station.user(admin, "carol", "clerk");
            String doc = "/api/documents/" + d.id();
            List<String> crops = new ArrayList<>();
            vera.json(doc).get("fields").forEach(f -> {
                if (!f.get("cropUrl").isNull()) {
                    crops.add(f.get("cropUrl").asText());
                }
            });
            print("GET document JSON (" + crops.size() + " fields)", time(rounds, () -> vera.get(doc)));
            print("GET one field crop", time(rounds, () -> vera.get(crops.get(0))));
            print("GET all " + crops.size() + " crops of the document", time(Math.max(1, rounds / 10), () -> {
                for (String c : crops) {
                    vera.get(c);
                }
            }));
            print("GET page PNG (as stored)", time(Math.max(1, rounds / 10), () -> vera.get(doc + "/pages/0.png")));
            print("GET page PNG (blanked for a clerk, cached copy)", time(Math.max(1, rounds / 10),
                    () -> carol.get(doc + "/pages/0.png")));
            String etag = vera.get(crops.get(0)).raw().headers().firstValue("ETag").orElseThrow();
            print("GET crop revalidated (304)", time(rounds, () -> vera.send("GET", crops.get(0), null,
                    Map.of("If-None-Match", etag))));
        }
    }

    private interface Call {
        void run() throws Exception;
    }

    private static List<Double> time(int rounds, Call call) throws Exception {
        call.run(); // warm up
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            call.run();
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        ms.sort(Comparator.naturalOrder());
        return ms;
    }

    private static void print(String what, List<Double> ms) {
        System.out.printf(Locale.ROOT, "%-50s median %6.1f ms  p95 %6.1f ms  (n=%d)%n", what, ms.get(ms.size() / 2),
                ms.get((int) Math.min(ms.size() - 1, Math.round(ms.size() * 0.95))), ms.size());
    }
}
