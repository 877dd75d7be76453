package dev.lossadvisor.facts;

import java.util.Objects;

/**
 * A metric the model was compiled with, as written (accuracy, binary_accuracy, AUC, mae, ...).
 * The rules judge what kind of task a metric implies.
 */
public record Metric(String name) {
    // written out (see package-info)
    @Override
    public boolean equals(Object o) {
        return o instanceof Metric f && Objects.equals(name, f.name);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(name);
    }
}
