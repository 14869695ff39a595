package org.yomitori.calibrate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the calibration file the template loader reads
 * ({@link org.yomitori.template.CalibratedThresholds}): a threshold per type and per stricter template
 * field, each with the counts it rests on, so a reader of the file sees why.
 */
final class ThresholdFile {
    private ThresholdFile() {
    }

    static String yaml(ThresholdTable table, ThresholdRule rule, String provenance) {
        StringBuilder y = new StringBuilder();
        y.append("# Confidence thresholds made by `./yomitori calibrate` (org.yomitori.calibrate). Do not edit by\n")
                .append("# hand: re-run the command after the readers change. A template field's own `threshold`\n")
                .append("# overrides these; see docs/BENCHMARKS.md for the rule and the table.\n");
        provenance.lines().forEach(l -> y.append("# ").append(l).append('\n'));
        y.append(String.format(Locale.ROOT, "target: %s%nlevel: %s%n", rule.target(), rule.level()));
        y.append("types:\n");
        table.byType().forEach((type, c) -> y.append("  ").append(type).append(": ").append(entry(c)).append('\n'));
        Map<String, Map<String, ThresholdTable.Choice>> byForm = new LinkedHashMap<>();
        table.byField().forEach((key, c) -> byForm.computeIfAbsent(key.substring(0, key.indexOf('/')),
                k -> new LinkedHashMap<>()).put(key.substring(key.indexOf('/') + 1), c));
        y.append(byForm.isEmpty() ? "fields: {}\n" : "fields:\n");
        byForm.forEach((form, fields) -> {
            y.append("  ").append(form).append(":\n");
            fields.forEach((name, c) -> y.append("    ").append(name).append(": ").append(entry(c)).append('\n'));
        });
        return y.toString();
    }

    private static String entry(ThresholdTable.Choice c) {
        return String.format(Locale.ROOT, "{threshold: %.2f, basis: %s, candidates: %d, accepted: %d, wrong: %d,"
                + " upper_bound: %.4f}", c.threshold(), c.basis().name().toLowerCase(Locale.ROOT), c.candidates(),
                c.accepted(), c.wrong(), c.upper());
    }

    /** Replaces the file in one step, so a running reader never sees half a file. */
    static void write(Path file, String yaml) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(tmp, yaml, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
