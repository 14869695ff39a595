package org.yomitori.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TieBreakTest {
    private static Reading settle(String first, String second, String third) {
        LineOcr.Result r = new LineOcr.Result(null, 100, Reads.of(first), Reads.of(second), true);
        Reading disagreed = Reading.of(first, first, 0.4).withReason(FieldReaders.OCR_DISAGREEMENT);
        return LineFieldReader.settle(disagreed, r, Reads.of(third), TextNormaliser::text, Reads.TEXT);
    }

    @Test
    void theReadTheThirdAgreesWithIsTakenButStaysDoubtful() {
        Reading r = settle("長田", "長男", "長男");
        assertEquals("長男", r.value());
        assertEquals(0.4, r.confidence());
        assertEquals(List.of(FieldReaders.OCR_DISAGREEMENT), r.reasons());
    }

    @Test
    void aThirdOpinionOfItsOwnChangesNothing() {
        assertEquals("長田", settle("長田", "長男", "畏男").value());
        assertEquals("長田", settle("長田", "長男", "").value());
    }

    @Test
    void aDateTakesTheReadTheThirdAgreesWith() {
        LineOcr.Result r = new LineOcr.Result(null, 100, Reads.of("令和8年5月26日"), Reads.of("令和8年5月24日"), true);
        Reading disagreed = Reading.of("2026-05-26", "", 0.4).withReason(FieldReaders.OCR_DISAGREEMENT);
        assertEquals("2026-05-24", DateFieldReader.settle(disagreed, r, Reads.of("R8.5.24"), false).value());
        assertEquals("2026-05-26", DateFieldReader.settle(disagreed, r, Reads.of("R8.5.21"), false).value());
    }

    @Test
    void aDateTheEngModelAlsoGivesIsAMajorityOfThreeModels() {
        LineOcr.Result r = new LineOcr.Result(null, 100, Reads.of("令和8年5月26日"), Reads.of("令和8年5月24日"), true);
        Reading disagreed = Reading.of("2026-05-26", "令和8年5月26日", 0.4).withReason(FieldReaders.OCR_DISAGREEMENT);
        Reading settled = DateFieldReader.majority(disagreed, r, Reads.of("R8.5.26"), false);
        assertEquals("2026-05-26", settled.value());
        assertEquals(Confidence.TWO_OF_THREE_MODELS, settled.confidence());
        assertEquals(List.of(), settled.reasons());
        assertEquals(disagreed, DateFieldReader.majority(disagreed, r, Reads.of("R8.5.24"), false),
                "siding with the read not taken is no majority for the value");
        assertEquals(disagreed, DateFieldReader.majority(disagreed, r, Reads.of("8.5"), false));
    }

    @Test
    void anAgreedDateTheEngModelAlsoGivesIsThreeModelsAgreeing() {
        LineOcr.Result r = new LineOcr.Result(null, 100, Reads.of("R8.5.26"), Reads.of("R8.5.26"), true);
        Reading agreed = Reading.of("2026-05-26", "R8.5.26", 0.8);
        assertEquals(Confidence.THREE_MODELS, DateFieldReader.majority(agreed, r, Reads.of("R8.5.26"), false).confidence());
        assertEquals(agreed, DateFieldReader.majority(agreed, r, Reads.of("R8.5.28"), false));
    }
}
