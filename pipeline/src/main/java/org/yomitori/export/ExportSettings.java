package org.yomitori.export;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.yomitori.config.ConfigException;
import org.yomitori.config.Settings;
import org.yomitori.config.YomitoriConfig;

/**
 * The yomitori.export.* settings, checked at start-up.
 *
 * @param endpointFolders folders searched for endpoint files (*.yaml), later ones overriding earlier ones by id
 * @param dataDir         the data folder: relative endpoint folders are resolved against it
 * @param pollMillis      how often due deliveries are looked for (the export route's timer)
 * @param batchSize       deliveries taken per endpoint and poll
 */
public record ExportSettings(List<Path> endpointFolders, Path dataDir, long pollMillis, int batchSize, Retry retry,
                             CoreDb coreDb) {

    /** Exponential back-off: the n-th failed attempt waits initial * 2^(n-1), at most max; dead after maxAttempts. */
    public record Retry(int maxAttempts, long initialMillis, long maxMillis) {
        Duration delayAfter(int attempts) {
            long delay = initialMillis;
            for (int i = 1; i < attempts && delay < maxMillis; i++) {
                delay *= 2;
            }
            return Duration.ofMillis(Math.min(delay, maxMillis));
        }
    }

    /**
     * The default target of database endpoints: the embedded H2 "core system" database, or any
     * JDBC database (PostgreSQL) by configuration.
     *
     * @param initSql an SQL file run on it at start-up (CREATE TABLE IF NOT EXISTS ...), or null
     */
    public record CoreDb(String url, String user, String password, Path initSql) {
        @Override
        public String toString() { // keeps the password out of logs
            return "CoreDb[url=" + url + ", user=" + user + "]";
        }
    }

    public ExportSettings {
        endpointFolders = List.copyOf(endpointFolders);
    }

    public static ExportSettings of(YomitoriConfig config) {
        Settings p = new Settings(config.properties());
        Retry retry = new Retry((int) p.number("yomitori.export.retry.max-attempts", 1, 100),
                p.number("yomitori.export.retry.initial-ms", 1, 86_400_000),
                p.number("yomitori.export.retry.max-ms", 1, 7 * 86_400_000L));
        String init = p.optional("yomitori.export.core-db.init-sql");
        if (!p.text("yomitori.export.core-db.url").startsWith("jdbc:")) {
            throw new ConfigException("yomitori.export.core-db.url must be a JDBC URL (jdbc:h2:..., jdbc:postgresql://...),"
                    + " got '" + p.text("yomitori.export.core-db.url") + "'");
        }
        CoreDb core = new CoreDb(p.text("yomitori.export.core-db.url"), p.optional("yomitori.export.core-db.user"),
                p.optional("yomitori.export.core-db.password"),
                init.isEmpty() ? null : Settings.toPath("yomitori.export.core-db.init-sql", init));
        return new ExportSettings(p.paths("yomitori.export.endpoints.dirs"), config.dataDir(),
                p.number("yomitori.export.poll-ms", 100, 3_600_000), (int) p.number("yomitori.export.batch-size", 1, 100_000), retry, core);
    }
}
