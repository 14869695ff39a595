package org.yomitori.extract;

import java.nio.file.Path;
import java.util.List;
import org.yomitori.render.UnreadableDocumentException;

/**
 * Runs the reading stages on one scanned file: render pages, normalise, identify and split into
 * documents, align, read every field. Used by the Camel reading route and by the CLI alike.
 * Thread-safe: each calling thread gets its own OCR engine.
 */
public interface DocumentExtractor {

    /**
     * @param file     the scan (PDF, TIFF, PNG, JPEG)
     * @param source   the name to record as the record's source (the dropped file's name)
     * @param scanId   a stable id of the scan (its content hash); document ids derive from it
     * @return the documents found, in page order; never empty for a readable file
     * @throws UnreadableDocumentException when the file cannot be read as a document
     */
    List<ExtractedDocument> extract(Path file, String source, String scanId) throws UnreadableDocumentException;
}
