package org.yomitori.web.ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yomitori.app.YomitoriApp;
import org.yomitori.config.YomitoriConfig;
import org.yomitori.samples.ScanWriter;
import org.yomitori.testing.Poll;
import org.yomitori.testing.ScanFixtures;
import org.yomitori.testing.TestConfigs;

/**
 * The real service for browser tests: YomitoriApp (Camel routes, reading stages, H2, web server)
 * in a temporary folder. Its templates are two demo forms (住民票 request, 児童手当 with a My Number)
 * with every threshold at 1.0, so every field read with less than full confidence waits for a
 * verifier. Only administrators may see My Numbers.
 */
final class StationApp implements AutoCloseable {
    static final String FORM = ScanFixtures.JUMINHYO;
    /** The second installed form: it has a My Number field. */
    static final String MY_NUMBER_FORM = ScanFixtures.JIDOU_TEATE;
    static final String MY_NUMBER = "123456789018";
    private static final Duration READING = Duration.ofSeconds(90);
    private static final Pattern THRESHOLD = Pattern.compile("threshold: [0-9.]+");

    private final YomitoriApp app;
    private final YomitoriConfig config;
    private final String console;

    private StationApp(YomitoriApp app, YomitoriConfig config, String console) {
        this.app = app;
        this.config = config;
        this.console = console;
    }

    static StationApp start(Path dir) throws Exception {
        Path templates = dir.resolve("templates");
        strictTemplate(templates, FORM);
        strictTemplate(templates, MY_NUMBER_FORM);
        YomitoriConfig config = TestConfigs.inFolder(dir.resolve("data"), "yomitori.templates.dirs", templates.toString(),
                "yomitori.templates.thresholds", dir.resolve("no-calibration.yaml").toString(),
                "yomitori.review.my-number-roles", "admin");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(new Tee(original, console), true, StandardCharsets.UTF_8));
        try {
            YomitoriApp app = YomitoriApp.start(config);
            return new StationApp(app, config, console.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    /**
     * A demo template copied with every threshold at 1.0 (its own, and the default for fields without
     * one; the service is started without a calibration file, which would set those instead).
     */
    private static void strictTemplate(Path folder, String id) throws IOException {
        Path source = Path.of("samples/templates", id);
        Path target = Files.createDirectories(folder.resolve(id));
        String yaml = Files.readString(source.resolve("template.yaml"), StandardCharsets.UTF_8);
        String strict = THRESHOLD.matcher(yaml).replaceAll("threshold: 1.0");
        if (!strict.contains("\ndefaults:")) {
            strict += "\ndefaults:\n  threshold: 1.0\n";
        }
        Files.writeString(target.resolve("template.yaml"), strict);
        Files.copy(source.resolve("reference.png"), target.resolve("reference.png"));
    }

    int port() {
        return app.webPort();
    }

    YomitoriApp app() {
        return app;
    }

    /** The one-time setup token the service printed on its console at start-up. */
    String setupToken() {
        Matcher m = Pattern.compile("(?i)setup[^\\n]*?token[^\\n]*?([A-Za-z0-9_-]{16,})").matcher(console);
        if (!m.find()) {
            throw new AssertionError("no setup token on the console:\n" + console);
        }
        return m.group(1);
    }

    Path inbox(String channel) {
        return config.intake().channels().stream().filter(c -> c.name().equals(channel)).findFirst().orElseThrow().folder();
    }

    /**
     * Drops the demo form filled in with the fixture's values, the phone number made from
     * {@code serial} so that each drop differs (intake refuses a file it has seen as a duplicate).
     */
    void dropFilledForm(String channel, String file, int serial) throws IOException {
        Map<String, Object> values = new HashMap<>(ScanFixtures.juminhyoValues());
        values.put("applicant_phone", String.format("03-1234-%04d", 5678 + serial));
        ScanFixtures.scan(inbox(channel).resolve(file), ScanFixtures.filled(ScanFixtures.template(FORM), values),
                ScanWriter.Format.PNG);
    }

    /** Drops the 児童手当 form with a name and a My Number filled in. */
    void dropMyNumberForm(String channel, String file) throws IOException {
        ScanFixtures.scan(inbox(channel).resolve(file), ScanFixtures.filled(ScanFixtures.template(MY_NUMBER_FORM),
                Map.of("claimant_name", "山田 花子", "claimant_my_number", MY_NUMBER)), ScanWriter.Format.PNG);
    }

    /** Drops a readable page that is no known form. */
    void dropPlainPage(String channel, String file) throws IOException {
        ScanFixtures.png(inbox(channel).resolve(file), ScanFixtures.page("お問い合わせ票 — 様式なし"));
    }

    /** Waits until the file's document is in the verifier's queue; returns its queue entry. */
    JsonNode awaitQueued(ApiClient api, String file) {
        return Poll.until(READING, file + " in the queue", () -> {
            try {
                for (JsonNode item : api.get("/api/queue")) {
                    if (file.equals(item.path("source").asText())) {
                        return item;
                    }
                }
                return null;
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Override
    public void close() {
        app.close();
    }

    /** Copies the console to a buffer while it still reaches the real one. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int x) throws IOException {
            a.write(x);
            b.write(x);
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws IOException {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        }

        @Override
        public void flush() throws IOException {
            a.flush();
            b.flush();
        }
    }
}
