package dev.lossadvisor.facts;

/**
 * Framework-neutral advice for a task, one row of the recommendation table.
 *
 * @param recipe       key into the per-framework table
 * @param lossKind     canonical kind used to compute the recommended loss on samples (input is always logits)
 * @param units        output units as an expression: 1, K, K-1, 4+K
 * @param alternatives other defensible choices and when to take them
 */
public record Recommendation(String task, String recipe, String loss, String lossKind, String activation,
                             String labelFormat, String units, String rationale, String alternatives) {

    /** Filled column by column by the decision table's actions. */
    public static final class Builder {
        private final String task;
        private final String recipe;
        private String loss;
        private String lossKind;
        private String activation;
        private String labelFormat;
        private String units;
        private String rationale;

        public Builder(String task, String recipe) {
            this.task = task;
            this.recipe = recipe;
        }

        public Builder loss(String v) { loss = v; return this; }
        public Builder lossKind(String v) { lossKind = v; return this; }
        public Builder activation(String v) { activation = v; return this; }
        public Builder labelFormat(String v) { labelFormat = v; return this; }
        public Builder units(String v) { units = v; return this; }
        public Builder rationale(String v) { rationale = v; return this; }

        public Recommendation alternatives(String alternatives) {
            return new Recommendation(task, recipe, loss, lossKind, activation, labelFormat, units, rationale, alternatives);
        }
    }
}
