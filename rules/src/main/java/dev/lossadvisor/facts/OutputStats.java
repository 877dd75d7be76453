package dev.lossadvisor.facts;

/**
 * What one pass over the sample outputs found.
 *
 * @param width            values per row
 * @param nonFinite        NaN or infinite values
 * @param saturated        values that are exactly 0 or 1 once rounded to float32
 * @param outsideUnit      finite values outside [0, 1]
 * @param rowsSummingToOne rows whose values are in [0, 1] and sum to 1 within 5e-3
 * @param positive         values strictly greater than 0
 */
public record OutputStats(long rows, int width, long values, double min, double max, long nonFinite,
                          long saturated, long outsideUnit, long rowsSummingToOne, long positive) {}
