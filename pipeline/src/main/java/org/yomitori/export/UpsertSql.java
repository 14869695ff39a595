package org.yomitori.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.yomitori.export.TableShape.DbColumn;

/**
 * Writes one row matched on the endpoint's key with portable SQL: upsert = UPDATE by key, then
 * INSERT when nothing matched; insert = INSERT only when no row has the key. Portable on purpose
 * (H2, PostgreSQL, others): no MERGE or ON CONFLICT, and no unique constraint needed on the table.
 * Safe because one thread delivers at a time.
 */
final class UpsertSql {
    private final Endpoint endpoint;
    private final List<Integer> keys;
    private final List<Integer> others;
    private final String update;
    private final String exists;
    private final String insert;

    UpsertSql(Endpoint endpoint) {
        this.endpoint = endpoint;
        List<Column> columns = endpoint.columns();
        this.keys = IntStream.range(0, columns.size()).filter(i -> isKey(columns.get(i))).boxed().toList();
        this.others = IntStream.range(0, columns.size()).filter(i -> !isKey(columns.get(i))).boxed().toList();
        String table = endpoint.database().table();
        String where = " WHERE " + names(keys, " = ?", " AND ");
        this.update = others.isEmpty() ? null : "UPDATE " + table + " SET " + names(others, " = ?", ", ") + where;
        this.exists = "SELECT 1 FROM " + table + where;
        this.insert = "INSERT INTO " + table + " (" + names(IntStream.range(0, columns.size()).boxed().toList(), "", ", ")
                + ") VALUES (" + "?, ".repeat(columns.size() - 1) + "?)";
    }

    boolean isKey(Column c) {
        return endpoint.database().key().stream().anyMatch(k -> k.equalsIgnoreCase(c.name()));
    }

    void write(Connection c, List<Object> values, List<DbColumn> columns) throws SQLException {
        boolean upsert = endpoint.database().mode() == Endpoint.Mode.UPSERT;
        if (upsert && update != null && run(c, update, values, columns, concat(others, keys)) > 0) {
            return;
        }
        if (!upsert || update == null) {
            try (PreparedStatement ps = c.prepareStatement(exists)) {
                bind(ps, values, columns, keys);
                if (ps.executeQuery().next()) {
                    return;
                }
            }
        }
        run(c, insert, values, columns, IntStream.range(0, values.size()).boxed().toList());
    }

    private static int run(Connection c, String sql, List<Object> values, List<DbColumn> columns, List<Integer> order)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, values, columns, order);
            return ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, List<Object> values, List<DbColumn> columns, List<Integer> order)
            throws SQLException {
        for (int i = 0; i < order.size(); i++) {
            Object value = values.get(order.get(i));
            if (value == null) {
                ps.setNull(i + 1, columns.get(order.get(i)).jdbcType());
            } else {
                ps.setObject(i + 1, value);
            }
        }
    }

    private String names(List<Integer> indexes, String suffix, String separator) {
        return indexes.stream().map(i -> endpoint.columns().get(i).name() + suffix).collect(Collectors.joining(separator));
    }

    private static List<Integer> concat(List<Integer> a, List<Integer> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
