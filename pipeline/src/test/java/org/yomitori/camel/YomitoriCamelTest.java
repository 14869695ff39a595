package org.yomitori.camel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yomitori.testing.TestConfigs;

class YomitoriCamelTest {
    @TempDir
    Path dir;

    @Test
    void everyChannelGetsAnIntakeRouteFromTheTemplateWithItsOwnFolder() {
        Properties p = YomitoriCamel.properties(TestConfigs.inFolder(dir, "yomitori.intake.channels", "window-2,fax",
                "yomitori.intake.channel.fax.folder", dir.resolve("share/fax").toString()));
        assertEquals(YomitoriCamel.INTAKE_TEMPLATE, p.getProperty("camel.route-template[intake-window-2].templateId"));
        assertEquals("window-2", p.getProperty("camel.route-template[intake-window-2].channel"));
        assertEquals(dir.resolve("inbox/window-2").toString(), p.getProperty("camel.route-template[intake-window-2].folder"));
        assertEquals(dir.resolve("share/fax").toString(), p.getProperty("camel.route-template[intake-fax].folder"));
        assertEquals("file:routes/*.camel.yaml", p.getProperty("camel.main.routes-include-pattern"));
        assertEquals("300", p.getProperty("yomitori.intake.stable-ms"));
    }
}
