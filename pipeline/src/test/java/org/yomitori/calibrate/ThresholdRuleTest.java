package org.yomitori.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdRuleTest {
    private final List<ScoredField> fields = new ArrayList<>();

    /** Adds {@code n} candidate fields of a type read at {@code confidence}, {@code wrong} of them wrong. */
    private void add(String type, String field, int n, int wrong, double confidence) {
        for (int i = 0; i < n; i++) {
            fields.add(new ScoredField("f" + (fields.size() % 17) + ".png", "form_a", field, type, false,
                    i >= wrong, "auto", confidence, true));
        }
    }

    private ThresholdTable choose() {
        return ThresholdRule.DEFAULT.choose(fields);
    }

    @Test
    void aTypeWithEnoughSamplesGetsTheLowestThresholdItsOwnBoundAllows() {
        add("text", "name", 600, 0, 0.97);
        add("text", "name", 50, 20, 0.90);
        ThresholdTable.Choice c = choose().byType().get("text");
        assertEquals(0.97, c.threshold(), 1e-9, "raised to just under the lowest confidence it accepts");
        assertEquals(ThresholdTable.Basis.OWN, c.basis());
        assertEquals(600, c.accepted());
        assertEquals(650, c.candidates());
        assertTrue(c.upper() <= 0.005);
    }

    @Test
    void aRareTypeBorrowsItsFamilysThresholdWhenItsOwnSamplesAgree() {
        add("text", "name", 600, 0, 0.96);
        add("text", "name", 100, 10, 0.95);
        add("kana", "kana", 100, 0, 0.96);
        add("kana", "kana", 5, 0, 0.95);
        add("phone", "phone", 50, 0, 0.95);
        ThresholdTable t = choose();
        assertEquals(0.96, t.byType().get("kana").threshold(), 1e-9, "the words family needs 0.96");
        assertEquals(ThresholdTable.Basis.FAMILY, t.byType().get("kana").basis());
        assertEquals(0.96, t.byType().get("email").threshold(), 1e-9, "no samples: the family's threshold");
        assertEquals(ThresholdTable.Basis.NONE, t.byType().get("phone").basis(),
                "50 digit samples bound nothing: 0.5 % needs about 320 without an error");
        assertEquals(1.0, t.byType().get("phone").threshold());
        assertFalse(t.byType().containsKey("checkbox"), "no mark was read: the template default stays");
    }

    @Test
    void aTypeErringAtTheFamilyThresholdIsRaisedPastItsErrors() {
        add("text", "name", 1500, 0, 0.95);
        add("date", "date", 100, 3, 0.95);
        add("date", "date", 100, 0, 0.98);
        ThresholdTable.Choice date = choose().byType().get("date");
        assertEquals(0.98, date.threshold(), 1e-9);
        assertEquals(ThresholdTable.Basis.FAMILY, date.basis());
        assertEquals(0, date.wrong());
    }

    @Test
    void aFieldErringClearlyMoreThanItsTypeGetsItsOwnStricterThreshold() {
        add("text", "name", 2000, 0, 0.96);
        add("text", "address", 25, 5, 0.96);
        add("text", "address", 20, 0, 0.99);
        ThresholdTable t = choose();
        assertEquals(0.96, t.byType().get("text").threshold(), 1e-9, "5 of 2045 keep the type's bound");
        ThresholdTable.Choice address = t.byField().get("form_a/address");
        assertEquals(0.99, address.threshold(), 1e-9);
        assertEquals(ThresholdTable.Basis.FIELD, address.basis());
        assertFalse(t.byField().containsKey("form_a/name"));
        assertEquals(0.99, t.thresholdFor("form_a", "address", "text"), 1e-9);
        assertEquals(0.96, t.thresholdFor("form_b", "address", "text"), 1e-9);
    }

    @Test
    void fieldsNotDecidedByTheThresholdAloneAreLeftOut() {
        add("text", "name", 600, 0, 0.97);
        for (int i = 0; i < 100; i++) {
            fields.add(new ScoredField("x.png", "form_a", "name", "text", false, false, "review", 0.99, false));
        }
        ThresholdTable.Choice c = choose().byType().get("text");
        assertEquals(600, c.candidates());
        assertEquals(0, c.wrong());
    }

    @Test
    void crossValidationScoresEveryFieldOnceWithThresholdsChosenWithoutItsFile() {
        add("text", "name", 900, 0, 0.97);
        add("text", "name", 100, 30, 0.90);
        Figures heldOut = CrossValidation.heldOut(fields, ThresholdRule.DEFAULT, 5);
        assertEquals(1000, heldOut.fields());
        assertEquals(900, heldOut.auto());
        assertEquals(0, heldOut.autoWrong());
    }
}
