package dev.lossadvisor.engine.catalog;

/**
 * One spelling of a loss in the catalog.
 *
 * @param whenLogitsTrue  input when from_logits=true, or null when the loss has no such option
 * @param whenLogitsFalse input when from_logits=false, or null when the loss has no such option
 * @param logWhenProbabilities true if the loss takes log of its input whenever that input is probabilities
 */
public record LossEntry(String framework, String name, String kind, String family, String input,
                        String whenLogitsTrue, String whenLogitsFalse, String labels, boolean logWhenProbabilities,
                        java.util.Set<String> options) {

    public boolean hasFromLogitsOption() {
        return whenLogitsTrue != null;
    }

    /** True when the framework's loss takes this option. */
    public boolean takes(String option) {
        return option.equals("from_logits") ? hasFromLogitsOption() : options.contains(option);
    }
}
