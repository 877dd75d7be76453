package dev.lossadvisor.facts;

/**
 * What one pass over the sample outputs found.
 *
 * @param width               values per row
 * @param nonFinite           NaN or infinite values
 * @param saturated           values that are exactly 0 or 1 once rounded to float32
 * @param outsideUnit         finite values outside [0, 1]
 * @param rowsSummingToOne    rows whose values are in [0, 1] and sum to 1 within 5e-3
 * @param positive            values strictly greater than 0
 * @param rowsLogNormalised   rows of values at most 0 whose exponentials sum to 1 within 5e-3 (log-softmax rows)
 * @param columnsSummingToOne columns whose values sum to 1 within 5e-3 (a softmax over the batch axis)
 * @param columnsLogNormalised columns whose exponentials sum to 1 within 5e-3 (a log-softmax over the batch axis)
 * @param identicalRows       true when there are at least two rows and every row equals the first
 */
public record OutputStats(long rows, int width, long values, double min, double max, long nonFinite,
                          long saturated, long outsideUnit, long rowsSummingToOne, long positive,
                          long rowsLogNormalised, int columnsSummingToOne, int columnsLogNormalised, boolean identicalRows) {
    // written out (see package-info)
    @Override
    public boolean equals(Object o) {
        return o instanceof OutputStats f && rows == f.rows && width == f.width && values == f.values
                && Double.compare(min, f.min) == 0 && Double.compare(max, f.max) == 0 && nonFinite == f.nonFinite
                && saturated == f.saturated && outsideUnit == f.outsideUnit
                && rowsSummingToOne == f.rowsSummingToOne && positive == f.positive
                && rowsLogNormalised == f.rowsLogNormalised && columnsSummingToOne == f.columnsSummingToOne
                && columnsLogNormalised == f.columnsLogNormalised && identicalRows == f.identicalRows;
    }

    @Override
    public int hashCode() {
        int h = Long.hashCode(rows);
        h = 31 * h + width;
        h = 31 * h + Long.hashCode(values);
        h = 31 * h + Double.hashCode(min);
        h = 31 * h + Double.hashCode(max);
        h = 31 * h + Long.hashCode(nonFinite);
        h = 31 * h + Long.hashCode(saturated);
        h = 31 * h + Long.hashCode(outsideUnit);
        h = 31 * h + Long.hashCode(rowsSummingToOne);
        h = 31 * h + Long.hashCode(positive);
        h = 31 * h + Long.hashCode(rowsLogNormalised);
        h = 31 * h + columnsSummingToOne;
        h = 31 * h + columnsLogNormalised;
        h = 31 * h + Boolean.hashCode(identicalRows);
        return h;
    }
}
