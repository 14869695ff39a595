package org.yomitori.web.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * How long the verification screen takes from Enter to the next field's crop and value on screen
 * (and, when Enter finished a document, to the next document's first field), measured in headless
 * Chromium with the page's own performance.now() marks, on the real service with real scans.
 * A benchmark, not a test: it prints figures. Run from the repository root:
 *
 * <pre>
 * mvn -q -B -o -pl pipeline test-compile dependency:build-classpath -Dmdep.outputFile=target/test.cp
 * java -cp pipeline/target/test-classes:pipeline/target/classes:$(cat pipeline/target/test.cp) \
 *     org.yomitori.web.ui.NextFieldBenchmark [FIELDS]
 * </pre>
 * With {@code -Dyomitori.bench.screenshot=FILE.png} it also saves the screen at the first field.
 */
public final class NextFieldBenchmark {
    private static final String PASSWORD = "benchmark-password";
    private static final String FIELD_TIMES = "return performance.getEntriesByName('yomitori-next-field').map(e => e.duration)";
    private static final String DOCUMENT_TIMES = "return performance.getEntriesByName('yomitori-next-document').map(e => e.duration)";

    private NextFieldBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int fields = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        Path dir = Files.createTempDirectory("yomitori-bench");
        try (StationApp service = StationApp.start(dir)) {
            ApiClient api = new ApiClient(service.port());
            api.send("POST", "/api/setup", Map.of("token", service.setupToken(), "username", "bench", "password", PASSWORD));
            api.login("bench", PASSWORD);
            int documents = fields / 12 + 2;
            for (int i = 0; i < documents; i++) {
                service.dropFilledForm("counter1", "bench-" + i + ".png", i);
            }
            for (int i = 0; i < documents; i++) {
                service.awaitQueued(api, "bench-" + i + ".png");
            }
            try (Browser browser = Browser.open(service.port())) {
                browser.go("/login.html");
                browser.waitFor("login form", b -> "username".equals(b.focusedId()));
                browser.type("bench", Keys.TAB, PASSWORD, Keys.ENTER);
                browser.waitForPath("/queue.html");
                browser.go("/verify.html");
                Station station = new Station(browser);
                station.awaitField();
                screenshot(browser, System.getProperty("yomitori.bench.screenshot"));
                press(browser, station, fields);
                report("Enter -> next field shown", times(browser, FIELD_TIMES));
                report("Enter on a document's last field -> next document's first field shown", times(browser, DOCUMENT_TIMES));
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Presses Enter (F8 where a value breaks a rule) until `fields` next-field times are recorded. */
    private static void press(Browser browser, Station station, int fields) {
        while (times(browser, FIELD_TIMES).size() < fields) {
            if (!browser.findAll("#all-done:not([hidden])").isEmpty()) {
                System.out.println("the queue ran out of documents");
                return;
            }
            int before = times(browser, FIELD_TIMES).size() + times(browser, DOCUMENT_TIMES).size();
            browser.type(station.showsError() ? Keys.F8 : Keys.ENTER);
            browser.waitFor("a new timing or a refusal", b -> station.showsError()
                    || times(b, FIELD_TIMES).size() + times(b, DOCUMENT_TIMES).size() > before);
        }
    }

    /** With -Dyomitori.bench.screenshot=FILE.png: what the verifier sees on the first field. */
    private static void screenshot(Browser browser, String file) throws IOException {
        if (file != null) {
            Files.write(Path.of(file), ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Double> times(Browser browser, String script) {
        List<Double> out = new ArrayList<>();
        for (Object o : (List<Object>) browser.js(script)) {
            out.add(((Number) o).doubleValue());
        }
        return out;
    }

    private static void report(String what, List<Double> ms) {
        if (ms.isEmpty()) {
            System.out.printf("%s: no samples%n", what);
            return;
        }
        List<Double> sorted = ms.stream().sorted().toList();
        System.out.printf("%s: n=%d median=%.1f ms p95=%.1f ms max=%.1f ms%n", what, sorted.size(),
                percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1));
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
