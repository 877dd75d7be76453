package dev.lossadvisor.facts;

import java.util.Objects;

/**
 * A loss name the catalog does not know for the framework: a custom loss, a typo, or one Loss Advisor lacks.
 * No LossConfig is inserted for it, so the rules that judge the loss stay silent instead of guessing.
 *
 * @param nearest the closest known names, comma-separated, or empty
 */
public record UnknownLoss(String name, String framework, String nearest) {
    // written out (see package-info)
    @Override
    public boolean equals(Object o) {
        return o instanceof UnknownLoss f && Objects.equals(name, f.name) && Objects.equals(framework, f.framework)
                && Objects.equals(nearest, f.nearest);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(name);
        h = 31 * h + Objects.hashCode(framework);
        h = 31 * h + Objects.hashCode(nearest);
        return h;
    }
}
