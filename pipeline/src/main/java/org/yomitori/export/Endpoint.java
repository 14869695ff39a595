package org.yomitori.export;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/**
 * One configured endpoint (a file in an endpoints folder): where a template's released records go
 * and how their fields map to columns. Built and checked by {@link EndpointLoader}.
 *
 * @param id            unique name, also used in file names and the deliveries table
 * @param template      the template whose released documents are delivered here
 * @param windows       Quartz crons of the export windows (held until one opens), empty to deliver at once
 * @param allowMyNumber true only when the endpoint's file says so: My Numbers are masked otherwise
 * @param columns       the mapping, in column order
 * @param file          file options, or null for a database endpoint
 * @param database      database options, or null for a file endpoint
 * @param source        the endpoint file
 */
record Endpoint(String id, String template, List<String> windows, boolean allowMyNumber, List<Column> columns,
                FileOptions file, DatabaseOptions database, Path source) {

    enum Format {
        CSV, JSON, XML;

        String extension() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    enum Quote { MINIMAL, ALL, NONE }

    enum Mode { UPSERT, INSERT }

    /**
     * @param perBatch    one file per batch (all records delivered together) instead of one per record
     * @param namePattern file name with {endpoint}, {document_id} or {batch}, {template}, {ext}
     * @param lineEnding  "\r\n" or "\n" (CSV and XML)
     */
    record FileOptions(Path folder, Format format, boolean perBatch, String namePattern, Charset encoding,
                       boolean header, String lineEnding, Quote quote, char separator) {
    }

    /** @param key the columns that identify a record in the table (insert skips, upsert updates a match) */
    record DatabaseOptions(String url, String user, String password, String table, Mode mode, List<String> key) {
        DatabaseOptions {
            key = List.copyOf(key);
        }

        @Override
        public String toString() { // keeps the password out of logs
            return "DatabaseOptions[url=" + url + ", table=" + table + "]";
        }
    }

    Endpoint {
        windows = List.copyOf(windows);
        columns = List.copyOf(columns);
    }

    boolean hasWindow() {
        return !windows.isEmpty();
    }

    boolean isFile() {
        return file != null;
    }

    boolean perBatch() {
        return file == null ? hasWindow() : file.perBatch();
    }

    String describe() {
        return "endpoint '" + id + "' (" + source + ")";
    }
}
