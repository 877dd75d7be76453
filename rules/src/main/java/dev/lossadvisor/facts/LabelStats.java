package dev.lossadvisor.facts;

import java.util.Objects;

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
                         double std, double absMax) {
    // written out (see package-info)
    @Override
    public boolean equals(Object o) {
        return o instanceof LabelStats f && rows == f.rows && width == f.width && Objects.equals(kind, f.kind)
                && Double.compare(min, f.min) == 0 && Double.compare(max, f.max) == 0 && classes == f.classes
                && Double.compare(imbalanceRatio, f.imbalanceRatio) == 0
                && Double.compare(minorityShare, f.minorityShare) == 0 && maxPositivesPerRow == f.maxPositivesPerRow
                && Double.compare(median, f.median) == 0 && Double.compare(robustScale, f.robustScale) == 0
                && outliers == f.outliers && Double.compare(outlierShare, f.outlierShare) == 0
                && Double.compare(std, f.std) == 0 && Double.compare(absMax, f.absMax) == 0;
    }

    @Override
    public int hashCode() {
        int h = Long.hashCode(rows);
        h = 31 * h + width;
        h = 31 * h + Objects.hashCode(kind);
        h = 31 * h + Double.hashCode(min);
        h = 31 * h + Double.hashCode(max);
        h = 31 * h + classes;
        h = 31 * h + Double.hashCode(imbalanceRatio);
        h = 31 * h + Double.hashCode(minorityShare);
        h = 31 * h + maxPositivesPerRow;
        h = 31 * h + Double.hashCode(median);
        h = 31 * h + Double.hashCode(robustScale);
        h = 31 * h + Long.hashCode(outliers);
        h = 31 * h + Double.hashCode(outlierShare);
        h = 31 * h + Double.hashCode(std);
        h = 31 * h + Double.hashCode(absMax);
        return h;
    }
}
