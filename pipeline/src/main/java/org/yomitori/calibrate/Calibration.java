package org.yomitori.calibrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yomitori.record.DocumentRecord;

/**
 * Confidence calibration from ground truth: joins each field the pipeline read with its truth
 * (compared like the eval scorer), then chooses per field type, and for template fields that need
 * it, the lowest threshold whose accepted-error rate stays provably under the target
 * ({@link ThresholdRule}). The result is one file the template loader applies to every field that
 * sets no threshold of its own.
 */
public final class Calibration {
    static final int FOLDS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Scoring asRead;
    private final ThresholdRule rule;
    private final ThresholdTable table;

    private Calibration(Scoring asRead, ThresholdRule rule) {
        this.asRead = asRead;
        this.rule = rule;
        this.table = rule.choose(asRead.fields());
    }

    /**
     * @param truthDir a folder of {@code <scan>.truth.json} files (eval format)
     * @param records  what the pipeline read from the scans of that folder
     * @param target   the accepted-error rate to stay under, e.g. 0.005
     * @param level    confidence of the upper bound on that rate, e.g. 0.8
     */
    public static Calibration of(Path truthDir, List<DocumentRecord> records, double target, double level)
            throws IOException {
        return new Calibration(Scoring.of(TruthSet.load(truthDir), records.stream().map(RecordView::of).toList()),
                rule(target, level));
    }

    private static ThresholdRule rule(double target, double level) {
        return new ThresholdRule(target, level, ThresholdRule.DEFAULT.fieldLevel(),
                ThresholdRule.DEFAULT.minFieldSamples());
    }

    /**
     * Calibrates from records already written as JSON lines (e.g. by {@code yomitori bench}). Their
     * confidences are rounded to 3 decimals, so a field within 0.0005 under a threshold may be
     * counted on the wrong side of it.
     */
    public static Calibration ofJsonLines(Path truthDir, Path recordsFile, double target, double level)
            throws IOException {
        List<RecordView> records = new ArrayList<>();
        for (String line : Files.readAllLines(recordsFile, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                records.add(RecordView.of(JSON.readTree(line)));
            }
        }
        return new Calibration(Scoring.of(TruthSet.load(truthDir), records), rule(target, level));
    }

    public static Calibration of(Path truthDir, List<DocumentRecord> records) throws IOException {
        return of(truthDir, records, ThresholdRule.DEFAULT.target(), ThresholdRule.DEFAULT.level());
    }

    /** Figures as read and with the new thresholds, the threshold table, the error curves, a cross-check. */
    public String report() {
        Figures heldOut = CrossValidation.heldOut(asRead.fields(), rule, FOLDS);
        return CalibrationReport.of(asRead, asRead.withThresholds(table), table, rule, heldOut, FOLDS);
    }

    /** Writes the thresholds for the template loader; {@code provenance} lines become comments. */
    public void writeThresholds(Path file, String provenance) throws IOException {
        ThresholdFile.write(file, ThresholdFile.yaml(table, rule, provenance));
    }

    /**
     * Compares the figures as read with the official scorer's ({@code score.py --json} output) on
     * the same records: one line saying whether the two comparisons agree.
     */
    public String checkAgainstScorer(JsonNode scorerSummary) {
        Figures f = Figures.of(asRead.fields());
        boolean same = scorerSummary.path("fields").asInt() == f.fields()
                && scorerSummary.path("silent_errors").asInt() == f.autoWrong()
                && Math.abs(scorerSummary.path("field_accuracy").asDouble() - 100 * f.accuracy()) < 0.006;
        return String.format(Locale.ROOT, "score.py %s: %d fields, accuracy %s%% (Java %.2f%%), silent errors %d"
                        + " (Java %d)", same ? "agrees" : "DISAGREES", scorerSummary.path("fields").asInt(),
                scorerSummary.path("field_accuracy").asText(), 100 * f.accuracy(),
                scorerSummary.path("silent_errors").asInt(), f.autoWrong());
    }

    /** One line on what was calibrated, for the file's header. */
    public String describeData() {
        long files = asRead.fields().stream().map(ScoredField::file).distinct().count();
        return String.format(Locale.ROOT, "%d files, %d documents, %d fields", files, asRead.documents(),
                asRead.fields().size());
    }

    ThresholdTable table() {
        return table;
    }

    Scoring asRead() {
        return asRead;
    }
}
