package org.yomitori.web.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/** When a browser test fails: a screenshot and the page's text under pipeline/target/ui-evidence/. */
final class Evidence implements TestWatcher {
    private static final Path FOLDER = Path.of("pipeline/target/ui-evidence");
    private final Supplier<Browser> browser;

    Evidence(Supplier<Browser> browser) {
        this.browser = browser;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Browser b = browser.get();
        if (b == null) {
            return;
        }
        try {
            Files.createDirectories(FOLDER);
            String name = context.getRequiredTestMethod().getName();
            byte[] png = ((TakesScreenshot) b.driver()).getScreenshotAs(OutputType.BYTES);
            Files.write(FOLDER.resolve(name + ".png"), png);
            Files.writeString(FOLDER.resolve(name + ".txt"), b.driver().getCurrentUrl() + "\n\n"
                    + Optional.ofNullable(b.driver().getPageSource()).orElse(""));
        } catch (Exception e) {
            System.err.println("could not save the browser evidence: " + e);
        }
    }
}
