package org.yomitori.schedule;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yomitori.config.DataLayout;
import org.yomitori.storage.Database;
import org.yomitori.storage.EventRepository;

/**
 * Retention: personal data is kept no longer than needed. The page images and field crops of
 * documents released more than the configured number of days ago are deleted; the record, its
 * fields and the audit trail stay. Files go first, then the rows that point to them, so a crash in
 * between is finished by the next run instead of leaving files nobody knows about.
 */
final class Retention {
    private static final Logger LOG = LoggerFactory.getLogger("schedule");

    private final Database db;
    private final DataLayout layout;
    private final Clock clock;
    private final int days;
    private final EventRepository events = new EventRepository();

    Retention(Database db, DataLayout layout, Clock clock, int days) {
        this.db = db;
        this.layout = layout;
        this.clock = clock;
        this.days = days;
    }

    /** Deletes the images of every document past retention; returns the number of documents. */
    int deleteExpiredImages() throws IOException {
        if (days == 0) {
            return 0;
        }
        Instant now = clock.instant();
        Instant cutoff = now.minus(Duration.ofDays(days));
        List<String> expired = db.read(c -> Sql.query(c, "SELECT d.id FROM documents d JOIN release_outbox o"
                + " ON o.document_id = d.id WHERE o.released_at <= ? AND d.images_deleted_at IS NULL ORDER BY d.id",
                rs -> rs.getString(1), cutoff));
        for (String id : expired) {
            int files = deleteFiles(id);
            db.transaction(c -> {
                Sql.update(c, "DELETE FROM page_images WHERE document_id = ?", id);
                Sql.update(c, "UPDATE fields SET crop_path = NULL WHERE document_id = ?", id);
                Sql.update(c, "UPDATE documents SET images_deleted_at = ? WHERE id = ?", now, id);
                events.add(c, null, id, now, "images_deleted", "files=" + files + " retention_days=" + days);
                return null;
            });
        }
        if (!expired.isEmpty()) {
            LOG.info("retention: images of {} document(s) released over {} days ago deleted", expired.size(), days);
        }
        return expired.size();
    }

    private int deleteFiles(String documentId) throws IOException {
        List<String> paths = db.read(c -> Sql.query(c, "SELECT path FROM page_images WHERE document_id = ? UNION"
                + " SELECT crop_path FROM fields WHERE document_id = ? AND crop_path IS NOT NULL", rs -> rs.getString(1),
                documentId, documentId));
        int deleted = 0;
        for (String stored : paths) {
            if (Files.deleteIfExists(layout.resolve(stored))) {
                deleted++;
            }
        }
        try {
            Files.deleteIfExists(layout.images(documentId)); // the document's folder, once empty
        } catch (DirectoryNotEmptyException e) {
            LOG.warn("retention: {} holds files no row points to; left in place", layout.images(documentId));
        }
        return deleted;
    }
}
