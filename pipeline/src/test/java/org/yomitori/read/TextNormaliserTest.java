package org.yomitori.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {
    @Test
    void aBarBesideDigitsOrHyphensIsA1() {
        assertEquals("鹿児島市中央町4丁目1-19", TextNormaliser.text("鹿児島 市 中央 町 4 丁目 |-19"));
        assertEquals("5丁目21番", TextNormaliser.text("5 丁目 2| 番"));
        assertEquals("a|b", TextNormaliser.text("a|b"));
    }

    @Test
    void spacesBetweenJapaneseCharactersGoButNotBetweenLatinWords() {
        assertEquals("山田太郎", TextNormaliser.text("山田 太 郎"));
        assertEquals("Apt 202", TextNormaliser.text(" Apt  202 "));
    }
}
