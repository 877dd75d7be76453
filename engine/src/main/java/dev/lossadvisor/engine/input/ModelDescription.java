package dev.lossadvisor.engine.input;

import java.util.List;

/**
 * A model description as read from JSON, after validation and normalisation. Sample data, when given,
 * has already been inspected in the same pass that read it.
 *
 * @param task    normalised task kind, or null
 * @param labels  declared label format and classes, or null
 * @param samples sample outputs and labels with their statistics, or null
 * @param suppressions rules silenced for this description (rule as written: code or name)
 */
public record ModelDescription(String name, String framework, String task, OutputSpec output, LossSpec loss,
                               LabelSpec labels, Samples samples, List<Suppression> suppressions) {

    /** A rule this description silences, and why; the reason is required. */
    public record Suppression(String rule, String reason) {}

    /** The final layer. */
    public record OutputSpec(int units, String activation) {}

    /**
     * The loss as written, with its options.
     *
     * @param fromLogits null when not given
     * @param epsilon    null when not given
     */
    public record LossSpec(String name, Boolean fromLogits, double labelSmoothing, Double gamma, Double alpha,
                           boolean classWeighted, Double epsilon) {}

    /** Declared label format (binary, float, one_hot, integer, multi_hot, signed, continuous) and classes (0 = unknown). */
    public record LabelSpec(String format, int numClasses) {}
}
