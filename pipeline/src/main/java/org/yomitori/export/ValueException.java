package org.yomitori.export;

/**
 * A value an endpoint cannot take (a character its encoding lacks, text in a number column, a
 * value too long...). Retrying does not help: the delivery goes to the dead letters. The message
 * names the document, the field and the column, never the value itself (personal data).
 */
final class ValueException extends Exception {
    private final String code;
    private final String field;

    ValueException(String code, String documentId, Column column, String problem) {
        super("document " + documentId + ", " + column.origin() + " (column " + column.name() + "): " + problem);
        this.code = code;
        this.field = column.field() != null ? column.field() : column.name();
    }

    /** Machine-readable: unencodable, forbidden_character, not_a_date, no_era, not_a_number, too_long, not_null... */
    String code() {
        return code;
    }

    /** The template field concerned (or the column, for a column without a field). */
    String field() {
        return field;
    }
}
