package dev.lossadvisor.facts;

import java.util.Objects;

/**
 * An option given to a loss that the framework's loss does not take (label_smoothing on BCELoss, delta on
 * SmoothL1Loss): the framework raises a TypeError, so the option never does what was meant.
 *
 * @param accepted the options this loss does take, comma-separated
 * @param nearest  the accepted option closest to the one written, or empty
 */
public record UnsupportedOption(String loss, String framework, String option, String accepted, String nearest) {
    // written out (see package-info)
    @Override
    public boolean equals(Object o) {
        return o instanceof UnsupportedOption f && Objects.equals(loss, f.loss) && Objects.equals(framework, f.framework)
                && Objects.equals(option, f.option) && Objects.equals(accepted, f.accepted)
                && Objects.equals(nearest, f.nearest);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(loss);
        h = 31 * h + Objects.hashCode(framework);
        h = 31 * h + Objects.hashCode(option);
        h = 31 * h + Objects.hashCode(accepted);
        h = 31 * h + Objects.hashCode(nearest);
        return h;
    }
}
