package org.yomitori.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yomitori.imaging.GrayImage;
import org.yomitori.imaging.PageNormaliser;
import org.yomitori.imaging.SyntheticForm;
import org.yomitori.template.Template;
import org.yomitori.template.TemplateRegistry;

class FormIdentifierTest {
    @TempDir
    static Path dir;

    private static FormIdentifier identifier;
    private static BufferedImage blankA;
    private static BufferedImage blankB;
    private final PageNormaliser normaliser = new PageNormaliser();

    @BeforeAll
    static void installTwoForms() throws Exception {
        Template twoPages = SyntheticForm.template(dir, "form_c", 4);
        Path secondPage = dir.resolve("form_c_page2.png");
        javax.imageio.ImageIO.write(SyntheticForm.blank(5), "png", secondPage.toFile());
        twoPages = new Template("form_c", 1, "form_c", null, "ja", 300, SyntheticForm.WIDTH, SyntheticForm.HEIGHT, 2,
                List.of(twoPages.referenceImages().get(0), secondPage), List.of(), List.of(), twoPages.source());
        TemplateRegistry registry = TemplateRegistry.of(List.of(SyntheticForm.template(dir, "form_a", 1),
                SyntheticForm.template(dir, "form_b", 2), twoPages));
        identifier = new FormIdentifier(registry);
        blankA = SyntheticForm.blank(1);
        blankB = SyntheticForm.blank(2);
    }

    @Test
    void turnedScaledShiftedScanIsItsForm() {
        PageMatch m = identify(SyntheticForm.scan(blankA, -2.8, 1.03, 35, -40, 200, 0));
        assertEquals("form_a", m.template().id());
        assertEquals(0, m.templatePage());
        assertEquals(0, m.quarterTurns());
        assertTrue(m.score() > 0.8, "score " + m.score());
    }

    @Test
    void upsideDownScanIsRecognisedAndToldToTurnTwice() {
        PageMatch m = identify(SyntheticForm.scan(blankB, 1.5, 0.98, 0, 20, 300, 2));
        assertEquals("form_b", m.template().id());
        assertEquals(2, m.quarterTurns());
    }

    @Test
    void landscapeScanGetsTheQuarterTurnsThatMakeItUpright() {
        GrayImage sideways = SyntheticForm.scan(blankA, 0.5, 1, 0, 0, 200, 3);
        PageMatch m = identify(sideways);
        assertEquals("form_a", m.template().id());
        assertEquals(1, m.quarterTurns());
        PageMatch upright = identifier.identify(PageNormaliser.rotate(normaliser.normalise(sideways), m.quarterTurns()));
        assertEquals(0, upright.quarterTurns());
    }

    @Test
    void secondPageOfATwoPageFormIsToldApartAndJoinsItsFirstPage() {
        PageMatch first = identify(SyntheticForm.scan(SyntheticForm.blank(4), 1, 1, 0, 0, 200, 0));
        PageMatch second = identify(SyntheticForm.scan(SyntheticForm.blank(5), -1, 1, 0, 0, 200, 0));
        assertEquals("form_c", second.template().id());
        assertEquals(1, second.templatePage());
        List<DocumentPages> docs = new DocumentSplitter().split(List.of(first, second));
        assertEquals(1, docs.size());
        assertEquals(List.of(0, 1), docs.get(0).templatePages());
    }

    @Test
    void idCardCopyAndUnknownFormMatchNothing() {
        PageMatch card = identify(SyntheticForm.idCardPage(200));
        assertFalse(card.matched());
        assertNull(card.template());
        assertTrue(card.score() < FormIdentifier.MIN_SCORE);
        assertFalse(identify(SyntheticForm.scan(SyntheticForm.blank(3), 1, 1, 0, 0, 200, 0)).matched());
    }

    @Test
    void batchIsSplitIntoItsDocuments() {
        List<GrayImage> batch = List.of(SyntheticForm.idCardPage(200), SyntheticForm.scan(blankA, 1, 1, 0, 0, 200, 0),
                SyntheticForm.idCardPage(200), SyntheticForm.scan(blankB, -1, 1, 0, 0, 200, 2),
                SyntheticForm.scan(blankA, 0, 1, 0, 0, 300, 0));
        List<DocumentPages> docs = new DocumentSplitter().split(batch.stream().map(this::identify).toList());
        assertEquals(4, docs.size());
        assertNull(docs.get(0).template());
        assertEquals(List.of(1, 2), docs.get(1).pageIndexes());
        assertEquals("form_a", docs.get(1).template().id());
        assertEquals("form_b", docs.get(2).template().id());
        assertEquals(List.of(2), docs.get(2).quarterTurns());
        assertEquals(List.of(4), docs.get(3).pageIndexes());
    }

    private PageMatch identify(GrayImage scan) {
        return identifier.identify(normaliser.normalise(scan));
    }
}
