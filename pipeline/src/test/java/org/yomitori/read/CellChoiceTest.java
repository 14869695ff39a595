package org.yomitori.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yomitori.validate.MyNumber;

class CellChoiceTest {
    @Test
    void aCellWithOneCharacterIsPreferred() {
        boolean[] written = {true, true, true, false};
        assertEquals(List.of("0", "1", "4", ""),
                CellChoice.merge(List.of("0", "1", "44", ""), List.of("0", "7", "4", ""), written));
        assertEquals(List.of("0", "9", "", ""),
                CellChoice.merge(List.of("0", "", "", ""), List.of("0", "9", "", ""), written));
    }

    @Test
    void theCheckDigitPicksTheOnlyValidCombination() {
        List<String> right = cells("783480894922");
        assertTrue(MyNumber.isValid("783480894922"));
        List<String> chosen = cells("783440894922");
        List<String> other = cells("783480894922");
        assertEquals(Optional.of(right),
                CellChoice.resolve(chosen, other, c -> MyNumber.isValid(String.join("", c))));
    }

    @Test
    void noChoiceWhenSeveralOrNoCombinationsPass() {
        List<String> a = cells("1234");
        List<String> b = cells("1299");
        assertTrue(CellChoice.resolve(a, b, c -> true).isEmpty());
        assertTrue(CellChoice.resolve(a, b, c -> false).isEmpty());
        assertTrue(CellChoice.resolve(a, a, c -> true).isEmpty());
    }

    private static List<String> cells(String s) {
        return s.chars().mapToObj(c -> String.valueOf((char) c)).toList();
    }
}
