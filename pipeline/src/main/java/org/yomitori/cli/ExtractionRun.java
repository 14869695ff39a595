package org.yomitori.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.yomitori.extract.DocumentExtractor;
import org.yomitori.extract.ExtractedDocument;
import org.yomitori.render.UnreadableDocumentException;
import org.yomitori.intake.ContentHash;

/**
 * Reads many files with a fixed number of worker threads (each keeps its own OCR engine) and hands
 * the results back in input order, as soon as each file and all before it are done.
 */
final class ExtractionRun {

    /** The outcome for one file: its documents, or why it could not be read. */
    record FileResult(Path file, List<ExtractedDocument> documents, UnreadableDocumentException error) {
    }

    private final DocumentExtractor extractor;
    private final int threads;

    ExtractionRun(DocumentExtractor extractor, int threads) {
        this.extractor = extractor;
        this.threads = Math.max(1, threads);
    }

    void run(List<Path> files, Consumer<FileResult> sink) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<FileResult>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> readOne(f)));
            }
            for (Future<FileResult> fut : futures) {
                sink.accept(get(fut));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private FileResult readOne(Path file) throws Exception {
        try {
            String scanId = ContentHash.sha256(file);
            return new FileResult(file, extractor.extract(file, file.getFileName().toString(), scanId), null);
        } catch (UnreadableDocumentException e) {
            return new FileResult(file, List.of(), e);
        }
    }

    private static FileResult get(Future<FileResult> fut) throws InterruptedException {
        try {
            return fut.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(c);
        }
    }
}
