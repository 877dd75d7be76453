package dev.lossadvisor.engine.inspect;

import dev.lossadvisor.facts.OutputStats;

/** Streaming statistics over final-layer outputs: range, non-finite values, float32 saturation, softmax-like rows. */
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
    private boolean rowInUnit = true;

    @Override
    public void accept(double v) {
        values++;
        rowWidth++;
        if (!Double.isFinite(v)) {
            nonFinite++;
            rowInUnit = false;
            return;
        }
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
        rowWidth = 0;
        rowSum = 0;
        rowInUnit = true;
    }

    public OutputStats stats() {
        boolean any = values > nonFinite;
        return new OutputStats(rows, width, values, any ? min : Double.NaN, any ? max : Double.NaN, nonFinite,
                saturated, outsideUnit, rowsSummingToOne, positive);
    }
}
