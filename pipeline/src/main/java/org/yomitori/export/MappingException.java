package org.yomitori.export;

/**
 * An endpoint's mapping does not fit its target table (a missing column, a column type that cannot
 * take the field). Found at start-up it stops the start; found later (the database was down at
 * start-up) the delivery goes to the dead letters, since retrying cannot help.
 */
final class MappingException extends Exception {
    private final String field;

    MappingException(String message, String field) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
