package org.yomitori.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.yomitori.export.TableShape.DbColumn;

/**
 * Converts a record's values to what a table's columns take: text (formatted as for files and
 * checked against the column's length), whole and decimal numbers, dates, time stamps and
 * booleans. A value that does not fit is refused with a {@link ValueException}, never cut or cast.
 */
final class DbValues {
    private final CellFormatter text;
    private final ZoneId zone;

    DbValues(CellFormatter text, ZoneId zone) {
        this.text = text;
        this.zone = zone;
    }

    Object convert(Column c, DbColumn db, ExportRecord r) throws ValueException {
        Object raw = c.isField() ? r.values().get(c.field()) : null;
        Object value = switch (SqlKind.of(db.jdbcType())) {
            case TEXT -> text(c, db, r);
            case INTEGER -> raw instanceof Boolean b ? Integer.valueOf(b ? 1 : 0) : number(c, r, true);
            case DECIMAL -> number(c, r, false);
            case DATE -> date(c, r, raw);
            case TIMESTAMP -> timeStamp(db, r);
            case BOOLEAN -> raw instanceof Boolean b ? b : null;
        };
        if (value == null && !db.nullable()) {
            throw new ValueException("not_null", r.documentId(), c, "the value is blank and column " + db.describe()
                    + " does not allow blanks");
        }
        return value;
    }

    private String text(Column c, DbColumn db, ExportRecord r) throws ValueException {
        String cell = text.cell(c, r);
        int length = cell.codePointCount(0, cell.length());
        if (db.size() > 0 && length > db.size()) {
            throw new ValueException("too_long", r.documentId(), c, length + " characters do not fit column "
                    + db.describe());
        }
        return cell.isEmpty() && db.nullable() ? null : cell;
    }

    private Object number(Column c, ExportRecord r, boolean whole) throws ValueException {
        String cell = text.cell(c, r).strip();
        if (cell.isEmpty()) {
            return null;
        }
        try {
            return whole ? (Object) Long.valueOf(cell) : new BigDecimal(cell);
        } catch (NumberFormatException e) {
            throw new ValueException("not_a_number", r.documentId(), c, "the value is not a "
                    + (whole ? "whole " : "") + "number");
        }
    }

    private Object date(Column c, ExportRecord r, Object raw) throws ValueException {
        if (c.meta() != null) {
            return r.releasedAt().atZone(zone).toLocalDate();
        }
        String value = raw == null ? "" : String.valueOf(raw);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ValueException("not_a_date", r.documentId(), c, "the value is not a date (yyyy-MM-dd)");
        }
    }

    /** Only released_at maps to a time stamp column; a column without a time zone gets local time. */
    private Object timeStamp(DbColumn db, ExportRecord r) {
        ZonedDateTime at = r.releasedAt().atZone(zone);
        String type = db.typeName().toLowerCase(Locale.ROOT);
        boolean withZone = type.contains("tz") || type.contains("time zone");
        return withZone ? at.toOffsetDateTime() : at.toLocalDateTime();
    }
}
