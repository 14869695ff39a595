package org.yomitori.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yomitori.template.Box;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.FieldType;

class ValidatorsTest {

    private static FieldSpec field(FieldType type, String validator) {
        return new FieldSpec("f", "f", type, 0, new Box(0, 0, 10, 10), "eng", null, List.of(), false, null,
                List.of(), null, null, null, List.of(), 0.9, validator, false);
    }

    private static List<String> reasons(FieldType type, String validator, String value) {
        return Validators.forField(field(type, validator)).validate(value).reasons();
    }

    @Test
    void eachTypeChecksItsOwnShape() {
        assertEquals(List.of(), reasons(FieldType.MY_NUMBER, null, "123456789018"));
        assertEquals(List.of(Validators.CHECK_DIGIT), reasons(FieldType.MY_NUMBER, null, "123456789017"));
        assertEquals(List.of(Validators.INVALID_FORMAT), reasons(FieldType.MY_NUMBER, null, "12345678901"));
        assertEquals(List.of(), reasons(FieldType.POSTAL_CODE, null, "〒123-4567"));
        assertEquals(List.of(Validators.INVALID_FORMAT), reasons(FieldType.POSTAL_CODE, null, "123-456"));
        assertEquals(List.of(), reasons(FieldType.PHONE, null, "090-1234-5678"));
        assertEquals(List.of(Validators.INVALID_FORMAT), reasons(FieldType.PHONE, null, "090-1234"));
        assertEquals(List.of(), reasons(FieldType.KANA, null, "ヤマダ"));
        assertEquals(List.of(Validators.INVALID_FORMAT), reasons(FieldType.KANA, null, "山田"));
        assertEquals(List.of(), reasons(FieldType.DATE, null, "2024-04-01"));
        assertEquals(List.of(DateReading.INVALID), reasons(FieldType.DATE, null, "2024-02-30"));
        assertEquals(List.of(Validators.INVALID_FORMAT), reasons(FieldType.DATE, null, "1600-01-01"));
        assertEquals(List.of(), reasons(FieldType.DIGITS, null, "0138"));
        assertEquals(List.of(Validators.INVALID_FORMAT), reasons(FieldType.DIGITS, null, "01a8"));
        assertEquals(List.of(), reasons(FieldType.NUMBER, null, "1,200"));
        assertEquals(List.of(Validators.INVALID_FORMAT), reasons(FieldType.NUMBER, null, "1,20"));
        assertEquals(List.of(), reasons(FieldType.EMAIL, null, "a@example.com"));
        assertEquals(List.of(), reasons(FieldType.TEXT, null, "anything 何でも"));
    }

    @Test
    void blankValuesPassEveryValidator() {
        for (FieldType type : FieldType.values()) {
            assertTrue(Validators.forType(type).validate("").isOk(), type.id());
        }
    }

    @Test
    void namedValidatorAddsToTheTypeCheck() {
        assertEquals(List.of(), reasons(FieldType.DIGITS, "corporate_number", "7000012050002"));
        assertEquals(List.of(Validators.CHECK_DIGIT), reasons(FieldType.DIGITS, "corporate_number", "6000012050002"));
        assertEquals(List.of(Validators.INVALID_FORMAT, Validators.CHECK_DIGIT),
                reasons(FieldType.KANA, "corporate_number", "6000012050002"));
    }

    @Test
    void unknownValidatorNameFailsFast() {
        assertThrows(IllegalArgumentException.class, () -> Validators.forField(field(FieldType.TEXT, "no_such")));
        assertTrue(Validators.names().contains("my_number"));
    }

    @Test
    void relationshipIsOneWordOfTheClosedList() {
        assertEquals(List.of(), reasons(FieldType.TEXT, "relationship", "世帯主"));
        assertEquals(List.of(), reasons(FieldType.TEXT, "relationship", "次女"));
        assertEquals(List.of(), reasons(FieldType.TEXT, "relationship", ""));
        assertEquals(List.of(Relationships.UNKNOWN), reasons(FieldType.TEXT, "relationship", "次田"));
        assertEquals(List.of(Relationships.UNKNOWN), reasons(FieldType.TEXT, "relationship", "和子"));
    }

    private static FieldSpec named(String name, String label, FieldType type) {
        return new FieldSpec(name, label, type, 0, new Box(0, 0, 10, 10), "jpn", null, List.of(), false, null,
                List.of(), null, null, null, List.of(), 0.9, null, false);
    }

    @Test
    void anAddressFieldNamesARealPrefectureAndAMunicipality() {
        Validator byName = Validators.forField(named("claimant_address", "住所", FieldType.TEXT));
        Validator byLabel = Validators.forField(named("new_home", "新住所", FieldType.TEXT));
        for (Validator v : List.of(byName, byLabel)) {
            assertTrue(v.validate("神奈川県藤沢市鵠沼石上2-1").isOk());
            assertTrue(v.validate("").isOk(), "blank is the reader's call");
            assertEquals(List.of(Validators.UNKNOWN_PREFECTURE), v.validate("神奈用県藤沢市鵠沼石上2-1").reasons());
            assertEquals(List.of(Validators.NO_MUNICIPALITY), v.validate("神奈川県2-1").reasons());
        }
        assertTrue(Validators.forField(named("bank_name", "金融機関名", FieldType.TEXT)).validate("神奈用県").isOk(),
                "not an address field");
    }

    @Test
    void aBirthDateAfterTheReadingDayIsFlagged() {
        Clock clock = Clock.fixed(Instant.parse("2025-06-01T03:00:00Z"), ZoneId.of("Asia/Tokyo"));
        for (FieldSpec spec : List.of(named("child1_birth_date", "児童1 生年月日", FieldType.DATE),
                named("dob", "生年月日", FieldType.DATE))) {
            Validator v = Validators.forField(spec, clock);
            assertTrue(v.validate("2025-06-01").isOk(), "born today");
            assertEquals(List.of(Validators.DATE_IN_FUTURE), v.validate("2025-06-02").reasons(), "tomorrow");
            assertEquals(List.of(DateReading.INVALID), v.validate("2025-02-30").reasons(), "the date check's own");
        }
        assertTrue(Validators.forField(named("request_date", "請求日", FieldType.DATE), clock).validate("2025-06-02")
                .isOk(), "other dates may lie ahead");
        String tomorrow = LocalDate.now().plusDays(1).toString();
        assertEquals(List.of(Validators.DATE_IN_FUTURE),
                Validators.forField(named("birth_date", "Date of birth", FieldType.DATE)).validate(tomorrow).reasons());
    }
}
