package dev.lossadvisor.engine.losses;

/** The CTC negative log-likelihood of one target sequence, by the forward recursion over the blank-extended labels. */
final class Ctc {
    private Ctc() {}

    /**
     * @param logProbs log-probabilities, one row of C per time step
     * @param targets  the label sequence, no blanks
     * @return -log p(targets | logProbs); +infinity when no alignment exists
     */
    static double negativeLogLikelihood(double[][] logProbs, int[] targets, int blank) {
        int t = logProbs.length;
        int l = 2 * targets.length + 1;
        double[] alpha = new double[l];
        double[] next = new double[l];
        java.util.Arrays.fill(alpha, Double.NEGATIVE_INFINITY);
        alpha[0] = logProbs[0][blank];
        if (l > 1) alpha[1] = logProbs[0][targets[0]];
        for (int step = 1; step < t; step++) {
            for (int s = 0; s < l; s++) {
                int label = s % 2 == 0 ? blank : targets[s / 2];
                double a = alpha[s];
                if (s >= 1) a = logAdd(a, alpha[s - 1]);
                if (s >= 2 && label != blank && targets[s / 2 - 1] != label) a = logAdd(a, alpha[s - 2]);
                next[s] = a + logProbs[step][label];
            }
            double[] swap = alpha;
            alpha = next;
            next = swap;
        }
        double end = l > 1 ? logAdd(alpha[l - 1], alpha[l - 2]) : alpha[0];
        return -end;
    }

    private static double logAdd(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) return b;
        if (b == Double.NEGATIVE_INFINITY) return a;
        double m = Math.max(a, b);
        return m + Math.log1p(Math.exp(-Math.abs(a - b)));
    }
}
