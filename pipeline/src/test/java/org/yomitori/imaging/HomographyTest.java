package org.yomitori.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class HomographyTest {
    private static final Homography SHEAR = new Homography(new double[] {1.01, 0.02, 5, -0.01, 0.99, -7, 1e-6, 2e-6, 1});

    @Test
    void afterAppliesTheFirstTransformFirst() {
        Homography moveThenScale = Homography.scaling(2).after(Homography.translation(3, 4));
        assertArrayEquals(new double[] {8, 10}, moveThenScale.apply(1, 1), 1e-9);
    }

    @Test
    void levelAndFullScaleRoundTrip() {
        Homography level = SHEAR.toLevel(0.25, 0.5);
        assertArrayEquals(SHEAR.apply(400, 900), level.toFull(0.25, 0.5).apply(400, 900), 1e-6);
        // a point of the quarter-scale reference maps to the half-scale page consistently
        double[] full = SHEAR.apply(400, 900);
        assertArrayEquals(new double[] {full[0] * 0.5, full[1] * 0.5}, level.apply(100, 225), 1e-6);
    }
}
