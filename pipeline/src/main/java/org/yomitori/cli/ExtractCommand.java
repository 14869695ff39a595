package org.yomitori.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.yomitori.extract.ExtractedDocument;
import org.yomitori.extract.ExtractorSettings;
import org.yomitori.extract.PipelineExtractor;
import org.yomitori.record.RecordJson;
import org.yomitori.template.TemplateException;
import org.yomitori.template.TemplateRegistry;

/**
 * {@code yomitori extract}: the reading stages without the service. One JSON record per line on
 * standard output, logs and per-file errors on standard error. Exit status 0 when every file was
 * read, 1 when some could not be (each is named on standard error), 2 for bad arguments.
 */
public final class ExtractCommand {
    private ExtractCommand() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args, Path.of("").toAbsolutePath(), new PrintStream(System.out, true, StandardCharsets.UTF_8)));
    }

    static int run(String[] args, Path cwd, PrintStream out) throws InterruptedException {
        CliArgs cli;
        List<Path> files;
        TemplateRegistry templates;
        try {
            cli = CliArgs.parse(args, cwd);
            files = ScanFiles.expand(cli.positional(), cwd);
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no files to read\n" + CliArgs.USAGE);
            }
            for (Path f : files) {
                if (!Files.isRegularFile(f)) {
                    throw new IllegalArgumentException("no such file: " + f);
                }
            }
            templates = cli.templates();
        } catch (IllegalArgumentException | TemplateException e) {
            System.err.println("yomitori extract: " + e.getMessage());
            return 2;
        }
        int[] failed = {0};
        try (PipelineExtractor extractor = new PipelineExtractor(ExtractorSettings.defaults(), templates)) {
            new ExtractionRun(extractor, cli.threads()).run(files, r -> {
                if (r.error() != null) {
                    failed[0]++;
                    System.err.println("yomitori extract: " + r.file().getFileName() + ": [" + r.error().reasonCode()
                            + "] " + r.error().getMessage());
                }
                for (ExtractedDocument d : r.documents()) {
                    out.println(RecordJson.toLine(d.record()));
                }
            });
        }
        return failed[0] == 0 ? 0 : 1;
    }
}
