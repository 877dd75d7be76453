package dev.lossadvisor.facts;

import java.util.Objects;

/**
 * What the description says about the model as a whole.
 *
 * @param task        declared task kind, or null when not given
 * @param labelFormat declared label format (binary, float, one_hot, integer, multi_hot, signed, continuous), or null
 * @param numClasses  declared number of classes, 0 when unknown
 */
public record ModelInfo(String name, String framework, String task, String labelFormat, int numClasses) {
    // written out (see package-info)
    @Override
    public boolean equals(Object o) {
        return o instanceof ModelInfo f && Objects.equals(name, f.name) && Objects.equals(framework, f.framework)
                && Objects.equals(task, f.task) && Objects.equals(labelFormat, f.labelFormat)
                && numClasses == f.numClasses;
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(name);
        h = 31 * h + Objects.hashCode(framework);
        h = 31 * h + Objects.hashCode(task);
        h = 31 * h + Objects.hashCode(labelFormat);
        h = 31 * h + numClasses;
        return h;
    }
}
