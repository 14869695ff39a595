package org.yomitori.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CheckDigitsTest {

    @Test
    void myNumberCheckDigitFollowsTheRule() {
        // 12345678901: P1..P11 from the right = 1,0,9,8,7,6,5,4,3,2,1; Q = 2..7 then 2..6;
        // sum = 2+0+36+40+42+42+10+12+12+10+6 = 212; 212 mod 11 = 3; check = 11 - 3 = 8.
        assertEquals(8, MyNumber.checkDigit("12345678901"));
        assertTrue(MyNumber.isValid("123456789018"));
        assertFalse(MyNumber.isValid("123456789017"));
    }

    @Test
    void myNumberRemainderZeroOrOneGivesZero() {
        // 00000000001: sum = 1*2 = 2 -> r = 2 -> 9;  00000000000: r = 0 -> 0;  00000000050: 5*3 = 15 -> r = 4 -> 7
        assertEquals(9, MyNumber.checkDigit("00000000001"));
        assertEquals(0, MyNumber.checkDigit("00000000000"));
        assertEquals(7, MyNumber.checkDigit("00000000050"));
        // 60000000000: P11 = 6, Q11 = 6 -> 36 mod 11 = 3 -> 8; 10000000003: 6 + 6 = 12 -> r = 1 -> 0
        assertEquals(8, MyNumber.checkDigit("60000000000"));
        assertEquals(0, MyNumber.checkDigit("10000000003"));
    }

    @Test
    void myNumberCatchesEverySingleDigitError() {
        String valid = "123456789018";
        for (int pos = 0; pos < 12; pos++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d != valid.charAt(pos)) {
                    String wrong = valid.substring(0, pos) + d + valid.substring(pos + 1);
                    assertFalse(MyNumber.isValid(wrong), wrong);
                }
            }
        }
    }

    @Test
    void myNumberRejectsWrongShapes() {
        assertFalse(MyNumber.isValid("12345678901"));
        assertFalse(MyNumber.isValid("1234 5678 9018"));
        assertFalse(MyNumber.isValid(null));
        assertThrows(IllegalArgumentException.class, () -> MyNumber.checkDigit("123"));
    }

    @Test
    void myNumberMaskKeepsLastFour() {
        assertEquals("********9018", MyNumber.mask("123456789018"));
        assertEquals("****", MyNumber.mask("12"));
    }

    @Test
    void corporateNumberOfTheNationalTaxAgencyIsValid() {
        // 国税庁 7000012050002: base 000012050002, from the right 2*1 + 5*1 + 2*1 + 1*2 = 11; 9 - 11 mod 9 = 7
        assertEquals(7, CorporateNumber.checkDigit("000012050002"));
        assertTrue(CorporateNumber.isValid("7000012050002"));
        assertFalse(CorporateNumber.isValid("6000012050002"));
        assertFalse(CorporateNumber.isValid("700001205000"));
    }
}
