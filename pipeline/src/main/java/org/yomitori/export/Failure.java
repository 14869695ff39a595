package org.yomitori.export;

import java.io.IOException;
import java.sql.SQLException;

/**
 * Why a delivery attempt failed, in words safe to store and log: database and file errors are
 * described by their codes and kind, since driver messages can quote the values they refused.
 *
 * @param retriable whether trying again later may help
 */
record Failure(String code, String field, String message, boolean retriable) {

    static Failure of(Exception e) {
        if (e instanceof ValueException v) {
            return new Failure(v.code(), v.field(), v.getMessage(), false);
        }
        if (e instanceof MappingException m) {
            return new Failure("mapping", m.field(), m.getMessage(), false);
        }
        if (e instanceof SQLException s) {
            return new Failure("database", null, "database error SQLState " + s.getSQLState() + ", code "
                    + s.getErrorCode() + " (" + s.getClass().getSimpleName() + ")", true);
        }
        if (e instanceof IOException io) {
            return new Failure("file", null, "file error " + io.getClass().getSimpleName()
                    + (io.getMessage() == null ? "" : ": " + io.getMessage()), true);
        }
        return new Failure("internal", null, "unexpected " + e.getClass().getName(), true);
    }

    /** The same failure after the last allowed attempt. */
    Failure exhausted(int attempts) {
        return new Failure("retries_exhausted", field, "gave up after " + attempts + " attempts; last: " + message,
                false);
    }
}
