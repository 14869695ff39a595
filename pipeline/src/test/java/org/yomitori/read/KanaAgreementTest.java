package org.yomitori.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class KanaAgreementTest {
    private static Reading agreeing(String chosen, String other) {
        LineOcr.Result r = new LineOcr.Result(null, 100, Reads.of(chosen), Reads.of(other), true);
        Reading disagreed = Reading.of(TextNormaliser.kana(chosen), chosen, 0.45).withReason(FieldReaders.OCR_DISAGREEMENT);
        return KanaAgreement.agreeing(disagreed, r, TextNormaliser::kana, Reads.TEXT);
    }

    @Test
    void ghostSmallKanaOfTheOtherReadDoNotMakeADisagreement() {
        for (String other : List.of("ャ マグ チ リン", "ヤマグチ リン")) {
            Reading r = agreeing("ヤマグチリン", other);
            assertEquals("ヤマグチリン", r.value(), other);
            assertEquals(List.of(), r.reasons(), other);
        }
        assertEquals(List.of(), agreeing("イトウユイ", "イト ウ ュ ユイ").reasons());
        assertEquals(List.of(), agreeing("エンドウカズオ", "エン ドウ ゥ カズ オ").reasons());
        assertEquals(List.of(), agreeing("オオタケンタ", "オォ オタ ケン タ").reasons());
    }

    @Test
    void realDifferencesStay() {
        assertEquals(List.of(FieldReaders.OCR_DISAGREEMENT), agreeing("コバヤシミサキ", "コバ ヤシ ミサ ネ").reasons());
        assertEquals(List.of(FieldReaders.OCR_DISAGREEMENT), agreeing("キャリー", "キヤリー").reasons(),
                "キャ is a spelling, not a ghost");
        assertEquals(List.of(FieldReaders.OCR_DISAGREEMENT), agreeing("マツダユウッキ", "マツ ダ ユ ゥ ウキ").reasons(),
                "a chosen read with a stray ッ is no agreement");
    }

    @Test
    void ghostsAreDroppedAndMisplacedSmallKanaEnlarged() {
        assertEquals("ヤマグチ", KanaAgreement.withoutGhosts("ャマグチ"));
        assertEquals("ユイ", KanaAgreement.withoutGhosts("ュユイ"));
        assertEquals("ミツコ", KanaAgreement.withoutGhosts("ミッツコ"));
        assertEquals("キャ", KanaAgreement.withoutGhosts("キャ"));
    }
}
