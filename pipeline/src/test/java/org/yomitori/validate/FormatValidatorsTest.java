package org.yomitori.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormatValidatorsTest {

    @Test
    void postalCodeNormalisesTheUsualSpellings() {
        assertEquals(Optional.of("123-4567"), PostalCode.normalise("〒123-4567"));
        assertEquals(Optional.of("123-4567"), PostalCode.normalise("1234567"));
        assertEquals(Optional.of("123-4567"), PostalCode.normalise("〒１２３－４５６７"));
        assertEquals(Optional.of("123-4567"), PostalCode.normalise(" 123 - 4567 "));
        assertEquals(Optional.empty(), PostalCode.normalise("12-34567"));
        assertEquals(Optional.empty(), PostalCode.normalise("123-456"));
        assertEquals(Optional.empty(), PostalCode.normalise("12345678"));
        assertFalse(PostalCode.isValid(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"03-1234-5678", "090-1234-5678", "0120-123-456", "0263-12-3456", "01564-2-1234",
        "03(1234)5678", "0312345678", "09012345678", "+81 90-1234-5678", "０９０－１２３４－５６７８", "050-1234-5678"})
    void acceptsJapanesePhoneNumbers(String phone) {
        assertTrue(PhoneNumber.isValid(phone), phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"090-1234-567", "03-1234-56789", "1234567890", "031234567", "0312345678901",
        "06-1234-5678-9", "0a0-1234-5678", "", "090--1234", "03-12345-678", "0312-345678901"})
    void rejectsImplausiblePhoneNumbers(String phone) {
        assertFalse(PhoneNumber.isValid(phone), phone);
    }

    @Test
    void phoneDigitsDropSeparatorsAndCountryCode() {
        assertEquals("09012345678", PhoneNumber.digits("+81-90-1234-5678"));
        assertEquals("0312345678", PhoneNumber.digits("03(1234)5678"));
    }

    @Test
    void kanaNormalisesHalfWidthAndHiragana() {
        assertEquals("ヤマダ タロウ", Kana.normalise("ﾔﾏﾀﾞ　ﾀﾛｳ"));
        assertEquals("ヤマダ ハナコ", Kana.normalise("やまだ  はなこ"));
        assertEquals("ガッコウ", Kana.normalise("ｶﾞｯｺｳ"));
        assertEquals("パーク", Kana.normalise("ﾊﾟｰｸ"));
        assertEquals("ヴァイオリン", Kana.normalise("ｳﾞｧｲｵﾘﾝ"));
        assertEquals("スズキ", Kana.normalise(" すずき "));
        assertEquals("", Kana.normalise(null));
    }

    @Test
    void kanaValidatorAcceptsOnlyFullWidthKatakana() {
        assertTrue(Kana.isKatakana("ヤマダ タロウ"));
        assertTrue(Kana.isKatakana("ジョン・スミス"));
        assertTrue(Kana.isKatakana("ヴァーチャル"));
        assertFalse(Kana.isKatakana("やまだ"));
        assertFalse(Kana.isKatakana("ﾔﾏﾀﾞ"));
        assertFalse(Kana.isKatakana("山田"));
        assertFalse(Kana.isKatakana("YAMADA"));
    }

    @Test
    void emailNormalisesAndValidates() {
        assertEquals("maria.kim74@example.com", Email.normalise("ｍａｒｉａ.kim74＠Example.COM"));
        assertEquals("a.b@example.co.jp", Email.normalise(" a.b @ example.co.jp"));
        assertTrue(Email.isValid("maria.kim74@example.com"));
        assertTrue(Email.isValid("x+tag@sub.example.org"));
        assertFalse(Email.isValid("maria.kim74example.com"));
        assertFalse(Email.isValid("a@b"));
        assertFalse(Email.isValid("a..b@example.com"));
        assertFalse(Email.isValid("a@example.c"));
        assertFalse(Email.isValid("a@-example.com"));
    }
}
