package org.yomitori.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yomitori.template.Box;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.FieldType;
import org.yomitori.template.OptionSpec;

/** A verifier's typing is shaped and checked as the pipeline's readers and validators do. */
class FieldValuesTest {
    private static FieldSpec field(FieldType type, boolean required, String validator, List<OptionSpec> options,
                                   boolean multi) {
        return new FieldSpec("f", "欄", type, 0, new Box(0, 0, 10, 10), "jpn", null, List.of(), multi, null, options,
                null, Map.of(), null, List.of(), 0.9, validator, required);
    }

    private static FieldSpec field(FieldType type) {
        return field(type, false, null, List.of(), false);
    }

    @Test
    void datesBecomeIsoWithAWarekiPreviewAndAnOverflowingEraIsOnlyAWarning() {
        FieldCheck d = FieldValues.check(field(FieldType.DATE), "令和元年５月１日");
        assertEquals("2019-05-01", d.value());
        assertEquals("令和元年5月1日", d.preview());
        assertTrue(d.ok());
        FieldCheck overflow = FieldValues.check(field(FieldType.DATE), "平成32年1月1日");
        assertTrue(overflow.ok());
        assertEquals("2020-01-01", overflow.value());
        assertEquals(List.of("era_overflow"), overflow.warnings());
        assertEquals(List.of("invalid_date"), FieldValues.check(field(FieldType.DATE), "令和6年2月30日").reasons());
    }

    @Test
    void numbersAreCheckedByTheirCheckDigits() {
        FieldCheck good = FieldValues.check(field(FieldType.MY_NUMBER), "１２３４ ５６７８ ９０１８");
        assertEquals("123456789018", good.value());
        assertTrue(good.ok());
        assertEquals(List.of("check_digit"), FieldValues.check(field(FieldType.MY_NUMBER), "123456789012").reasons());
        assertEquals(List.of("check_digit"),
                FieldValues.check(field(FieldType.DIGITS, false, "corporate_number", List.of(), false), "1234567890123")
                        .reasons());
    }

    @Test
    void kanaPostalCodesAndPhonesAreNormalisedTextIsOnlyTrimmed() {
        assertEquals("ヤマダ タロウ", FieldValues.check(field(FieldType.KANA), "やまだ ﾀﾛｳ").value());
        assertEquals("160-0023", FieldValues.check(field(FieldType.POSTAL_CODE), "〒１６０００２３").value());
        assertEquals("03-1234-5678", FieldValues.check(field(FieldType.PHONE), "０３－１２３４－５６７８").value());
        assertEquals("髙橋　﨑子", FieldValues.check(field(FieldType.TEXT), "  髙橋　﨑子 ").value());
        assertEquals(List.of("invalid_format"), FieldValues.check(field(FieldType.POSTAL_CODE), "12-34").reasons());
        assertEquals(List.of("blank_required"),
                FieldValues.check(field(FieldType.TEXT, true, null, List.of(), false), " ").reasons());
    }

    @Test
    void choicesMustBeTheFieldsOwnOptions() {
        List<OptionSpec> options = List.of(new OptionSpec("普通", null, null), new OptionSpec("当座", null, null));
        assertEquals("普通", FieldValues.check(field(FieldType.CHECKBOX_GROUP, false, null, options, false), "普通").value());
        assertEquals(List.of("普通", "当座"),
                FieldValues.check(field(FieldType.CHECKBOX_GROUP, false, null, options, true), List.of("普通", "当座")).value());
        ReviewException e = assertThrows(ReviewException.class,
                () -> FieldValues.check(field(FieldType.CHECKBOX_GROUP, false, null, options, false), List.of("普通", "当座")));
        assertEquals(ReviewException.BAD_VALUE, e.code());
        assertEquals(true, FieldValues.check(field(FieldType.CHECKBOX), "true").value());
        assertThrows(ReviewException.class, () -> FieldValues.check(field(FieldType.SEAL_PRESENCE), "maybe"));
    }
}
