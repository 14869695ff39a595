package org.yomitori.testing;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.yomitori.config.YomitoriConfig;

/** Settings for a pipeline under test: everything under one temporary folder, fast polling, any free port. */
public final class TestConfigs {
    private TestConfigs() {
    }

    public static YomitoriConfig inFolder(Path dataDir, String... extra) {
        Properties p = new Properties();
        p.setProperty("yomitori.data.dir", dataDir.toString());
        p.setProperty("yomitori.intake.poll-ms", "100");
        p.setProperty("yomitori.intake.stable-ms", "300");
        p.setProperty("yomitori.reading.recovery-ms", "1000");
        p.setProperty("yomitori.web.port", "0");
        p.setProperty("camel.main.shutdown-timeout", "20");
        for (int i = 0; i + 1 < extra.length; i += 2) {
            p.setProperty(extra[i], extra[i + 1]);
        }
        return YomitoriConfig.load(null, Map.of(), p);
    }
}
