package dev.lossadvisor.confirm;

import dev.lossadvisor.facts.LabelStats;

/**
 * What the synthetic task takes from real labels (a capture's): the share of positives of a rare class and the
 * share of outlying regression targets.
 *
 * @param source where the numbers came from, for the report
 */
public record Shape(double positiveRate, double outlierRate, String source) {
    public static final Shape DEFAULT = new Shape(0.02, 0.1, "the default synthetic task");

    /** The shape of these labels, kept within what the reference CNN can learn from 2,048 images. */
    public static Shape of(LabelStats labels, String source) {
        if (labels == null) return DEFAULT;
        double positives = labels.minorityShare() > 0 ? clamp(labels.minorityShare(), 0.005, 0.5) : DEFAULT.positiveRate();
        double outliers = labels.outlierShare() > 0 ? clamp(labels.outlierShare(), 0.01, 0.3) : DEFAULT.outlierRate();
        return new Shape(positives, outliers, source);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
