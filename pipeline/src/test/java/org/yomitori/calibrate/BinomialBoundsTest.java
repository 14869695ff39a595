package org.yomitori.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BinomialBoundsTest {
    @Test
    void noErrorsGiveTheClosedFormBounds() {
        // P(0 wrong of n | p) = (1-p)^n, so the upper bound solves (1-p)^n = 1 - level
        assertEquals(1 - Math.pow(0.2, 1.0 / 472), BinomialBounds.upper(0, 472, 0.8), 1e-9);
        assertEquals(1 - Math.pow(0.05, 1.0 / 100), BinomialBounds.upper(0, 100, 0.95), 1e-9);
        assertEquals(Math.pow(0.05, 1.0 / 30), BinomialBounds.lower(30, 30, 0.95), 1e-9);
        assertEquals(0, BinomialBounds.lower(0, 30, 0.95));
    }

    @Test
    void oneErrorInAHundredMatchesThePublishedExactBound() {
        assertEquals(0.0466, BinomialBounds.upper(1, 100, 0.95), 5e-4);
        assertEquals(0.00051, BinomialBounds.lower(1, 100, 0.95), 5e-5);
    }

    @Test
    void boundsBracketTheObservedRateAndWidenWithConfidence() {
        for (int k = 0; k <= 10; k++) {
            double rate = k / 500.0;
            assertTrue(BinomialBounds.upper(k, 500, 0.8) > rate);
            assertTrue(BinomialBounds.upper(k, 500, 0.95) > BinomialBounds.upper(k, 500, 0.8));
            assertTrue(BinomialBounds.lower(k, 500, 0.8) <= rate);
        }
        assertEquals(1, BinomialBounds.upper(0, 0, 0.8), "no samples: nothing is known");
        assertEquals(1, BinomialBounds.cdf(5, 5, 0.3), 1e-12);
        assertEquals(Math.pow(0.7, 5), BinomialBounds.cdf(0, 5, 0.3), 1e-12);
    }
}
