package org.yomitori.export;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The columns of a target table as the database describes them (JDBC metadata). */
record TableShape(String table, Map<String, DbColumn> columns) {

    /** @param size characters for text columns, digits for numbers (0 when the driver does not say) */
    record DbColumn(String name, int jdbcType, String typeName, int size, boolean nullable, boolean hasDefault) {
        String describe() {
            boolean sized = SqlKind.of(jdbcType) == SqlKind.TEXT && size > 0 && size < Integer.MAX_VALUE;
            return name + " (" + typeName + (sized ? "(" + size + ")" : "") + ")";
        }
    }

    /** Reads the table's columns; empty when the table does not exist. */
    static Optional<TableShape> read(Connection c, String qualifiedTable) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        int dot = qualifiedTable.indexOf('.');
        String schema = dot < 0 ? null : fold(md, qualifiedTable.substring(0, dot));
        String table = fold(md, dot < 0 ? qualifiedTable : qualifiedTable.substring(dot + 1));
        Map<String, DbColumn> columns = new LinkedHashMap<>();
        try (ResultSet rs = md.getColumns(null, schema, table, null)) {
            while (rs.next()) {
                String name = rs.getString("COLUMN_NAME");
                columns.put(name.toLowerCase(Locale.ROOT), new DbColumn(name, rs.getInt("DATA_TYPE"),
                        rs.getString("TYPE_NAME"), rs.getInt("COLUMN_SIZE"),
                        rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                        rs.getString("COLUMN_DEF") != null || "YES".equals(rs.getString("IS_AUTOINCREMENT"))));
            }
        }
        return columns.isEmpty() ? Optional.empty() : Optional.of(new TableShape(qualifiedTable, columns));
    }

    Optional<DbColumn> column(String name) {
        return Optional.ofNullable(columns.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Unquoted SQL names are stored upper case by H2 and lower case by PostgreSQL. */
    private static String fold(DatabaseMetaData md, String name) throws SQLException {
        if (md.storesUpperCaseIdentifiers()) {
            return name.toUpperCase(Locale.ROOT);
        }
        return md.storesLowerCaseIdentifiers() ? name.toLowerCase(Locale.ROOT) : name;
    }
}
