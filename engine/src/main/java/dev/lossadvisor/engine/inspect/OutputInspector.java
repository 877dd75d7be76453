package dev.lossadvisor.engine.inspect;

import dev.lossadvisor.engine.samples.ValueSink;
import dev.lossadvisor.facts.OutputStats;

/**
 * Streaming statistics over final-layer outputs: range, non-finite values, float32 saturation, softmax-like rows and
 * columns, and whether every row is the same. Memory is a few arrays as wide as one row.
 */
public final class OutputInspector implements ValueSink {
    private static final double ROW_SUM_TOLERANCE = 5e-3; // softmax rows printed to 3 decimals sum to 1 only within a few 1e-3

    private long rows;
    private int width;
    private int rowWidth;
    private long values;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private long nonFinite;
    private long saturated;
    private long outsideUnit;
    private long positive;
    private long rowsSummingToOne;
    private double rowSum;
    private double rowExpSum;
    private boolean rowInUnit = true;
    private boolean rowNonPositive = true;
    private long rowsLogNormalised;
    private double[] columnSums = new double[0];
    private double[] columnExpSums = new double[0];
    private double[] firstRow = new double[0];
    private boolean identical = true;

    @Override
    public void accept(double v) {
        values++;
        if (rowWidth >= columnSums.length) grow(rowWidth + 1);
        if (rows == 0) firstRow[rowWidth] = v;
        else if (Double.compare(firstRow[rowWidth], v) != 0) identical = false;
        columnSums[rowWidth] += v;
        columnExpSums[rowWidth] += Math.exp(v);
        rowWidth++;
        if (!Double.isFinite(v)) {
            nonFinite++;
            rowInUnit = false;
            rowNonPositive = false;
            return;
        }
        if (v > 0) rowNonPositive = false;
        rowExpSum += Math.exp(v);
        min = Math.min(min, v);
        max = Math.max(max, v);
        if (v > 0) positive++;
        if (v < 0 || v > 1) {
            outsideUnit++;
            rowInUnit = false;
        }
        float f = (float) v;
        if (f == 0f || f == 1f) saturated++;
        rowSum += v;
    }

    @Override
    public void endRow() {
        rows++;
        width = rowWidth;
        if (rowInUnit && Math.abs(rowSum - 1) <= ROW_SUM_TOLERANCE) rowsSummingToOne++;
        if (rowNonPositive && Math.abs(rowExpSum - 1) <= ROW_SUM_TOLERANCE) rowsLogNormalised++;
        rowWidth = 0;
        rowSum = 0;
        rowExpSum = 0;
        rowInUnit = true;
        rowNonPositive = true;
    }

    private void grow(int n) {
        columnSums = java.util.Arrays.copyOf(columnSums, n);
        columnExpSums = java.util.Arrays.copyOf(columnExpSums, n);
        firstRow = java.util.Arrays.copyOf(firstRow, n);
    }

    private int columnsNear1(double[] sums) {
        int n = 0;
        for (int c = 0; c < Math.min(width, sums.length); c++) if (Math.abs(sums[c] - 1) <= ROW_SUM_TOLERANCE) n++;
        return n;
    }

    public OutputStats stats() {
        boolean any = values > nonFinite;
        return new OutputStats(rows, width, values, any ? min : Double.NaN, any ? max : Double.NaN, nonFinite,
                saturated, outsideUnit, rowsSummingToOne, positive, rowsLogNormalised,
                outsideUnit == 0 && nonFinite == 0 ? columnsNear1(columnSums) : 0, columnsNear1(columnExpSums), rows >= 2 && identical);
    }
}
