package org.yomitori.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KanaSpellingTest {
    @Test
    void realSpellingsArePlausible() {
        for (String s : new String[] {"キョウコ", "ショウタ", "ハットリ", "ティナ", "ヴァイオリン", "フュージョン", "ウォーカー",
            "ジェシカ", "マツダユウキ", "デュラン"}) {
            assertTrue(KanaSpelling.isPlausible(s), s);
        }
    }

    @Test
    void ocrSlipsAreNot() {
        for (String s : new String[] {"コバャシ", "アオォオイ", "ヨウュコ", "タナカッ", "マッアイ", "ョシダ", "キヨョシ"}) {
            assertFalse(KanaSpelling.isPlausible(s), s);
        }
    }

    @Test
    void repairsOnlyWhatHasOneReading() {
        assertEquals("コバヤシアオオイ", KanaSpelling.repair("コバャシアオォオイ"));
        assertEquals("キヨシ", KanaSpelling.repair("キヨョシ"));
        assertEquals("キョウコ", KanaSpelling.repair("キョウコ"));
        assertEquals("", KanaSpelling.repair(null));
    }

    @Test
    void theKanaValidatorRejectsImpossibleSpellings() {
        assertTrue(Validators.forType(org.yomitori.template.FieldType.KANA).validate("コバヤシ").isOk());
        assertFalse(Validators.forType(org.yomitori.template.FieldType.KANA).validate("コバャシ").isOk());
    }
}
