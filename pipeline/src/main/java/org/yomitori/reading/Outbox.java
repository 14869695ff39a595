package org.yomitori.reading;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.yomitori.config.DataLayout;
import org.yomitori.storage.AtomicFiles;
import org.yomitori.storage.Database;
import org.yomitori.storage.DocumentRepository;
import org.yomitori.storage.StoredDocument;

/**
 * Writes each stored record to {@code outbox/<template or unidentified>/<document_id>.json}
 * (atomically, so a core system never picks up half a file) and notes that it did, so records
 * committed just before a crash are written on the next start.
 */
final class Outbox {
    private final Database db;
    private final DataLayout layout;
    private final Clock clock;
    private final DocumentRepository documents = new DocumentRepository();

    Outbox(Database db, DataLayout layout, Clock clock) {
        this.db = db;
        this.layout = layout;
        this.clock = clock;
    }

    void export(List<StoredDocument> stored) throws IOException {
        for (StoredDocument d : stored) {
            AtomicFiles.write(layout.outbox(d.template()).resolve(d.id() + ".json"),
                    (d.recordJson() + "\n").getBytes(StandardCharsets.UTF_8));
            Instant now = clock.instant();
            db.transaction(c -> {
                documents.markExported(c, d.id(), now);
                return null;
            });
        }
    }

    /** Writes the records of finished scans that have not reached the outbox yet. */
    void exportPending() throws IOException {
        export(db.read(documents::unexported));
    }
}
