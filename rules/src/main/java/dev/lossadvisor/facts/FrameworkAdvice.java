package dev.lossadvisor.facts;

/**
 * How one recipe is written in one framework. Text may hold placeholders ({units}, {pos_weight}, {alpha})
 * that the engine fills from the request.
 *
 * @param loss    the exact loss constructor with its arguments
 * @param layer   the final layer as written in that framework
 * @param labels  the label format that loss wants in that framework
 * @param snippet a short, complete usage example
 */
public record FrameworkAdvice(String recipe, String framework, String loss, String layer, String labels, String snippet) {

    /** Filled column by column by the decision table's actions. */
    public static final class Builder {
        private final String recipe;
        private final String framework;
        private String loss;
        private String layer;
        private String labels;

        public Builder(String recipe, String framework) {
            this.recipe = recipe;
            this.framework = framework;
        }

        public Builder loss(String v) { loss = v; return this; }
        public Builder layer(String v) { layer = v; return this; }
        public Builder labels(String v) { labels = v; return this; }

        public FrameworkAdvice snippet(String snippet) {
            return new FrameworkAdvice(recipe, framework, loss, layer, labels, snippet);
        }
    }
}
