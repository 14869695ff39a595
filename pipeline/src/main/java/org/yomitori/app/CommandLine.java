package org.yomitori.app;

import java.nio.file.Path;

/** The command line of {@code yomitori run}: only {@code --config FILE} (or {@code --config=FILE}). */
final class CommandLine {
    static final String USAGE = "usage: yomitori run [--config FILE]";

    private CommandLine() {
    }

    /** The external settings file, or null when none was given. */
    static Path configFile(String[] args) {
        Path file = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--config")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--config needs a file\n" + USAGE);
                }
                file = Path.of(args[++i]);
            } else if (arg.startsWith("--config=")) {
                file = Path.of(arg.substring("--config=".length()));
            } else {
                throw new IllegalArgumentException("unknown argument " + arg + "\n" + USAGE);
            }
        }
        return file;
    }
}
