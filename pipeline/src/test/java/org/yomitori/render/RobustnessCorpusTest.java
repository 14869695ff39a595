package org.yomitori.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Real-world hostile files (../shared/corpus/robustness: OCRmyPDF's and pdf-lib's test files:
 * JBIG2, CCITT, JPEG 2000, CMYK, 35000² pixel images, broken xrefs, encryption): every file
 * must render or be refused with an {@link UnreadableDocumentException}, never another
 * exception, never a hang.
 */
class RobustnessCorpusTest {
    private static final Path CORPUS = Path.of("..", "shared", "corpus", "robustness");
    private final PageRenderer renderer = new PageRenderer(RenderSettings.defaults());

    @TestFactory
    Stream<DynamicTest> everyFileRendersOrIsRefusedCleanly() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus/robustness is not here");
        Stream<Path> files = Files.walk(CORPUS).filter(Files::isRegularFile)
                .filter(p -> p.toString().matches("(?i).*\\.(pdf|png|jpe?g|tiff?|odt|txt)$")).sorted();
        return files.map(p -> DynamicTest.dynamicTest(CORPUS.relativize(p).toString(),
                () -> assertTimeoutPreemptively(Duration.ofSeconds(120), () -> check(p))));
    }

    private void check(Path file) {
        try {
            DocumentInfo info = renderer.inspect(file);
            int[] count = {0};
            renderer.forEachPage(file, (index, page) -> {
                assertNotNull(page);
                assertTrue(page.dpi() > 0);
                assertTrue((long) page.width() * page.height() <= RenderSettings.defaults().maxPixelsPerPage());
                count[0]++;
            });
            assertTrue(count[0] == info.pageCount(), "inspect and render agree on the page count");
        } catch (UnreadableDocumentException e) {
            assertFalse(e.reasonCode().isBlank());
            assertTrue(e.getMessage().contains(" / "), e.getMessage());
        }
    }

}
