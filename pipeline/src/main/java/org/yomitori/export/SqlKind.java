package org.yomitori.export;

import java.sql.Types;
import java.util.EnumSet;
import java.util.Set;
import org.yomitori.template.FieldType;

/** The kinds of column a database endpoint can write, and which sources each can take. */
enum SqlKind {
    TEXT, INTEGER, DECIMAL, DATE, TIMESTAMP, BOOLEAN;

    /** The kind of a JDBC type, or null when endpoints do not write that type. */
    static SqlKind of(int jdbcType) {
        return switch (jdbcType) {
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                 Types.CLOB, Types.NCLOB -> TEXT;
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> INTEGER;
            case Types.NUMERIC, Types.DECIMAL, Types.REAL, Types.FLOAT, Types.DOUBLE -> DECIMAL;
            case Types.DATE -> DATE;
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP;
            case Types.BOOLEAN, Types.BIT -> BOOLEAN;
            default -> null;
        };
    }

    /**
     * What a column's source may be written into. Digit strings (phone, postal code, account and My
     * Numbers) go to text columns only: a number column would drop their leading zeros.
     */
    static Set<SqlKind> accepted(Column c) {
        if (c.constant() != null) {
            return c.constant().matches("-?\\d+") ? EnumSet.of(TEXT, INTEGER, DECIMAL) : EnumSet.of(TEXT);
        }
        if (c.meta() != null) {
            return switch (c.meta()) {
                case "scan_id" -> EnumSet.of(TEXT, INTEGER, DECIMAL);
                case "released_at" -> EnumSet.of(TEXT, DATE, TIMESTAMP);
                default -> EnumSet.of(TEXT);
            };
        }
        return byField(c.fieldType());
    }

    private static Set<SqlKind> byField(FieldType type) {
        return switch (type) {
            case NUMBER -> EnumSet.of(TEXT, INTEGER, DECIMAL);
            case DATE -> EnumSet.of(TEXT, DATE);
            case CHECKBOX, SEAL_PRESENCE -> EnumSet.of(TEXT, BOOLEAN, INTEGER);
            default -> EnumSet.of(TEXT);
        };
    }
}
