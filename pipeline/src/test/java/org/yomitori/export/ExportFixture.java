package org.yomitori.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.yomitori.config.YomitoriConfig;
import org.yomitori.storage.Database;
import org.yomitori.template.TemplateRegistry;
import org.yomitori.testing.ScanFixtures;
import org.yomitori.testing.MutableClock;
import org.yomitori.testing.TestConfigs;

/**
 * A pipeline database, an endpoints folder, an H2 "core system" database and a hand-moved clock
 * under one temporary folder: what the delivery tests share.
 */
final class ExportFixture implements AutoCloseable {
    static final Instant T0 = Instant.parse("2025-04-01T01:00:00Z");
    static final TemplateRegistry TEMPLATES = TemplateRegistry.of(List.of(ScanFixtures.template(ScanFixtures.JUMINHYO),
            ScanFixtures.template(ScanFixtures.JIDOU_TEATE)));

    final Path dir;
    final Path endpoints;
    final String coreUrl;
    final YomitoriConfig config;
    final Database db;
    final MutableClock clock = new MutableClock(T0, ZoneId.of("Asia/Tokyo"));

    ExportFixture(Path dir, String... extra) {
        this.dir = dir;
        this.endpoints = dir.resolve("endpoints");
        this.coreUrl = "jdbc:h2:file:" + dir.resolve("core/core") + ";DB_CLOSE_ON_EXIT=FALSE";
        List<String> settings = new ArrayList<>(List.of("yomitori.export.endpoints.dirs", endpoints.toString(),
                "yomitori.export.core-db.url", coreUrl, "yomitori.export.core-db.init-sql", "",
                "yomitori.export.retry.initial-ms", "1000", "yomitori.export.retry.max-attempts", "3"));
        settings.addAll(List.of(extra));
        this.config = TestConfigs.inFolder(dir.resolve("data"), settings.toArray(String[]::new));
        this.db = Database.open(config.db().url(), config.db().user(), config.db().password());
    }

    ExportSettings settings() {
        return ExportSettings.of(config);
    }

    DeliveryService service() {
        return DeliveryService.start(settings(), db, TEMPLATES, clock);
    }

    DeliveryService service(DeliveryFaults faults) {
        return DeliveryService.start(settings(), db, TEMPLATES, clock, faults);
    }

    Path endpoint(String name, String yaml) throws IOException {
        Files.createDirectories(endpoints);
        return Files.writeString(endpoints.resolve(name + ".yaml"), yaml);
    }

    Path exportFolder(String name) {
        return config.dataDir().resolve(name);
    }

    void core(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(coreUrl, "core", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The rows of a core table as text, one "a|b|c" line per row in key order. */
    List<String> coreRows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(coreUrl, "core", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    cells.add(String.valueOf(rs.getObject(i)));
                }
                rows.add(String.join("|", cells));
            }
        }
        return rows;
    }

    String outboxState(String documentId) {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT state FROM release_outbox WHERE document_id = ?")) {
                ps.setString(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    @Override
    public void close() {
        db.close();
    }
}
