package org.yomitori.storage;

import java.time.Instant;

/**
 * One dropped file.
 *
 * @param id            database id (0 before it is stored)
 * @param sha256        content hash of an accepted file; null for a refused drop
 * @param channel       the drop folder's channel
 * @param originalName  the file name as dropped
 * @param archivePath   the archived copy read by the pipeline, or null
 * @param movedTo       where the dropped file went (processed, duplicates or error folder), or null if deleted
 * @param duplicateOf   for a duplicate: the scan that first brought this content
 * @param size          bytes
 * @param format        pdf, tiff, png or jpeg; null when unreadable
 * @param pageCount     pages, or null when unreadable
 * @param reasonCode    machine-readable reason of an error or duplicate, else null
 * @param reasonMessage the clerk-readable reason (Japanese, then English), else null
 * @param attempts      how many times reading was started
 * @param releasedAt    when the dropped file left the drop folder, or null while it is still there
 */
public record Scan(long id, String sha256, String channel, String originalName, String archivePath, String movedTo,
                   Long duplicateOf, long size, String format, Integer pageCount, ScanState state, String reasonCode,
                   String reasonMessage, int attempts, Instant receivedAt, Instant updatedAt, Instant releasedAt) {
}
