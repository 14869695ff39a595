package org.yomitori.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yomitori.calibrate.Calibration;
import org.yomitori.extract.ExtractorSettings;
import org.yomitori.extract.PipelineExtractor;
import org.yomitori.record.DocumentRecord;
import org.yomitori.record.RecordJson;

/**
 * {@code yomitori calibrate [--target R] [--level C] [--out FILE] [--records F] [DIR]}: reads a ground-truthed
 * folder (default ../shared/eval/dev), chooses the confidence thresholds from what was read right and
 * wrong ({@link Calibration}), writes them to the shipped calibration file (default
 * ocr-models/calibration/thresholds.yaml) and prints the calibration table. Records are kept in
 * {@code bench-out/calibration-records.jsonl}. With {@code --records}, the records of an earlier run
 * are calibrated instead of reading the scans again.
 */
public final class CalibrateCommand {
    private static final String USAGE = "usage: yomitori calibrate [--target RATE] [--level CONFIDENCE] [--out FILE]"
            + " [--records RECORDS.jsonl] [--threads N] [--templates DIR] [DIR]";

    private CalibrateCommand() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        double target = 0.005;
        double level = 0.8;
        Path file = CliArgs.thresholdsFile();
        Path records = null;
        List<String> rest = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--target" -> target = Double.parseDouble(value(args, ++i));
                    case "--level" -> level = Double.parseDouble(value(args, ++i));
                    case "--out" -> file = Path.of(value(args, ++i)).toAbsolutePath();
                    case "--records" -> records = Path.of(value(args, ++i)).toAbsolutePath();
                    default -> rest.add(args[i]);
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("yomitori calibrate: " + e.getMessage() + "\n" + USAGE);
            System.exit(2);
        }
        CliArgs cli = CliArgs.parse(rest.toArray(String[]::new), Path.of("").toAbsolutePath());
        Path home = CliArgs.home();
        Path dir = cli.positional().isEmpty() ? home.resolve("../shared/eval/dev").normalize()
                : Path.of(cli.positional().get(0)).toAbsolutePath();
        if (!Files.isDirectory(dir)) {
            System.err.println("yomitori calibrate: no ground-truthed folder at " + dir);
            System.exit(2);
        }
        Calibration calibration;
        if (records != null) {
            calibration = Calibration.ofJsonLines(dir, records, target, level);
        } else {
            List<DocumentRecord> read = extract(dir, cli);
            Path kept = Files.createDirectories(home.resolve("bench-out")).resolve("calibration-records.jsonl");
            Files.write(kept, read.stream().map(RecordJson::toLine).toList(), StandardCharsets.UTF_8);
            calibration = Calibration.of(dir, read, target, level);
            crossCheck(dir, kept, calibration, out);
        }
        out.print(calibration.report());
        calibration.writeThresholds(file, "Calibrated " + LocalDate.now() + " on " + dir.getFileName() + ": "
                + calibration.describeData() + ".");
        out.println("\nthresholds written to " + file);
    }

    private static List<DocumentRecord> extract(Path dir, CliArgs cli) throws InterruptedException {
        List<DocumentRecord> records = new ArrayList<>();
        try (PipelineExtractor extractor = new PipelineExtractor(ExtractorSettings.defaults(), cli.templates())) {
            new ExtractionRun(extractor, cli.threads()).run(ScanFiles.expand(List.of(dir.toString()), dir),
                    r -> r.documents().forEach(d -> records.add(d.record())));
        }
        return records;
    }

    /** Runs the official scorer beside the folder, when there is one, on the same records. */
    private static void crossCheck(Path dir, Path records, Calibration calibration, PrintStream out)
            throws IOException, InterruptedException {
        Path scorer = dir.resolveSibling("score.py");
        if (!Files.isRegularFile(scorer)) {
            return;
        }
        Process p = new ProcessBuilder("python3", scorer.toString(), dir.toString(), records.toString(), "--json")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] json = p.getInputStream().readAllBytes();
        if (p.waitFor() == 0) {
            out.println(calibration.checkAgainstScorer(new ObjectMapper().readTree(json)));
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
