package org.yomitori.read;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.yomitori.template.Box;
import org.yomitori.template.FieldType;
import org.yomitori.validate.MyNumber;

class CheckDigitSettlingTest {
    private static final Predicate<List<String>> VALID = c -> MyNumber.isValid(String.join("", c));

    private static List<String> cells(String digits) {
        return Arrays.asList(digits.split(""));
    }

    private static boolean settled(FieldType type, String value, String other) {
        boolean[] written = new boolean[12];
        Arrays.fill(written, true);
        List<Box> boxes = java.util.Collections.nCopies(12, new Box(0, 0, 10, 10));
        return BoxedFieldReader.settledByCheckDigit(Fields.boxed("n", type, new Box(0, 0, 120, 10), boxes),
                cells(value), cells(other), written, VALID);
    }

    @Test
    void oneDigitReadTwoWaysIsSettledByTheCheckDigit() {
        assertTrue(MyNumber.isValid("123456789018"));
        assertTrue(settled(FieldType.MY_NUMBER, "123456789018", "123456739018"));
    }

    @Test
    void anythingElseStaysADisagreement() {
        assertFalse(settled(FieldType.MY_NUMBER, "123456789018", "723456739018"), "two cells differ");
        assertFalse(settled(FieldType.MY_NUMBER, "123456789017", "123456789018"), "the value fails the check");
        assertFalse(settled(FieldType.DIGITS, "123456789018", "123456739018"), "no check digit");
    }
}
