package org.yomitori.reading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yomitori.config.DataLayout;
import org.yomitori.config.YomitoriConfig;
import org.yomitori.extract.DocumentExtractor;
import org.yomitori.extract.ExtractedDocument;
import org.yomitori.intake.Reason;
import org.yomitori.intake.ReasonFiles;
import org.yomitori.render.UnreadableDocumentException;
import org.yomitori.storage.Database;
import org.yomitori.storage.DocumentRepository;
import org.yomitori.storage.EventRepository;
import org.yomitori.storage.Scan;
import org.yomitori.storage.ScanRepository;
import org.yomitori.storage.ScanState;
import org.yomitori.storage.StorageException;
import org.yomitori.storage.StoredDocument;

/**
 * Reads queued scans: claims one ({@code queued -> reading}), runs the extractor on its archived
 * file, writes page images and field crops, then stores documents, fields and the record JSON and
 * marks the scan {@code done} in one transaction (replacing any rows of an interrupted earlier
 * reading), and finally writes the records to the outbox. Reading the same scan again never
 * creates a second copy of its documents. Thread-safe: one call per scan and thread.
 */
public final class ReadingService {
    /** Readings started before a scan is given up (crashes included). */
    static final int MAX_ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger("reading");

    /** What {@link #read} did. */
    public enum Outcome { DONE, ERROR, SKIPPED }

    /**
     * Work done for each stored document inside the transaction that stores it: the verification
     * step records the reading in the audit trail and releases a complete document at once.
     */
    @FunctionalInterface
    public interface AfterStore {
        /** Stores the documents and does nothing more: for running the reading stage alone. */
        AfterStore NONE = (tx, document, at) -> { };

        void stored(Connection tx, StoredDocument document, Instant at) throws SQLException;
    }

    private final DocumentExtractor extractor;
    private final Database db;
    private final DataLayout layout;
    private final YomitoriConfig.Reading settings;
    private final Clock clock;
    private final DocumentImages images;
    private final Outbox outbox;
    private final ReasonFiles reasonFiles;
    private final AfterStore afterStore;
    private final ScanRepository scans = new ScanRepository();
    private final DocumentRepository documents = new DocumentRepository();
    private final EventRepository events = new EventRepository();

    /** A reading stage that only stores documents (see {@link AfterStore#NONE}). */
    public ReadingService(DocumentExtractor extractor, Database db, DataLayout layout, YomitoriConfig.Reading settings,
                          Clock clock) {
        this(extractor, db, layout, settings, clock, AfterStore.NONE);
    }

    public ReadingService(DocumentExtractor extractor, Database db, DataLayout layout, YomitoriConfig.Reading settings,
                          Clock clock, AfterStore afterStore) {
        this.afterStore = afterStore;
        this.extractor = extractor;
        this.db = db;
        this.layout = layout;
        this.settings = settings;
        this.clock = clock;
        this.images = new DocumentImages(layout, settings.cropMarginPx());
        this.outbox = new Outbox(db, layout, clock);
        this.reasonFiles = new ReasonFiles(layout, clock);
    }

    /**
     * Called once at start-up, before any reading: scans a crash left {@code reading} are queued
     * again, and records stored but not yet written to the outbox are written now.
     */
    public int recoverInterrupted() throws IOException {
        Instant now = clock.instant();
        List<Long> requeued = db.transaction(c -> {
            List<Long> ids = new ArrayList<>();
            for (Scan s : scans.inState(c, ScanState.READING)) {
                scans.transition(c, s.id(), ScanState.READING, ScanState.QUEUED, now);
                events.add(c, s.id(), null, now, "requeued", "interrupted by a restart");
                ids.add(s.id());
            }
            return ids;
        });
        requeued.forEach(id -> LOG.info("scan {} was interrupted while being read; queued again", id));
        outbox.exportPending();
        return requeued.size();
    }

    /** Ids of the scans waiting to be read, oldest first, at most one queue's worth. */
    public List<Long> pending() {
        return db.read(c -> scans.inState(c, ScanState.QUEUED)).stream().limit(settings.queueSize())
                .map(Scan::id).toList();
    }

