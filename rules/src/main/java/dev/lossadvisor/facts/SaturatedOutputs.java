package dev.lossadvisor.facts;

/**
 * Sample outputs that are exactly 0 or 1 in float32, read against their labels.
 *
 * @param saturated all such outputs
 * @param wrong     those on the wrong side of their label: 0 where the label is positive, 1 where it is not
 */
public record SaturatedOutputs(long saturated, long wrong) {
    // written out (see package-info)
    @Override
    public boolean equals(Object o) {
        return o instanceof SaturatedOutputs f && saturated == f.saturated && wrong == f.wrong;
    }

    @Override
    public int hashCode() {
        int h = Long.hashCode(saturated);
        h = 31 * h + Long.hashCode(wrong);
        return h;
    }
}
