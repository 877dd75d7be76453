package dev.lossadvisor.confirm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The comparison's criterion on per-seed differences, against Student's t by hand. */
class PairedDifferenceTest {

    /**
     * Stop 35's default imbalanced-binary seeds: focal loss ahead of plain BCE on all 3 (+0.020, +0.069, +0.008), which two
     * equal candidates do 1 time in 8. Mean 0.0323, spread 0.0323: t = 1.73 < t(0.95, 2) = 2.92, a tie.
     */
    @Test
    void aheadOnEverySeedIsNotEnoughWhenTheSpreadIsAsLargeAsTheMean() {
        PairedDifference d = PairedDifference.of(new double[] {0.020, 0.069, 0.008});
        assertEquals("tie", d.outcome(), d.toString());
        assertEquals(3, d.won());
        assertEquals(2.920 * 0.03233 / Math.sqrt(3), d.threshold(), 1e-4);
    }

    /** Consistent differences (pos_weight 2 against plain BCE, stop 35's seeds 1-3): t = 29 > 2.92. */
    @Test
    void aConsistentDifferenceIsBetter() {
        assertEquals("better", PairedDifference.of(new double[] {0.098, 0.089, 0.105}).outcome());
        assertEquals("worse", PairedDifference.of(new double[] {-0.098, -0.089, -0.105}).outcome());
    }

    /** Behind on one seed of five does not hide a clear mean: t = 0.06 / (0.0548 / √5) = 2.45 > t(0.95, 4) = 2.132. */
    @Test
    void mostSeedsWithASmallSpreadAreBetter() {
        PairedDifference d = PairedDifference.of(new double[] {0.1, 0.1, 0.1, 0.0, 0.0});
        assertEquals("better", d.outcome(), d.toString());
        assertEquals(3, d.won());
    }

    @Test
    void consistentButTinyDifferencesAreTiesAndOneSeedHasOnlyTheMargin() {
        assertEquals("tie", PairedDifference.of(new double[] {0.004, 0.004, 0.004}).outcome());
        assertEquals(PairedDifference.MIN_MARGIN, PairedDifference.of(new double[] {0.004, 0.004, 0.004}).threshold());
        assertEquals("better", PairedDifference.of(new double[] {0.006}).outcome());
        assertEquals("tie", PairedDifference.of(new double[] {0.004}).outcome());
    }
}
