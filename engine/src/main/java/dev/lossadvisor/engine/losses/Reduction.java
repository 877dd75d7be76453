package dev.lossadvisor.engine.losses;

/**
 * The one reduction step every framework's loss ends with: the per-element (per-row, per-slice) values a loss's
 * formula gives, already weighted, and what each weighs in a weighted mean's denominator (1 per value, the class
 * weight for weighted NLL, 0 for an ignored label, Keras's sample weight).
 */
record Reduction(String label, double[] values, double[] weights, int batch) {

    /** How a framework reduces the values. */
    enum Step {
        /** keep them (reduction 'none') */
        NONE,
        /** add them */
        SUM,
        /** the sum over the number of values, 0 when there are none (Keras sum_over_batch_size, DJL) */
        PER_VALUE,
        /** the sum over the weights' sum, NaN when it is 0 (PyTorch 'mean') */
        PER_WEIGHT,
        /** the sum over the weights' sum, 0 when it is 0 (Keras mean_with_sample_weight: divide_no_nan) */
        PER_WEIGHT_OR_ZERO,
        /** the sum over the batch size (PyTorch 'batchmean') */
        PER_BATCH
    }

    /** Values that weigh 1 each. */
    static Reduction of(String label, double[] values, int batch) {
        double[] ones = new double[values.length];
        java.util.Arrays.fill(ones, 1);
        return new Reduction(label, values, ones, batch);
    }

    /** Each value times its weight, which is then what it weighs in the mean (sample weights); null: unchanged. */
    Reduction weighted(double[] w) {
        if (w == null) return this;
        double[] v = new double[values.length];
        for (int i = 0; i < v.length; i++) v[i] = values[i] * w[i];
        return new Reduction(label, v, w.clone(), batch);
    }

    LossValue reduce(Step step) {
        double sum = 0;
        for (double v : values) sum += v;
        double weightSum = 0;
        for (double w : weights) weightSum += w;
        return switch (step) {
            case NONE -> LossValue.unreduced(label, values);
            case SUM -> LossValue.of(label, sum);
            case PER_VALUE -> LossValue.of(label, values.length == 0 ? 0 : sum / values.length);
            case PER_WEIGHT -> LossValue.of(label, sum / weightSum);
            case PER_WEIGHT_OR_ZERO -> LossValue.of(label, weightSum == 0 ? 0 : sum / weightSum);
            case PER_BATCH -> LossValue.of(label, sum / batch);
        };
    }
}
