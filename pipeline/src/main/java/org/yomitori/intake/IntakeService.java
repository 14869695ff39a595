package org.yomitori.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yomitori.config.DataLayout;
import org.yomitori.render.DocumentInfo;
import org.yomitori.render.PageRenderer;
import org.yomitori.render.UnreadableDocumentException;
import org.yomitori.storage.AtomicFiles;
import org.yomitori.storage.Database;
import org.yomitori.storage.EventRepository;
import org.yomitori.storage.Scan;
import org.yomitori.storage.ScanRepository;
import org.yomitori.storage.ScanState;

/**
 * Takes a file a clerk dropped in a channel's folder: a cheap look (can it be read at all?), its
 * SHA-256, a content-addressed archive copy and a {@code queued} scan row, and only then removes
 * the dropped file. Unreadable files go to the error folder and duplicates to the duplicates
 * folder, each with a reason file. Safe to run again on the same file after a crash at any step.
 */
public final class IntakeService {
    private static final Logger LOG = LoggerFactory.getLogger("intake");

    private final DataLayout layout;
    private final boolean keepProcessed;
    private final PageRenderer renderer;
    private final Database db;
    private final Clock clock;
    private final ReasonFiles reasonFiles;
    private final ScanRepository scans = new ScanRepository();
    private final EventRepository events = new EventRepository();

    /** @param keepProcessed true: move accepted files to processed/&lt;channel&gt;/; false: delete them */
    public IntakeService(DataLayout layout, boolean keepProcessed, PageRenderer renderer, Database db, Clock clock) {
        this.layout = layout;
        this.keepProcessed = keepProcessed;
        this.renderer = renderer;
        this.db = db;
        this.clock = clock;
        this.reasonFiles = new ReasonFiles(layout, clock);
    }

    public IntakeResult accept(Path file, String channel) throws IOException {
        long size = Files.size(file);
        DocumentInfo info;
        try {
            info = renderer.inspect(file);
        } catch (UnreadableDocumentException e) {
            return refuse(file, channel, size, Reason.of(e));
        }
        String sha256 = ContentHash.sha256(file);
        Optional<Scan> known = db.read(c -> scans.findBySha256(c, sha256));
        if (known.isPresent()) {
            return alreadyKnown(file, channel, size, known.get());
        }
        Path archived = archive(file, sha256, info.format());
        Instant now = clock.instant();
        Scan row = new Scan(0, sha256, channel, file.getFileName().toString(), layout.relative(archived), null, null,
                size, info.format(), info.pageCount(), ScanState.QUEUED, null, null, 0, now, now, null);
        OptionalLong id = db.transaction(c -> {
            OptionalLong inserted = scans.insert(c, row);
            if (inserted.isPresent()) {
                events.add(c, inserted.getAsLong(), null, now, "received", "channel=" + channel + " sha256=" + sha256
                        + " format=" + info.format() + " pages=" + info.pageCount() + " bytes=" + size);
            }
            return inserted;
        });
        if (id.isEmpty()) { // another channel recorded the same content a moment ago
            return alreadyKnown(file, channel, size, db.read(c -> scans.findBySha256(c, sha256)).orElseThrow());
        }
        release(id.getAsLong(), file, channel);
        LOG.info("scan {} queued: channel={} sha256={} format={} pages={}", id.getAsLong(), channel,
                sha256.substring(0, 12), info.format(), info.pageCount());
        return new IntakeResult(IntakeResult.Outcome.QUEUED, id.getAsLong(), null);
    }

    /**
     * Sets a file aside after an unexpected failure (the route's error handler calls this once its
     * retries are used up), so one bad file cannot block its channel.
     */
    public void fail(Path file, String channel, Exception cause) throws IOException {
        LOG.error("intake failed on a file in channel {}; moving it to the error folder", channel, cause);
        if (Files.isRegularFile(file)) {
            refuse(file, channel, Files.size(file), Reason.internalError());
        }
    }

    private IntakeResult alreadyKnown(Path file, String channel, long size, Scan earlier) throws IOException {
        boolean sameDrop = earlier.releasedAt() == null && earlier.channel().equals(channel)
                && earlier.originalName().equals(file.getFileName().toString());
        if (sameDrop) { // recorded before a crash, but never moved out of the drop folder: finish the job
            release(earlier.id(), file, channel);
            LOG.info("scan {} resumed after an interrupted intake", earlier.id());
            return new IntakeResult(earlier.state() == ScanState.QUEUED ? IntakeResult.Outcome.QUEUED
                    : IntakeResult.Outcome.RESUMED, earlier.id(), null);
        }
        Reason reason = DuplicateReason.of(earlier, clock.getZone());
        Path moved = reasonFiles.moveToDuplicates(file, channel, reason);
        long id = record(channel, file, moved, size, ScanState.DUPLICATE, reason, earlier.id());
        LOG.info("scan {} is a duplicate of scan {}: channel={}", id, earlier.id(), channel);
        return new IntakeResult(IntakeResult.Outcome.DUPLICATE, id, Reason.DUPLICATE);
    }

    private IntakeResult refuse(Path file, String channel, long size, Reason reason) throws IOException {
        Path moved = reasonFiles.moveToError(file, channel, reason, null);
        long id = record(channel, file, moved, size, ScanState.ERROR, reason, null);
        LOG.warn("scan {} refused: channel={} reason={}", id, channel, reason.code());
        return new IntakeResult(IntakeResult.Outcome.REFUSED, id, reason.code());
    }

    /** Records a drop that was set aside (no hash: its content is not a scan of its own). */
    private long record(String channel, Path dropped, Path movedTo, long size, ScanState state, Reason reason,
                        Long duplicateOf) {
        Instant now = clock.instant();
        Scan row = new Scan(0, null, channel, dropped.getFileName().toString(), null, layout.relative(movedTo),
                duplicateOf, size, null, null, state, reason.code(), reason.message(), 0, now, now, now);
        return db.transaction(c -> {
            long id = scans.insert(c, row).orElseThrow();
            events.add(c, id, null, now, state == ScanState.DUPLICATE ? "duplicate" : "refused",
                    "channel=" + channel + " reason=" + reason.code()
                            + (duplicateOf == null ? "" : " duplicate_of=" + duplicateOf));
            return id;
        });
    }

    private Path archive(Path file, String sha256, String format) throws IOException {
        Path target = layout.archive().resolve(sha256.substring(0, 2)).resolve(sha256 + "." + extension(format));
        if (!Files.exists(target)) { // content-addressed: an existing file already holds these bytes
            AtomicFiles.copy(file, target);
        }
        return target;
    }

    /** Removes the dropped file now that its archive copy and scan row exist. */
    private void release(long scanId, Path file, String channel) throws IOException {
        Path moved = null;
        if (keepProcessed) {
            moved = AtomicFiles.moveInto(file, layout.processed(channel));
        } else {
            Files.deleteIfExists(file);
        }
        String stored = moved == null ? null : layout.relative(moved);
        Instant now = clock.instant();
        db.transaction(c -> {
            scans.markReleased(c, scanId, stored, now);
            events.add(c, scanId, null, now, "released", stored == null ? "deleted" : "moved to processed");
            return null;
        });
    }

    static String extension(String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "jpeg" -> "jpg";
            case "tiff" -> "tif";
            default -> format.toLowerCase(Locale.ROOT);
        };
    }
}
