package org.yomitori.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yomitori.config.ConfigException;

/**
 * The default target database ("core system"): runs the configured SQL file on it at start-up,
 * e.g. the demo's CREATE TABLE IF NOT EXISTS statements for the embedded H2 database. Statements
 * are separated by a semicolon at the end of a line; lines starting with "--" are comments.
 */
final class CoreDatabase {
    private static final Logger LOG = LoggerFactory.getLogger("export");

    private CoreDatabase() {
    }

    static void initialise(ExportSettings.CoreDb core) {
        if (core.initSql() == null) {
            return;
        }
        String script;
        try {
            script = Files.readString(core.initSql(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("yomitori.export.core-db.init-sql: cannot read " + core.initSql(), e);
        }
        try (Connection c = DriverManager.getConnection(core.url(), core.user(), core.password());
             Statement s = c.createStatement()) {
            for (String statement : statements(script)) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new ConfigException("yomitori.export.core-db.init-sql: " + core.initSql() + " failed on "
                    + core.url() + ": SQLState " + e.getSQLState() + " " + e.getMessage(), e);
        }
        LOG.info("core database {} initialised from {}", core.url(), core.initSql());
    }

    static java.util.List<String> statements(String script) {
        StringBuilder clean = new StringBuilder();
        script.lines().filter(l -> !l.strip().startsWith("--")).forEach(l -> clean.append(l).append('\n'));
        return java.util.Arrays.stream(clean.toString().split(";\\s*\n")).map(String::strip)
                .map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s).filter(s -> !s.isEmpty()).toList();
    }
}
