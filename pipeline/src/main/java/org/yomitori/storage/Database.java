package org.yomitori.storage;

import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded H2 database: a small connection pool, the schema brought up to date by Flyway on
 * open, and the two ways to use it ({@link #read} and {@link #transaction}). Repositories take the
 * {@link Connection} so several of them can share one transaction.
 */
public final class Database implements AutoCloseable {
    private static final int MAX_CONNECTIONS = 16;

    /** Work on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final JdbcConnectionPool pool;

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    /** Opens (creating if needed) the database and applies pending migrations. */
    public static Database open(String url, String user, String password) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, user, password);
        pool.setMaxConnections(MAX_CONNECTIONS);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        return new Database(pool);
    }

    /** Runs read-only work with auto-commit. */
    public <T> T read(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StorageException("database read", e);
        }
    }

    /** Runs work in one transaction: all of it is committed, or none of it. */
    public <T> T transaction(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StorageException("database transaction", e);
        }
    }

    /** Closes every connection; H2 closes the database file with the last one. */
    @Override
    public void close() {
        pool.dispose();
    }
}
