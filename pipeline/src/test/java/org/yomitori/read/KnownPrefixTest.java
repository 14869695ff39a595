package org.yomitori.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class KnownPrefixTest {
    @Test
    void aKnownSurnameOrPrefectureSettlesAStartTheOtherReadMisspells() {
        assertEquals(Optional.of("鈴木拓也"), KnownPrefix.settled("鈴木拓也", "鋭木拓也"));
        assertEquals(Optional.of("兵庫県姫路市本町1-19-5"), KnownPrefix.settled("兵庫県姫路市本町1-19-5", "琴庫県姫路市本町1-19-5"));
        assertEquals(Optional.of("鹿児島県鹿児島市山下町5-23-3"),
                KnownPrefix.settled("鹿児島県鹿児島市山下町5-23-3", "府児島県鹿児島市山下町5-23-3"));
    }

    @Test
    void otherDifferencesOrTwoKnownWordsSettleNothing() {
        assertEquals(Optional.empty(), KnownPrefix.settled("鈴木拓也", "鋭木拓世"), "the given names differ too");
        assertEquals(Optional.empty(), KnownPrefix.settled("佐藤恵子", "加藤恵子"), "both are surnames");
        assertEquals(Optional.empty(), KnownPrefix.settled("鈴木拓也", "鋭木拓"), "a character lost");
        assertEquals(Optional.empty(), KnownPrefix.settled("鋭木拓也", "鈴木拓也"), "the unknown start never wins");
    }
}
