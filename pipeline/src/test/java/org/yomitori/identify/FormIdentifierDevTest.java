package org.yomitori.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yomitori.imaging.GrayImage;
import org.yomitori.imaging.PageNormaliser;
import org.yomitori.render.PageRenderer;
import org.yomitori.render.RenderSettings;

/**
 * Identification and splitting on a sample of the shared dev scans: batches in PDF and G4 TIFF,
 * stapled ID-card, passbook and English attachments, upside-down pages, phone photos, binarised
 * faxes. Skipped when ../shared is not there. The whole set is measured by {@link DevSetBenchmark}.
 */
class FormIdentifierDevTest {
    private static FormIdentifier identifier;
    private final PageRenderer renderer = new PageRenderer(RenderSettings.defaults());
    private final PageNormaliser normaliser = new PageNormaliser();

    @BeforeAll
    static void loadTemplates() {
        assumeTrue(DevSet.present(), "../shared/eval is not here");
        identifier = new FormIdentifier(DevSet.templates());
    }

    @ParameterizedTest
    @ValueSource(strings = {"batch_03.pdf", "batch_08.tif", "juminhyo_request_008.tif", "change_of_address_075.pdf",
        "change_of_address_079.jpg", "idou_todoke_069.jpg", "jidou_teate_062.pdf", "change_of_address_039.png"})
    void documentsAndTheirFormsMatchTheTruth(String name) throws Exception {
        Path scan = DevSet.DEV.resolve(name);
        List<PageMatch> matches = new ArrayList<>();
        for (GrayImage page : renderer.render(scan)) {
            matches.add(identifier.identify(normaliser.normalise(page)));
        }
        List<String> found = new DocumentSplitter().split(matches).stream()
                .map(d -> (d.identified() ? d.template().id() : "unidentified") + d.pageIndexes()).toList();
        List<String> expected = new ArrayList<>();
        boolean upsideDown = false;
        for (DevSet.TruthDocument t : DevSet.truth(scan)) {
            expected.add(t.form() + t.pages());
            upsideDown |= t.upsideDown();
        }
        assertEquals(expected, found);
        if (upsideDown) {
            assertEquals(2, matches.get(0).quarterTurns(), "upside-down page told to turn twice");
        }
    }
}
