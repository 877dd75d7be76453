package dev.lossadvisor.engine.losses;

import dev.lossadvisor.engine.samples.SampleMatrix;
import dev.lossadvisor.engine.input.LossOptions;
import dev.lossadvisor.facts.LossConfig;
import dev.lossadvisor.facts.UnsupportedOption;
import java.util.List;
import dev.lossadvisor.facts.Recommendation;
import java.util.function.DoubleBinaryOperator;

/**
 * Computes losses on sample outputs and labels: the configured loss as its framework would compute it
 * (clipping and all, so NaN shows where the configuration produces NaN), and the recommended loss from logits.
 */
public final class LossCalculator {
    private static final double LOGIT_CLAMP = 1e-7;

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
                case "pytorch" -> TorchLosses.compute(loss, options, out, lab);
                case "keras" -> KerasLosses.compute(loss, options, out, lab);
                default -> DjlLosses.compute(loss, options, out, lab);
            };
        } catch (Refusal r) {
            return LossValue.notComputable(label, r.getMessage());
        }
    }

    /**
     * The recommended loss on the same predictions. Outputs are first turned into logits according to
     * what they are (outputForm), since every recommended cross-entropy is computed from logits.
     */
    public static LossValue recommended(Recommendation rec, String outputForm, SampleMatrix out, SampleMatrix lab) {
        String label = rec.loss() + " (from logits)";
        DoubleBinaryOperator toLogit = switch (outputForm == null ? "scores" : outputForm) {
            case "probabilities" -> (p, unused) -> logit(p);
            case "distribution" -> (p, unused) -> Math.log(clamp(p));
            default -> (x, unused) -> x;
        };
        return switch (rec.lossKind()) {
            case "bce" -> elementwise(label, out, lab, (v, y) -> LossMath.bceLogit(toLogit.applyAsDouble(v, 0), y));
            case "binary_focal" -> elementwise(label, out, lab, (v, y) -> LossMath.focalLogit(toLogit.applyAsDouble(v, 0), y, 2.0, null));
            case "cce", "sparse_cce" -> categorical(label, mapped(out, toLogit), lab);
            case "mse" -> elementwise(rec.loss(), out, lab, LossMath::squared);
            case "huber" -> elementwise(rec.loss(), out, lab, LossMath::huber);
            case "hinge" -> elementwise(rec.loss(), out, lab, (s, y) -> LossMath.hinge(s, y == 0 ? -1 : y));
            case "poisson" -> elementwise(rec.loss(), out, lab, LossMath::poissonRate);
            default -> LossValue.notComputable(rec.loss(), "no reference computation for " + rec.lossKind());
        };
    }

    private static double logit(double p) {
        double q = Math.min(Math.max(p, LOGIT_CLAMP), 1 - LOGIT_CLAMP);
        return Math.log(q) - Math.log1p(-q);
    }

    private static double clamp(double p) {
        return Math.max(p, LOGIT_CLAMP);
    }

    private static SampleMatrix mapped(SampleMatrix m, DoubleBinaryOperator f) {
        double[][] rows = new double[m.rows()][m.width()];
        for (int r = 0; r < m.rows(); r++) for (int c = 0; c < m.width(); c++) rows[r][c] = f.applyAsDouble(m.get(r, c), 0);
        return SampleMatrix.of(rows);
    }

    /** Mean of f over matching elements; outputs and labels must have the same shape. */
    private static LossValue elementwise(String label, SampleMatrix out, SampleMatrix lab, DoubleBinaryOperator f) {
        if (out.width() != lab.width()) {
            return LossValue.notComputable(label, "outputs have " + out.width() + " values per row, labels " + lab.width());
        }
        double sum = 0;
        for (int r = 0; r < out.rows(); r++) for (int c = 0; c < out.width(); c++) sum += f.applyAsDouble(out.get(r, c), lab.get(r, c));
        return LossValue.of(label, sum / ((double) out.rows() * out.width()));
    }

    /** Label row r as a distribution over k classes: a one-hot or soft row as is, a class index expanded. */
    private static double[] target(SampleMatrix lab, int r, int k) {
        double[] t = new double[k];
        if (lab.width() == k && k > 1) {
            for (int c = 0; c < k; c++) t[c] = lab.get(r, c);
        } else {
            t[(int) lab.get(r, 0)] = 1;
        }
        return t;
    }

    private static String categoricalShapeProblem(SampleMatrix out, SampleMatrix lab) {
        int k = out.width();
        if (k < 2) return "a categorical loss needs at least 2 outputs per row";
        if (lab.width() == k) return null;
        if (lab.width() != 1) return "labels have " + lab.width() + " values per row for " + k + " outputs";
        for (int r = 0; r < lab.rows(); r++) {
            double y = lab.get(r, 0);
            if (y != Math.rint(y) || y < 0 || y >= k) return "label " + y + " at row " + r + " is not a class index in 0.." + (k - 1);
        }
        return null;
    }

    /** Mean over rows of cross-entropy from logits, -sum(y log_softmax(x)); labels are class indices or rows as wide as the outputs. */
    private static LossValue categorical(String label, SampleMatrix out, SampleMatrix lab) {
        String problem = categoricalShapeProblem(out, lab);
        if (problem != null) return LossValue.notComputable(label, problem);
        double sum = 0;
        for (int r = 0; r < out.rows(); r++) {
            double[] t = target(lab, r, out.width());
            double[] logp = LossMath.logSoftmax(out, r);
            double row = 0;
            for (int c = 0; c < t.length; c++) if (t[c] != 0) row -= t[c] * logp[c];
            sum += row;
        }
        return LossValue.of(label, sum / out.rows());
    }
}
