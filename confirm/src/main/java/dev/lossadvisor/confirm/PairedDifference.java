package dev.lossadvisor.confirm;

/**
 * The recommendation against one candidate, seed by seed: both train on the same seed's data and initial weights, so
 * the per-seed differences are paired and their spread is the noise. Better when the mean difference clears the
 * one-sided 95% bound of a paired t-test on that spread, and the margin. Being ahead on all 3 seeds alone is not
 * enough: two candidates of equal worth do that 1 time in 8.
 *
 * @param mean      mean of the per-seed differences, signed so that positive favours the recommendation
 * @param threshold what the mean must exceed: t(0.95, n - 1) × standard error, at least the margin
 * @param won       seeds on which the recommendation did better
 */
record PairedDifference(double mean, double threshold, int won) {
    /** Differences in the task metric below this are ties, however consistent. */
    static final double MIN_MARGIN = 0.005;
    /** Student's t, one-sided 95%, for 1 to 9 degrees of freedom (2 to 10 seeds). */
    private static final double[] T95 = {6.314, 2.920, 2.353, 2.132, 2.015, 1.943, 1.895, 1.860, 1.833};

    /**
     * @param differences per seed, positive where the recommendation did better; one seed has no spread, so only the
     *                    margin applies (the verdict calls one seed weak evidence)
     */
    static PairedDifference of(double[] differences) {
        int n = differences.length;
        double mean = 0;
        int won = 0;
        for (double d : differences) {
            mean += d / n;
            if (d > 0) won++;
        }
        double bound = 0;
        if (n > 1) {
            double ss = 0;
            for (double d : differences) ss += (d - mean) * (d - mean);
            bound = T95[Math.min(n, T95.length + 1) - 2] * Math.sqrt(ss / (n - 1) / n);
        }
        return new PairedDifference(mean, Math.max(bound, MIN_MARGIN), won);
    }

    /** better, worse or tie, for the recommendation. */
    String outcome() {
        return mean > threshold ? "better" : -mean > threshold ? "worse" : "tie";
    }
}
