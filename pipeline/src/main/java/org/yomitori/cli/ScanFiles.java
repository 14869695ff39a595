package org.yomitori.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands command-line arguments (files and folders) into the scan files to read, in a stable order. */
final class ScanFiles {
    private ScanFiles() {
    }

    static boolean isScan(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.matches(".*\\.(pdf|tiff?|png|jpe?g)$") && !n.startsWith(".");
    }

    /** Folders contribute their scan files (not recursively); files are taken as given, whatever their name. */
    static List<Path> expand(List<String> args, Path cwd) {
        List<Path> out = new ArrayList<>();
        for (String a : args) {
            Path p = cwd.resolve(a).normalize();
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(Files::isRegularFile).filter(ScanFiles::isScan).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p, e);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
