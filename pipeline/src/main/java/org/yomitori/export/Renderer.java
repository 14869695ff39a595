package org.yomitori.export;

import java.util.List;

/** Writes checked column texts in one file format (CSV, JSON, XML). */
interface Renderer {
    /** Refuses a text the format cannot carry (e.g. a separator in an unquoted CSV, a control character in XML). */
    void check(String cell, Column column, ExportRecord record) throws ValueException;

    /** The file's text; {@code batch}: the file holds a batch rather than one record. */
    String render(List<Prepared> records, boolean batch);

    static Renderer of(Endpoint endpoint) {
        return switch (endpoint.file().format()) {
            case CSV -> new CsvRenderer(endpoint);
            case JSON -> new JsonRenderer(endpoint);
            case XML -> new XmlRenderer(endpoint);
        };
    }
}
