package dev.lossadvisor.engine.inspect;

import dev.lossadvisor.engine.samples.ValueSink;
import dev.lossadvisor.engine.samples.SampleMatrix;
import dev.lossadvisor.facts.LabelStats;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Streaming statistics over labels: what kind of labels they are, class balance, positives per row,
 * and robust scale and outliers for regression targets. Order statistics use the stored values.
 */
public final class LabelInspector implements ValueSink {
    /** Robust z-score beyond which a target counts as an outlier (Iglewicz and Hoaglin). */
    static final double OUTLIER_Z = 3.5;
    private static final int MAX_TRACKED_CLASSES = 100_000;
    private static final double MAX_CLASS_INDEX = 100_000;

    private long rows;
    private int width;
    private int rowWidth;
    private long values;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private double sum;
    private double sumSquares;
    private boolean allZeroOne = true;
    private boolean allSigned = true;
    private boolean allInteger = true;
    private boolean allInUnit = true;
    private boolean rowsOneHot = true;
    private boolean rowsSumToOne = true;
    private int maxPositivesPerRow;
    private int rowPositives;
    private double rowSum;
    private long[] columnPositives = new long[0];
    private final Map<Long, Long> classCounts = new HashMap<>();

    @Override
    public void accept(double v) {
        values++;
        if (rowWidth >= columnPositives.length) columnPositives = Arrays.copyOf(columnPositives, rowWidth + 1);
        rowWidth++;
        min = Math.min(min, v);
        max = Math.max(max, v);
        sum += v;
        sumSquares += v * v;
        boolean zeroOne = v == 0 || v == 1;
        allZeroOne &= zeroOne;
        allSigned &= v == -1 || v == 1;
        allInteger &= v == Math.rint(v);
        allInUnit &= v >= 0 && v <= 1;
        if (v == 1) {
            rowPositives++;
            columnPositives[rowWidth - 1]++;
        }
        rowSum += v;
        if (v == Math.rint(v) && classCounts.size() < MAX_TRACKED_CLASSES) classCounts.merge((long) v, 1L, Long::sum);
    }

    @Override
    public void endRow() {
        rows++;
        width = rowWidth;
        rowsOneHot &= rowPositives == 1;
        rowsSumToOne &= Math.abs(rowSum - 1) <= 5e-3;
        maxPositivesPerRow = Math.max(maxPositivesPerRow, rowPositives);
        rowWidth = 0;
        rowPositives = 0;
        rowSum = 0;
    }

    /** Finishes the pass; {@code stored} holds the same values, used for the median and outliers. */
    public LabelStats stats(SampleMatrix stored) {
        String kind = kind();
        double imbalance = 0;
        double minorityShare = 0;
        int classes = 0;
        switch (kind) {
            case "binary", "integer" -> {
                long lo = Long.MAX_VALUE;
                long hi = 0;
                long top = 0;
                for (Map.Entry<Long, Long> e : classCounts.entrySet()) {
                    lo = Math.min(lo, e.getValue());
                    hi = Math.max(hi, e.getValue());
                    top = Math.max(top, e.getKey());
                }
                // a binary column where one class never occurs is the extreme of imbalance
                if (kind.equals("binary") && classCounts.size() == 1) lo = 0;
                classes = kind.equals("binary") ? 2 : (int) Math.min(Integer.MAX_VALUE, top + 1);
                imbalance = hi / (double) Math.max(lo, 1);
                minorityShare = lo / (double) rows;
            }
            case "one_hot" -> {
                long lo = Long.MAX_VALUE;
                long hi = 0;
                for (long c : columnPositives) {
                    lo = Math.min(lo, c);
                    hi = Math.max(hi, c);
                }
                classes = width;
                imbalance = hi / (double) Math.max(lo, 1);
                minorityShare = lo / (double) rows;
            }
            case "multi_hot" -> {
                long rarest = Long.MAX_VALUE;
                for (long c : columnPositives) rarest = Math.min(rarest, c);
                classes = width;
                imbalance = (rows - rarest) / (double) Math.max(rarest, 1);
                minorityShare = rarest / (double) rows;
            }
            default -> classes = 0;
        }
        double mean = values == 0 ? 0 : sum / values;
        double std = values == 0 ? 0 : Math.sqrt(Math.max(0, sumSquares / values - mean * mean));
        Robust robust = Robust.of(stored.copyValues());
        return new LabelStats(rows, width, kind, values == 0 ? 0 : min, values == 0 ? 0 : max, classes, imbalance,
                minorityShare, maxPositivesPerRow, robust.median, robust.scale, robust.outliers,
                values == 0 ? 0 : robust.outliers / (double) values, std, Math.max(Math.abs(min), Math.abs(max)));
    }

    private String kind() {
        if (values == 0) return "continuous";
        if (width == 1) {
            if (allZeroOne) return "binary";
            if (allSigned) return "signed";
            // class indices are small and non-negative; larger or negative whole numbers are quantities
            if (allInteger && min >= 0 && max < MAX_CLASS_INDEX) return "integer";
            if (allInUnit) return "soft";
            return "continuous";
        }
        if (allZeroOne) return rowsOneHot ? "one_hot" : "multi_hot";
        if (allInUnit) return rowsSumToOne ? "distribution" : "soft";
        return "continuous";
    }

    /** Median, robust scale and outlier count of a set of values. */
    private record Robust(double median, double scale, long outliers) {
        static Robust of(double[] v) {
            if (v.length == 0) return new Robust(0, 0, 0);
            Arrays.sort(v);
            double median = median(v);
            double[] dev = new double[v.length];
            double absDevSum = 0;
            for (int i = 0; i < v.length; i++) {
                dev[i] = Math.abs(v[i] - median);
                absDevSum += dev[i];
            }
            Arrays.sort(dev);
            double scale = 1.4826 * median(dev);
            // MAD is 0 when over half the values are equal; fall back to the mean absolute deviation
            if (scale == 0) scale = 1.2533 * absDevSum / v.length;
            long outliers = 0;
            if (scale > 0) for (double d : dev) if (d / scale > OUTLIER_Z) outliers++;
            return new Robust(median, scale, outliers);
        }

        private static double median(double[] sorted) {
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }
    }
}
