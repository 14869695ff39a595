package org.yomitori.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yomitori.extract.ExtractorSettings;
import org.yomitori.extract.PipelineExtractor;
import org.yomitori.extract.StageTimes;
import org.yomitori.record.RecordJson;
import org.yomitori.template.TemplateRegistry;

/**
 * {@code yomitori bench [DIR]}: reads a ground-truthed folder (default ../shared/eval/dev), scores
 * the records with the folder's {@code score.py}, and prints speed: pages per minute, time per page
 * by stage, and the JVM's peak memory. Records are kept in {@code bench-out/records.jsonl}.
 */
public final class BenchCommand {
    private BenchCommand() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path home = Path.of(System.getProperty("yomitori.home", ".")).toAbsolutePath().normalize();
        CliArgs cli = CliArgs.parse(args, Path.of("").toAbsolutePath());
        Path dir = cli.positional().isEmpty() ? home.resolve("../shared/eval/dev").normalize()
                : Path.of(cli.positional().get(0)).toAbsolutePath();
        if (!Files.isDirectory(dir)) {
            System.err.println("yomitori bench: no dev set at " + dir);
            System.exit(2);
        }
        List<Path> files = ScanFiles.expand(List.of(dir.toString()), dir);
        Path outDir = Files.createDirectories(home.resolve("bench-out"));
        Path records = outDir.resolve("records.jsonl");
        TemplateRegistry templates = cli.templates();
        List<String> lines = new ArrayList<>();
        int[] unreadable = {0};
        long start = System.nanoTime();
        StageTimes times;
        try (PipelineExtractor extractor = new PipelineExtractor(ExtractorSettings.defaults(), templates)) {
            new ExtractionRun(extractor, cli.threads()).run(files, r -> {
                unreadable[0] += r.error() == null ? 0 : 1;
                r.documents().forEach(d -> lines.add(RecordJson.toLine(d.record())));
            });
            times = extractor.stageTimes();
        }
        double wallSeconds = (System.nanoTime() - start) / 1e9;
        Files.write(records, lines, StandardCharsets.UTF_8);
        out.println("thresholds: " + CliArgs.thresholdsFile() + (Files.isRegularFile(CliArgs.thresholdsFile())
                ? "" : " (absent: template defaults)"));
        score(dir, records, out);
        printSpeed(out, files.size(), unreadable[0], lines.size(), times, wallSeconds, cli.threads());
    }

    private static void score(Path dir, Path records, PrintStream out) throws IOException, InterruptedException {
        Path scorer = dir.resolveSibling("score.py");
        if (!Files.isRegularFile(scorer)) {
            out.println("(no score.py beside " + dir + ": accuracy not scored)");
            return;
        }
        Process p = new ProcessBuilder("python3", scorer.toString(), dir.toString(), records.toString())
                .redirectErrorStream(true).start();
        out.println(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        p.waitFor();
    }

    private static void printSpeed(PrintStream out, int files, int unreadable, int documents, StageTimes times,
                                   double wallSeconds, int threads) {
        long pages = times.pages();
        out.println("== Speed ==");
        out.printf(Locale.ROOT, "files %d (unreadable %d), documents %d, pages %d, threads %d%n",
                files, unreadable, documents, pages, threads);
        out.printf(Locale.ROOT, "wall time %.1f s, %.1f pages/min%n", wallSeconds, pages * 60 / wallSeconds);
        double total = 0;
        for (Map.Entry<StageTimes.Stage, Double> e : times.millis().entrySet()) {
            double perPage = pages == 0 ? 0 : e.getValue() / pages;
            total += perPage;
            out.printf(Locale.ROOT, "  %-10s %7.0f ms/page (thread time)%n", e.getKey().name().toLowerCase(Locale.ROOT),
                    perPage);
        }
        out.printf(Locale.ROOT, "  %-10s %7.0f ms/page (thread time)%n", "total", total);
        out.printf(Locale.ROOT, "peak JVM heap %.0f MiB, peak process RSS %s%n", peakHeapMiB(), peakRss());
    }

    private static double peakHeapMiB() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / (1024.0 * 1024.0);
    }

    /** VmHWM from /proc: includes native memory of Tesseract and OpenCV, which the heap figure misses. */
    private static String peakRss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmHWM:")).map(l -> l.substring(6).trim()).findFirst().orElse("n/a");
        } catch (IOException | UncheckedIOException e) {
            return "n/a";
        }
    }
}
