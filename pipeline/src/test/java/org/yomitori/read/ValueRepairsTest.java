package org.yomitori.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.yomitori.template.FieldType;
import org.yomitori.validate.Email;

class ValueRepairsTest {
    @Test
    void repairedValuesAreReviewedWithTheirReason() {
        Reading r = ValueRepairs.apply(FieldType.KANA, Reading.of("コバャシ", "コバャシ", 0.95));
        assertEquals("コバヤシ", r.value());
        assertTrue(r.confidence() <= Confidence.DISAGREEMENT_CAP);
        assertTrue(r.reasons().contains(ValueRepairs.KANA_REPAIRED));
        Reading a = ValueRepairs.apply(FieldType.TEXT, Reading.of("大阪市北区中之島5目29番3号", "", 0.95));
        assertEquals("大阪市北区中之島5丁目29番3号", a.value());
        assertTrue(a.reasons().contains(ValueRepairs.ADDRESS_REPAIRED));
    }

    @Test
    void anEmailIsRepairedOnlyWhenItsGrammarAloneIsBroken() {
        Reading e = ValueRepairs.apply(FieldType.EMAIL, Reading.of("emily.nguyen79@example.or9", "", 0.3));
        assertEquals("emily.nguyen79@example.org", e.value());
        assertEquals("michael.brown75@mail.example.jp", Email.repair("michael.brown75@mail.example.jp."));
        assertEquals("john.smith98@mail.example.jp", Email.repair("john.smith98@mail.example._jp"));
        Reading noAt = Reading.of("john.smith98mail.example.jp", "", 0.3);
        assertSame(noAt, ValueRepairs.apply(FieldType.EMAIL, noAt));
    }

    @Test
    void plausibleValuesAreLeftAlone() {
        Reading k = Reading.of("キョウコ", "", 0.95);
        assertSame(k, ValueRepairs.apply(FieldType.KANA, k));
        Reading t = Reading.of("東京都千代田区永田町1丁目7番1号", "", 0.95);
        assertSame(t, ValueRepairs.apply(FieldType.TEXT, t));
    }
}