    public Outcome read(long scanId) throws IOException {
        long started = System.nanoTime();
        Optional<Scan> claimed = claim(scanId);
        if (claimed.isEmpty()) {
            return Outcome.SKIPPED; // already read, or being read by another thread
        }
        Scan scan = claimed.get();
        if (scan.attempts() > MAX_ATTEMPTS) {
            setAside(scan, Reason.internalError());
            return Outcome.ERROR;
        }
        List<ExtractedDocument> found;
        try {
            found = extractor.extract(layout.resolve(scan.archivePath()), scan.originalName(), scan.sha256());
        } catch (UnreadableDocumentException e) {
            setAside(scan, Reason.of(e));
            return Outcome.ERROR;
        }
        List<DocumentRows> rows = new ArrayList<>();
        for (ExtractedDocument doc : found) { // images first: a row never points to a missing file
            rows.add(DocumentRows.of(scanId, rows.size(), doc, images.write(doc), clock.instant()));
        }
        store(scan, rows);
        outbox.export(rows.stream().map(DocumentRows::document).toList());
        LOG.info("scan {} read: documents={} ms={}", scanId, rows.size(), (System.nanoTime() - started) / 1_000_000);
        return Outcome.DONE;
    }

    /**
     * Called by the route when {@link #read} failed unexpectedly. A storage or file problem is
     * retried later (the scan is queued again and the recovery poll picks it up) until
     * {@link #MAX_ATTEMPTS}; anything else sets the scan aside in the error folder.
     */
    public void fail(long scanId, Exception cause) throws IOException {
        LOG.error("reading scan {} failed", scanId, cause);
        Optional<Scan> scan = db.read(c -> scans.find(c, scanId)).filter(s -> s.state() == ScanState.READING);
        if (scan.isEmpty()) {
            return;
        }
        boolean retriable = cause instanceof StorageException || cause instanceof IOException
                || cause instanceof UncheckedIOException;
        if (retriable && scan.get().attempts() < MAX_ATTEMPTS) {
            Instant now = clock.instant();
            db.transaction(c -> {
                scans.transition(c, scanId, ScanState.READING, ScanState.QUEUED, now);
                events.add(c, scanId, null, now, "requeued", "retry after " + cause.getClass().getSimpleName());
                return null;
            });
            return;
        }
        setAside(scan.get(), Reason.internalError());
    }

    private Optional<Scan> claim(long scanId) {
        Instant now = clock.instant();
        return db.transaction(c -> {
            if (!scans.claim(c, scanId, now)) {
                return Optional.empty();
            }
            Optional<Scan> scan = scans.find(c, scanId);
            events.add(c, scanId, null, now, "reading", "attempt=" + scan.map(Scan::attempts).orElse(0));
            return scan;
        });
    }

    private void store(Scan scan, List<DocumentRows> rows) {
        Instant now = clock.instant();
        db.transaction(c -> {
            documents.deleteForScan(c, scan.id());
            for (DocumentRows r : rows) {
                documents.insert(c, r.document());
                documents.insertFields(c, r.fields());
                documents.insertPages(c, r.pages());
                events.add(c, scan.id(), r.document().id(), now, "document",
                        "template=" + r.document().template() + " status=" + r.document().status());
                afterStore.stored(c, r.document(), now);
            }
            if (!scans.transition(c, scan.id(), ScanState.READING, ScanState.DONE, now)) {
                throw new IllegalStateException("scan " + scan.id() + " is no longer being read");
            }
            events.add(c, scan.id(), null, now, "done", "documents=" + rows.size());
            return null;
        });
    }

    /** A scan that cannot be read: a copy of the original goes to the error folder with its reason. */
    private void setAside(Scan scan, Reason reason) throws IOException {
        Path archived = layout.resolve(scan.archivePath());
        Path copy = reasonFiles.copyToError(archived, scan.originalName(), scan.channel(), reason, scan.id());
        Instant now = clock.instant();
        db.transaction(c -> {
            documents.deleteForScan(c, scan.id());
            scans.markError(c, scan.id(), reason.code(), reason.message(), layout.relative(copy), now);
            events.add(c, scan.id(), null, now, "error", "reason=" + reason.code());
            return null;
        });
        LOG.warn("scan {} could not be read: reason={}", scan.id(), reason.code());
    }
}
