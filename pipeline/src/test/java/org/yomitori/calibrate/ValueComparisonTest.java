package org.yomitori.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The scorer's comparison rules (../shared/eval/README.md), case by case; ScorerAgreementTest runs both. */
class ValueComparisonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static boolean eq(String type, Object truth, Object got) {
        return ValueComparison.equal(type, JSON.valueToTree(truth), JSON.valueToTree(got));
    }

    @Test
    void textIgnoresWidthWhitespaceAndAsciiCase() {
        assertTrue(eq("text", "山田 花子", "山田花子"));
        assertTrue(eq("text", "Kevin Clark", "ＫＥＶＩＮ　clark"));
        assertFalse(eq("text", "山田 花子", "山田 華子"));
        assertTrue(eq("text", "", null), "a blank truth matches null");
    }

    @Test
    void datesCompareAsIsoDatesButEraTextIsNotConverted() {
        assertTrue(eq("date", "2024-05-01", "2024/5/1"));
        assertTrue(eq("date", "2024-05-01", "20240501"));
        assertTrue(eq("date", "2024-05-01", "2024年5月1日"));
        assertFalse(eq("date", "2024-05-01", "令和6年5月1日"));
        assertFalse(eq("date", "2024-02-30", "2024-03-01"), "an impossible date stays text");
    }

    @Test
    void digitFieldsCompareDigitsWithoutSeparators() {
        assertTrue(eq("phone", "090-1234-5678", "(090) 1234 5678"));
        assertTrue(eq("postal_code", "1006330", "〒100-6330"));
        assertTrue(eq("my_number", "123456789012", "１２３４ ５６７８ ９０１２"));
        assertTrue(eq("number", "007", "7"), "numbers compare by value");
        assertFalse(eq("digits", "007", "7"));
        assertFalse(eq("digits", "12a", "12"));
        assertTrue(eq("digits", "AB12", "ab12"), "letters where digits belong: compared as written");
    }

    @Test
    void checkboxesCompareByMeaningAndNullIsNoAnswer() {
        assertTrue(eq("checkbox", true, "✓"));
        assertTrue(eq("checkbox", true, "X"));
        assertTrue(eq("seal_presence", false, ""));
        assertTrue(eq("checkbox", false, 0));
        assertFalse(eq("checkbox", false, null));
        assertFalse(eq("checkbox", true, "maybe"));
    }

    @Test
    void groupsCompareAsSetsAndBlankGroupsMatchNothingChosen() {
        assertTrue(eq("checkbox_group", java.util.List.of("年金", "その他"), java.util.List.of("その他", "年金")));
        assertTrue(eq("checkbox_group", "普通", java.util.List.of("普通")));
        assertTrue(eq("checkbox_group", "", null));
        assertFalse(eq("checkbox_group", java.util.List.of("年金"), java.util.List.of("年金", "その他")));
    }

    @Test
    void typeIsGuessedFromTheValueLikeTheScorer() {
        assertEquals("checkbox", ValueComparison.inferType(JSON.valueToTree(true)));
        assertEquals("checkbox_group", ValueComparison.inferType(JSON.valueToTree(java.util.List.of())));
        assertEquals("date", ValueComparison.inferType(JSON.valueToTree("2024-01-02")));
        JsonNode text = JSON.valueToTree("2024/01/02");
        assertEquals("text", ValueComparison.inferType(text));
    }
}
