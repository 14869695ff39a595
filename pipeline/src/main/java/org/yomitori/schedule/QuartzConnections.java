package org.yomitori.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.quartz.utils.ConnectionProvider;

/**
 * Connections of Quartz's JDBC job store to the pipeline's H2 database. Quartz makes it by name
 * from its properties and sets url, user and password as bean properties; one JVM opening the same
 * H2 file twice shares one database, so the schedules live beside the pipeline's tables.
 */
public final class QuartzConnections implements ConnectionProvider {
    private static final int MAX_CONNECTIONS = 4;

    private String url;
    private String user = "";
    private String password = "";
    private JdbcConnectionPool pool;

    public void setUrl(String url) {
        this.url = url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public void initialize() {
        pool = JdbcConnectionPool.create(url, user, password);
        pool.setMaxConnections(MAX_CONNECTIONS);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void shutdown() {
        if (pool != null) {
            pool.dispose();
        }
    }
}
