package org.yomitori.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Estimates how the rule does on scans it was not calibrated on: the files are dealt into
 * {@code folds} groups (a file's documents stay together, so a batch is never split); each group is
 * scored with thresholds chosen on the others, and the held-out figures are summed.
 */
final class CrossValidation {
    private CrossValidation() {
    }

    static Figures heldOut(List<ScoredField> fields, ThresholdRule rule, int folds) {
        List<String> files = new ArrayList<>(new TreeSet<>(fields.stream().map(ScoredField::file).toList()));
        Map<String, Integer> foldOf = files.stream().collect(Collectors.toMap(f -> f, f -> files.indexOf(f) % folds));
        List<ScoredField> out = new ArrayList<>(fields.size());
        for (int k = 0; k < folds; k++) {
            int fold = k;
            List<ScoredField> train = fields.stream().filter(f -> foldOf.get(f.file()) != fold).toList();
            ThresholdTable table = rule.choose(train);
            fields.stream().filter(f -> foldOf.get(f.file()) == fold)
                    .map(f -> f.withThreshold(table.thresholdFor(f.form(), f.field(), f.type()))).forEach(out::add);
        }
        return Figures.of(out);
    }
}
