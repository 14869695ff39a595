package org.yomitori.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yomitori.template.CalibratedThresholds;
import org.yomitori.template.TemplateRegistry;

/** The options {@code extract} and {@code bench} share, parsed from the command line. */
record CliArgs(List<Path> templateDirs, int threads, List<String> positional) {

    static final String USAGE = "usage: yomitori extract [--templates DIR]... [--threads N] FILE|DIR...";

    /** Shipped and sample templates, resolved against the installation, not the caller's folder. */
    static List<Path> defaultTemplateDirs() {
        Path home = home();
        return List.of(home.resolve("ocr-models/templates"), home.resolve("samples/templates"));
    }

    static Path home() {
        return Path.of(System.getProperty("yomitori.home", ".")).toAbsolutePath().normalize();
    }

    /** The shipped calibration file of the installation. */
    static Path thresholdsFile() {
        return home().resolve(CalibratedThresholds.DEFAULT_FILE);
    }

    /** The templates, with the shipped calibrated thresholds for fields that set none. */
    TemplateRegistry templates() {
        return TemplateRegistry.load(templateDirs, CalibratedThresholds.load(thresholdsFile()));
    }

    static CliArgs parse(String[] args, Path cwd) {
        List<Path> templates = new ArrayList<>(defaultTemplateDirs());
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--templates" -> templates.add(cwd.resolve(value(args, ++i, "--templates")).normalize());
                case "--threads" -> threads = parseThreads(value(args, ++i, "--threads"));
                case "-h", "--help" -> throw new IllegalArgumentException(USAGE);
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
                    }
                    positional.add(args[i]);
                }
            }
        }
        return new CliArgs(List.copyOf(templates), threads, List.copyOf(positional));
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args[i];
    }

    private static int parseThreads(String s) {
        try {
            int n = Integer.parseInt(s);
            if (n >= 1 && n <= 64) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the error below
        }
        throw new IllegalArgumentException("--threads takes a number from 1 to 64, got " + s);
    }
}
