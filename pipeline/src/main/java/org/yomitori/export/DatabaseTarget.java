package org.yomitori.export;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.yomitori.export.TableShape.DbColumn;

/**
 * A database endpoint: each record becomes one row of the target table through JDBC, all records
 * of one delivery in one transaction. Rows are matched on the endpoint's key: upsert updates a
 * matching row, insert leaves it alone, so delivering a record again never adds a second row. The
 * mapping is checked against the table's metadata when the database first answers.
 */
final class DatabaseTarget implements Target<DatabaseTarget.Row> {
    /** A record's column values, converted and checked. */
    record Row(ExportRecord record, List<Object> values) {
    }

    private final Endpoint endpoint;
    private final Endpoint.DatabaseOptions options;
    private final DbValues values;
    private final UpsertSql sql;
    private Connection connection;
    private List<DbColumn> shape;

    DatabaseTarget(Endpoint endpoint, ZoneId zone) {
        this.endpoint = endpoint;
        this.options = endpoint.database();
        this.values = new DbValues(new CellFormatter(endpoint, zone), zone);
        this.sql = new UpsertSql(endpoint);
    }

    /** Checks the mapping now; false when the database cannot be reached (checked again before the first delivery). */
    synchronized boolean checkNow() throws MappingException {
        try {
            shape();
            return true;
        } catch (SQLException e) {
            reset();
            return false;
        }
    }

    @Override
    public synchronized Row prepare(ExportRecord record) throws Exception {
        List<DbColumn> columns = shape();
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column c = endpoint.columns().get(i);
            Object value = values.convert(c, columns.get(i), record);
            if (value == null && sql.isKey(c)) {
                throw new ValueException("key_missing", record.documentId(), c,
                        "the value is blank but the column is part of the endpoint's key");
            }
            out.add(value);
        }
        return new Row(record, out);
    }

    @Override
    public synchronized void write(List<Row> rows, String batchId) throws Exception {
        Connection c = connection();
        List<DbColumn> columns = shape();
        try {
            c.setAutoCommit(false);
            for (Row row : rows) {
                sql.write(c, row.values(), columns);
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            reset();
            throw e;
        }
    }

    @Override
    public synchronized void close() {
        reset();
    }

    private List<DbColumn> shape() throws SQLException, MappingException {
        if (shape == null) {
            TableShape table = TableShape.read(connection(), options.table()).orElseThrow(() -> new MappingException(
                    endpoint.describe() + ": table " + options.table() + " does not exist in " + options.url(), null));
            shape = DbMapping.check(endpoint, table);
        }
        return shape;
    }

    private Connection connection() throws SQLException {
        if (connection == null || !connection.isValid(5)) {
            reset();
            connection = DriverManager.getConnection(options.url(), options.user(), options.password());
        }
        return connection;
    }

    /** Drops the connection (after a failure the next attempt opens a fresh one). */
    private void reset() {
        if (connection != null) {
            try {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                connection.close();
            } catch (SQLException e) {
                // already broken: nothing more to release
            }
            connection = null;
        }
    }
}
