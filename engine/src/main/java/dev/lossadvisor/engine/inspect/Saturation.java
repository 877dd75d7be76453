package dev.lossadvisor.engine.inspect;

import dev.lossadvisor.engine.samples.SampleMatrix;
import dev.lossadvisor.facts.SaturatedOutputs;

/**
 * Which saturated outputs are confidently wrong. A softmax that says 1.0 for the right class is a well-trained model;
 * one that says 0.0 for the true class is stuck where a clipped probability loss has no gradient.
 */
public final class Saturation {
    private Saturation() {}

    /** Null when labels and outputs cannot be paired: a different row count, or widths that are neither equal nor indices. */
    public static SaturatedOutputs of(SampleMatrix out, SampleMatrix lab) {
        if (out.rows() != lab.rows() || (lab.width() != out.width() && lab.width() != 1)) return null;
        boolean indices = lab.width() != out.width();
        long saturated = 0;
        long wrong = 0;
        for (int r = 0; r < out.rows(); r++) {
            for (int c = 0; c < out.width(); c++) {
                float p = (float) out.get(r, c);
                if (p != 0f && p != 1f) continue;
                saturated++;
                double y = indices ? (lab.get(r, 0) == c ? 1 : 0) : lab.get(r, c);
                if ((p == 0f && y > 0) || (p == 1f && y < 1)) wrong++;
            }
        }
        return new SaturatedOutputs(saturated, wrong);
    }
}
