package org.yomitori.export;

import org.yomitori.template.FieldType;

/**
 * One column of an endpoint's mapping: its name in the CSV header, JSON object, XML element or
 * database table, and where its value comes from.
 *
 * @param name      the column name
 * @param field     the template field, or null
 * @param fieldType the template field's type, or null
 * @param meta      a record property (document_id, template, source, released_at, scan_id), or null
 * @param constant  a fixed text, or null
 * @param date      how a date is written ({@link DateText}), or null to keep yyyy-MM-dd
 * @param checked   text for a ticked checkbox or a present seal
 * @param unchecked text for an empty one
 * @param join      separator between the chosen options of a multi-choice group
 */
record Column(String name, String field, FieldType fieldType, String meta, String constant, DateText date,
              String checked, String unchecked, String join) {

    static final java.util.List<String> METAS = java.util.List.of("document_id", "template", "source", "released_at",
            "scan_id");

    boolean isField() {
        return field != null;
    }

    /** What the column holds, for messages: field 'x', meta 'y' or a constant. */
    String origin() {
        return field != null ? "field '" + field + "'" : meta != null ? "meta '" + meta + "'" : "a constant";
    }
}
