package org.yomitori.export;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalInt;
import org.yomitori.storage.AtomicFiles;

/**
 * A file endpoint: CSV, JSON or XML written atomically (temporary name, then rename) into the
 * endpoint's folder, one file per record or per batch. The file name is made from the document id
 * or the batch id, so delivering the same thing again replaces the file rather than adding one.
 */
final class FileTarget implements Target<Prepared> {
    private final Endpoint endpoint;
    private final CellFormatter formatter;
    private final Renderer renderer;
    private final TextEncoder encoder;

    FileTarget(Endpoint endpoint, ZoneId zone) {
        this.endpoint = endpoint;
        this.formatter = new CellFormatter(endpoint, zone);
        this.renderer = Renderer.of(endpoint);
        this.encoder = new TextEncoder(endpoint.file().encoding());
    }

    @Override
    public Prepared prepare(ExportRecord record) throws ValueException {
        List<String> cells = formatter.cells(record);
        for (int i = 0; i < cells.size(); i++) {
            Column column = endpoint.columns().get(i);
            String cell = cells.get(i);
            renderer.check(cell, column, record);
            OptionalInt position = encoder.firstUnencodable(cell);
            if (position.isPresent()) {
                throw new ValueException("unencodable", record.documentId(), column, "character " + position.getAsInt()
                        + " of " + cell.codePointCount(0, cell.length()) + " cannot be written in "
                        + encoder.charset().name());
            }
        }
        return new Prepared(record, cells);
    }

    @Override
    public void write(List<Prepared> records, String batchId) throws Exception {
        if (records.isEmpty()) {
            return;
        }
        if (!endpoint.file().perBatch() && records.size() != 1) {
            throw new IllegalArgumentException("a one-file-per-record endpoint writes one record at a time");
        }
        byte[] bytes = encoder.encode(renderer.render(records, endpoint.file().perBatch()));
        AtomicFiles.write(file(records, batchId), bytes);
    }

    /** Where the records go: the endpoint's folder and name pattern. */
    Path file(List<Prepared> records, String batchId) {
        Endpoint.FileOptions o = endpoint.file();
        String name = o.namePattern().replace("{endpoint}", endpoint.id()).replace("{template}", endpoint.template())
                .replace("{ext}", o.format().extension());
        name = o.perBatch() ? name.replace("{batch}", batchId)
                : name.replace("{document_id}", records.get(0).record().documentId());
        return o.folder().resolve(name);
    }
}
