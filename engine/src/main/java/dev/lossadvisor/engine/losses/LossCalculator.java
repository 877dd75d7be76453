package dev.lossadvisor.engine.losses;

import dev.lossadvisor.engine.catalog.LossCatalog;
import dev.lossadvisor.engine.input.LossOptions;
import dev.lossadvisor.engine.input.ModelDescription.LossSpec;
import dev.lossadvisor.engine.samples.SampleMatrix;
import dev.lossadvisor.facts.LossConfig;
import dev.lossadvisor.facts.Recommendation;
import dev.lossadvisor.facts.UnsupportedOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;

/**
 * Computes losses on sample outputs and labels: the configured loss as its framework would compute it
 * (clipping and all, so NaN shows where the configuration produces NaN), and the recommended loss from logits, both
 * through the per-framework calculators. Those have one shape: compute(label, loss, options, outputs, labels) runs a
 * formula per loss into per-element (per-row, per-slice) values and ends with the one {@link Reduction} step, or throws
 * a {@link Refusal} saying what the framework raises.
 */
public final class LossCalculator {
    private static final double LOGIT_CLAMP = 1e-7;
    /** The Keras loss that computes each recommended kind. */
    private static final Map<String, String> KERAS = Map.of("bce", "binary_crossentropy", "binary_focal", "binary_focal_crossentropy",
            "cce", "categorical_crossentropy", "sparse_cce", "sparse_categorical_crossentropy", "mse", "mean_squared_error",
            "huber", "huber", "hinge", "hinge", "poisson", "poisson");
    private static final Set<String> FROM_LOGITS = Set.of("bce", "binary_focal", "cce", "sparse_cce");

    private LossCalculator() {}

    /**
     * The configured loss on the samples as its framework computes it, options and all. Not computable (with what the
     * framework raises) when the framework would refuse: an option the loss does not take, labels it rejects.
     *
     * @param lab the labels; null only for a loss that takes none (TripletMarginLoss)
     */
    public static LossValue configured(String framework, LossConfig loss, LossOptions options, List<UnsupportedOption> unsupported,
                                       SampleMatrix out, SampleMatrix lab) {
        String label = loss.name() + " (" + loss.input().replace('_', '-') + " in)";
        if (!unsupported.isEmpty()) {
            UnsupportedOption u = unsupported.get(0);
            return LossValue.notComputable(label, "the framework rejects " + u.loss() + "(" + u.option() + "=...): it is not an option of this loss");
        }
        try {
            return switch (framework) {
                case "pytorch" -> TorchLosses.compute(label, loss, options, out, lab);
                case "keras" -> KerasLosses.compute(label, loss, options, out, lab);
                default -> DjlLosses.compute(label, loss, options, out, lab);
            };
        } catch (Refusal r) {
            return LossValue.notComputable(label, r.getMessage());
        }
    }

    /**
     * The recommended loss on the same predictions, through Keras's formulas: Keras names every kind the recommendation
     * table uses, and its from-logits forms give the values of the PyTorch and DJL losses the snippets write
     * (BCEWithLogitsLoss, CrossEntropyLoss, MSELoss, HuberLoss). Outputs are first turned into logits according to
     * what they are (outputForm), since every recommended cross-entropy is computed from logits.
     */
    public static LossValue recommended(Recommendation rec, String outputForm, LossCatalog catalog, SampleMatrix out, SampleMatrix lab) {
        String name = KERAS.get(rec.lossKind());
        if (name == null) return LossValue.notComputable(rec.loss(), "no reference computation for " + rec.lossKind());
        boolean fromLogits = FROM_LOGITS.contains(rec.lossKind());
        // a categorical cross-entropy takes the labels as they are: rows as wide as the outputs, or class indices
        if (name.endsWith("categorical_crossentropy")) {
            name = lab.width() == out.width() && out.width() > 1 ? "categorical_crossentropy" : "sparse_categorical_crossentropy";
        }
        LossSpec spec = new LossSpec(name, fromLogits ? LossOptions.NONE.with("from_logits", true) : LossOptions.NONE);
        String label = fromLogits ? rec.loss() + " (from logits)" : rec.loss();
        try {
            return KerasLosses.compute(label, catalog.resolve("keras", spec), spec.options(), fromLogits ? logits(out, outputForm) : out, lab);
        } catch (Refusal r) {
            return LossValue.notComputable(label, r.getMessage());
        }
    }

    /** Outputs as logits: probabilities through the logit, a distribution through the log, anything else as it is. */
    private static SampleMatrix logits(SampleMatrix m, String outputForm) {
        DoubleUnaryOperator f = switch (outputForm == null ? "scores" : outputForm) {
            case "probabilities" -> p -> {
                double q = Math.min(Math.max(p, LOGIT_CLAMP), 1 - LOGIT_CLAMP);
                return Math.log(q) - Math.log1p(-q);
            };
            case "distribution" -> p -> Math.log(Math.max(p, LOGIT_CLAMP));
            default -> x -> x;
        };
        double[][] rows = new double[m.rows()][m.width()];
        for (int r = 0; r < m.rows(); r++) for (int c = 0; c < m.width(); c++) rows[r][c] = f.applyAsDouble(m.get(r, c));
        return SampleMatrix.of(rows);
    }
}
