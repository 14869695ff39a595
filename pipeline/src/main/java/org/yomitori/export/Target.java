package org.yomitori.export;

import java.util.List;

/**
 * Where an endpoint's records are written: files in a folder or rows in a database table.
 *
 * <p>Contract: {@link #prepare} checks and converts one record without writing anything, so a
 * record the endpoint cannot take is refused on its own; {@link #write} writes prepared records as
 * one unit (one file, one transaction) and is idempotent: writing the same records again (after a
 * crash before the delivery was marked) replaces the same file or updates the same rows, never
 * adds a second copy.
 */
interface Target<P> extends AutoCloseable {
    /** Throws {@link ValueException} for a value the endpoint cannot take, anything else for a problem worth retrying. */
    P prepare(ExportRecord record) throws Exception;

    /** @param batchId the batch's id for one-file-per-batch endpoints, else null */
    void write(List<P> records, String batchId) throws Exception;

    @Override
    default void close() {
    }
}
