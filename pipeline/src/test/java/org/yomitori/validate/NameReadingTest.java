package org.yomitori.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameReadingTest {
    @Test
    void aKnownSurnameMustBeReadOneOfItsWays() {
        assertTrue(NameReading.plausible("サトウ ケイコ", "佐藤 恵子"));
        assertFalse(NameReading.plausible("イトウ ケイコ", "佐藤 恵子"));
        assertTrue(NameReading.plausible("ナカシマ トモコ", "中島 智子"));
        assertTrue(NameReading.plausible("ナカヂマ トモコ", "中島 智子"), "ヂ is written for ジ");
        assertTrue(NameReading.plausible("コウノ タロウ", "河野 太郎"));
        assertTrue(NameReading.plausible("カワノ タロウ", "河野 太郎"));
        assertFalse(NameReading.plausible("コバヤシ アオイ", "小川 葵"), "小川 misread for 小林, or the kana");
    }

    @Test
    void withoutSpacesTheKnownSurnameAtTheStartIsChecked() {
        assertTrue(NameReading.plausible("サトウケイコ", "佐藤恵子"));
        assertFalse(NameReading.plausible("カトウケイコ", "佐藤恵子"));
        assertTrue(NameReading.plausible("ササキケイコ", "佐々木恵子"));
        assertTrue(NameReading.plausible("サトウケイコ", "佐藤 恵子"), "the reader drops the kana's space");
        assertFalse(NameReading.plausible("ヤマダケイコ", "佐藤 恵子"));
    }

    @Test
    void surnamesNotInTheTableAndOneCharacterPrefixesAreNotJudgedBySurname() {
        assertTrue(NameReading.plausible("ショウジ タロウ", "東海林 太郎"));
        assertTrue(NameReading.plausible("ショウジタロウ", "東海林太郎"), "東海林 is not 東");
        assertTrue(NameReading.plausible("モリモトタロウ", "森本太郎"));
        assertFalse(NameReading.plausible("ハヤシ タロウ", "森 太郎"), "with a space even 森 is judged");
    }

    @Test
    void theReadingMustFitTheNamesLength() {
        assertFalse(NameReading.plausible("タ", "某田 太郎"), "four kanji read at least four kana");
        assertFalse(NameReading.plausible("アイウエオカキクケコ", "某 一"), "two kanji read at most eight kana");
        assertTrue(NameReading.plausible("キョウコ", "京子"), "small kana go with their neighbour");
        assertTrue(NameReading.plausible("ハットリ タロウ", "服部 太郎"));
        assertTrue(NameReading.plausible("サクラ", "さくら"), "kana in the name read themselves");
        assertFalse(NameReading.plausible("サクラコ", "さくら"));
        assertTrue(NameReading.plausible("ジョー", "ジョー"));
        assertFalse(NameReading.plausible("ジヨー", "ジョー"), "a large ヨ is one more syllable");
        assertTrue(NameReading.plausible("タナカ サクラ", "田中 さくら"));
    }

    @Test
    void blankOrForeignOrNonKanaValuesAreNotJudged() {
        assertTrue(NameReading.plausible("", "佐藤 恵子"));
        assertTrue(NameReading.plausible("サトウ", ""));
        assertTrue(NameReading.plausible("ケビン", "Kevin Clark"));
        assertTrue(NameReading.plausible("佐藤", "佐藤 恵子"), "not kana: the kana validator reports it");
        assertTrue(NameReading.plausible("さとう けいこ", "佐藤 恵子"), "ふりがな in hiragana");
    }
}
