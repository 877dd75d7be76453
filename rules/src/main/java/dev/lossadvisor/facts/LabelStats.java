package dev.lossadvisor.facts;

/**
 * What one pass over the sample labels found.
 *
 * @param kind               binary, soft, signed, integer, one_hot, multi_hot or continuous
 * @param classes            distinct classes seen (columns for one-hot/multi-hot, max index + 1 for integers)
 * @param imbalanceRatio     majority count / minority count (for multi-hot: negatives / positives of the rarest label);
 *                           0 when not a classification label
 * @param minorityShare      share of rows in the rarest class (rarest label's positive rate for multi-hot)
 * @param maxPositivesPerRow most 1s in one row (multi-hot and one-hot)
 * @param median             median of all label values (regression)
 * @param robustScale        1.4826 × MAD (or a mean-absolute-deviation fallback when MAD is 0)
 * @param outliers           values whose robust z-score exceeds 3.5
 * @param std                standard deviation of all label values
 * @param absMax             largest absolute label value
 */
public record LabelStats(long rows, int width, String kind, double min, double max, int classes,
                         double imbalanceRatio, double minorityShare, int maxPositivesPerRow,
                         double median, double robustScale, long outliers, double outlierShare,
                         double std, double absMax) {}
