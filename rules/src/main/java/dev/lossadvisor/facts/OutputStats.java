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
                          long rowsLogNormalised, int columnsSummingToOne, int columnsLogNormalised, boolean identicalRows) {}
