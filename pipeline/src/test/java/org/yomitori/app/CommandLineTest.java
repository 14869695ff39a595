package org.yomitori.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    @Test
    void onlyAConfigFileMayBeGiven() {
        assertNull(CommandLine.configFile(new String[0]));
        assertEquals(Path.of("site.properties"), CommandLine.configFile(new String[] {"--config", "site.properties"}));
        assertEquals(Path.of("a.properties"), CommandLine.configFile(new String[] {"--config=a.properties"}));
        assertThrows(IllegalArgumentException.class, () -> CommandLine.configFile(new String[] {"--config"}));
        assertThrows(IllegalArgumentException.class, () -> CommandLine.configFile(new String[] {"--port", "1"}));
    }
}
