package org.yomitori.calibrate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The text {@code yomitori calibrate} prints: figures before and after, the table, the curves. */
final class CalibrationReport {
    /** Thresholds the curve table shows; the chosen ones are marked. */
    private static final int[] CURVE_STEPS = {50, 70, 80, 85, 90, 92, 94, 95, 96, 97, 98, 99, 100};
    private final StringBuilder out = new StringBuilder();

    static String of(Scoring asRead, Scoring calibrated, ThresholdTable table, ThresholdRule rule, Figures heldOut,
                     int folds) {
        CalibrationReport r = new CalibrationReport();
        r.line("== Figures as extracted (thresholds the templates had) ==");
        r.figures(asRead);
        r.line("");
        r.line("== Calibration: target accepted-error rate %s, %.0f%% one-sided Clopper-Pearson upper bound ==",
                pct(rule.target()), rule.level() * 100);
        r.typeTable(asRead, table);
        r.fieldTable(table);
        r.line("");
        r.curves(asRead, table);
        r.line("");
        r.line("== Figures with the calibrated thresholds (same readings, statuses re-decided) ==");
        r.figures(calibrated);
        r.breakdown("field type", Figures.by(calibrated.fields(), ScoredField::type));
        r.breakdown("form", Figures.by(calibrated.fields(), ScoredField::form));
        r.line("");
        r.line("== Cross-validated by file (%d folds: thresholds chosen without the scored files) ==", folds);
        r.line("silent errors %s of auto fields wrong (%d of %d), straight-through %s",
                pct(heldOut.silentErrorRate()), heldOut.autoWrong(), heldOut.auto(), pct(heldOut.stp()));
        return r.out.toString();
    }

    /** The headline figures and the per-type table of one scoring, as text. */
    static String figures(Scoring s, String title) {
        CalibrationReport r = new CalibrationReport();
        r.line("== %s ==", title);
        r.figures(s);
        r.breakdown("field type", Figures.by(s.fields(), ScoredField::type));
        return r.out.toString();
    }

    private void figures(Scoring s) {
        Figures f = Figures.of(s.fields());
        List<ScoredField> checks = s.fields().stream()
                .filter(x -> x.type().equals("checkbox") || x.type().equals("checkbox_group")).toList();
        line("documents         %d/%d found, %d extra records", s.found(), s.documents(), s.extra());
        line("classification    %s of expected documents got the right template",
                pct(Figures.ratio(s.classified(), s.documents())));
        line("fields            %d  accuracy %s  (checkboxes %s)", f.fields(), pct(f.accuracy()),
                pct(Figures.of(checks).accuracy()));
        line("straight-through  %s of fields auto-accepted", pct(f.stp()));
        line("silent errors     %s of auto fields wrong (%d fields)", pct(f.silentErrorRate()), f.autoWrong());
        line("review            %d fields, %s of them really wrong", f.review(),
                pct(Figures.ratio(f.reviewWrong(), f.review())));
    }

    private void typeTable(Scoring s, ThresholdTable table) {
        Map<String, Long> fieldsPerType = s.fields().stream()
                .collect(Collectors.groupingBy(ScoredField::type, Collectors.counting()));
        line("%-15s %6s %10s %9s %-7s %8s %8s %6s %8s %8s", "type", "fields", "candidates", "threshold", "basis",
                "accepted", "share", "wrong", "error", "bound");
        table.byType().forEach((type, c) -> {
            long all = fieldsPerType.getOrDefault(type, 0L);
            line("%-15s %6d %10d %9.2f %-7s %8d %8s %6d %8s %8s", type, all, c.candidates(), c.threshold(),
                    c.basis().name().toLowerCase(Locale.ROOT), c.accepted(), pct(Figures.ratio(c.accepted(),
                            (int) all)), c.wrong(), pct(Figures.ratio(c.wrong(), c.accepted())), pct(c.upper()));
        });
        line("(candidates: fields whose only reason for review, if any, is low confidence; share: accepted of all"
                + " fields of the type; bound: upper bound of the accepted-error rate of the samples the threshold rests on:"
                + " the type's own, or with basis 'family' the pooled samples of its family)");
    }

    private void fieldTable(ThresholdTable table) {
        if (table.byField().isEmpty()) {
            line("no template field errs clearly more often than its type: no per-field thresholds");
            return;
        }
        line("template fields stricter than their type:");
        table.byField().forEach((key, c) -> line("  %-40s %.2f  (%d candidates, %d accepted, %d wrong)", key,
                c.threshold(), c.candidates(), c.accepted(), c.wrong()));
    }

    private void curves(Scoring s, ThresholdTable table) {
        int[] steps = IntStream.concat(IntStream.of(CURVE_STEPS),
                table.byType().values().stream().mapToInt(c -> ThresholdRule.step(c.threshold())))
                .distinct().sorted().toArray();
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-15s", "accepted/wrong"));
        for (int step : steps) {
            head.append(String.format(Locale.ROOT, " %9.2f", ThresholdRule.threshold(step)));
        }
        line("%s", head);
        Map<String, List<ScoredField>> byType = s.fields().stream().filter(ScoredField::candidate)
                .collect(Collectors.groupingBy(ScoredField::type));
        table.byType().forEach((type, c) -> {
            List<ScoredField> fs = byType.getOrDefault(type, List.of());
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-15s", type));
            for (int step : steps) {
                int[] nk = ThresholdRule.count(fs, step);
                boolean chosen = Math.abs(ThresholdRule.threshold(step) - c.threshold()) < 1e-9;
                row.append(String.format(Locale.ROOT, " %9s", (chosen ? "*" : "") + nk[0] + "/" + nk[1]));
            }
            line("%s", row);
        });
        line("(candidates accepted at each threshold / of them wrong; * = chosen)");
    }

    private void breakdown(String title, Map<String, Figures> rows) {
        line("%-24s %6s %9s %8s %8s %7s", "per " + title, "fields", "accuracy", "stp", "silent", "wrong");
        rows.forEach((k, f) -> line("  %-22s %6d %9s %8s %8s %7d", k, f.fields(), pct(f.accuracy()), pct(f.stp()),
                pct(f.silentErrorRate()), f.autoWrong()));
    }

    static String pct(double ratio) {
        return Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.2f%%", ratio * 100);
    }

    private void line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
