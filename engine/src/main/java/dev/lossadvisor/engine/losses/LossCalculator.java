package dev.lossadvisor.engine.losses;

import dev.lossadvisor.engine.input.SampleMatrix;
import dev.lossadvisor.facts.LossConfig;
import dev.lossadvisor.facts.Recommendation;
import java.util.function.DoubleBinaryOperator;

/**
 * Computes losses on sample outputs and labels: the configured loss as its framework would compute it
 * (clipping and all, so NaN shows where the configuration produces NaN), and the recommended loss from logits.
 */
public final class LossCalculator {
    private static final double LOGIT_CLAMP = 1e-7;

    private LossCalculator() {}

    /** The configured loss on the samples, emulating the framework's own computation. */
    public static LossValue configured(String framework, LossConfig loss, SampleMatrix out, SampleMatrix lab) {
        String label = loss.name() + " (" + loss.input().replace('_', '-') + " in)";
        double eps = loss.epsilon() != null ? loss.epsilon() : LossMath.KERAS_EPSILON;
        double gamma = loss.gamma() != null ? loss.gamma() : 2.0;
        double smoothing = loss.labelSmoothing();
        String labelProblem = labelShape(loss, out, lab);
        if (labelProblem != null) return LossValue.notComputable(label, labelProblem);
        return switch (loss.kind() + "/" + loss.input()) {
            case "bce/probabilities", "multilabel_soft_margin/probabilities" -> framework.equals("pytorch") && loss.epsilon() == null
                    ? torchBce(label, out, lab)
                    : elementwise(label, out, lab, (p, y) -> LossMath.bceProbability(p, smooth(y, smoothing), eps));
            case "bce/logits", "multilabel_soft_margin/logits" -> elementwise(label, out, lab, (x, y) -> LossMath.bceLogit(x, smooth(y, smoothing)));
            case "binary_focal/probabilities" -> elementwise(label, out, lab, (p, y) -> LossMath.focalProbability(p, y, gamma, null, eps));
            case "binary_focal/logits" -> elementwise(label, out, lab, (x, y) -> LossMath.focalLogit(x, y, gamma, null));
            case "cce/probabilities", "sparse_cce/probabilities" -> categorical(label, out, lab, smoothing, probabilities(eps, 0));
            case "categorical_focal/probabilities" -> categorical(label, out, lab, smoothing, probabilities(eps, gamma));
            case "cce/logits", "sparse_cce/logits" -> categorical(label, out, lab, smoothing, LossCalculator::logits);
            case "nll/log_probabilities", "sparse_cce/log_probabilities" -> categorical(label, out, lab, 0, LossCalculator::logProbabilities);
            case "kl_divergence/probabilities" -> klProbabilities(label, out, lab, eps);
            case "mse/values" -> elementwise(label, out, lab, LossMath::squared);
            case "mae/values" -> elementwise(label, out, lab, LossMath::absolute);
            case "huber/values" -> elementwise(label, out, lab, LossMath::huber);
            case "log_cosh/values" -> elementwise(label, out, lab, LossMath::logCosh);
            case "msle/values" -> elementwise(label, out, lab, LossMath::squaredLog);
            case "hinge/values" -> elementwise(label, out, lab, (s, y) -> LossMath.hinge(s, signed(y, loss)));
            case "squared_hinge/values" -> elementwise(label, out, lab, (s, y) -> LossMath.squaredHinge(s, signed(y, loss)));
            case "hinge_embedding/values" -> elementwise(label, out, lab, LossMath::hingeEmbedding);
            case "soft_margin/logits" -> elementwise(label, out, lab, LossMath::softMargin);
            case "poisson/rates" -> elementwise(label, out, lab, LossMath::poissonRate);
            case "poisson/log_rates" -> elementwise(label, out, lab, LossMath::poissonLogRate);
            default -> LossValue.notComputable(label, "no reference computation for " + loss.kind() + " on " + loss.input());
        };
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
            case "cce", "sparse_cce" -> categorical(label, mapped(out, toLogit), lab, 0, LossCalculator::logits);
            case "mse" -> elementwise(rec.loss(), out, lab, LossMath::squared);
            case "huber" -> elementwise(rec.loss(), out, lab, LossMath::huber);
            case "hinge" -> elementwise(rec.loss(), out, lab, (s, y) -> LossMath.hinge(s, y == 0 ? -1 : y));
            case "poisson" -> elementwise(rec.loss(), out, lab, LossMath::poissonRate);
            default -> LossValue.notComputable(rec.loss(), "no reference computation for " + rec.lossKind());
        };
    }

    /** Why these labels cannot go into this loss as the framework would take them, or null when they can. */
    private static String labelShape(LossConfig loss, SampleMatrix out, SampleMatrix lab) {
        if (loss.labels().equals("one_hot") && lab.width() != out.width()) {
            return loss.name() + " needs one-hot label rows of " + out.width() + " values; the labels have " + lab.width();
        }
        if (loss.labels().equals("integer") && lab.width() != 1) {
            return loss.name() + " needs one class index per row; the labels have " + lab.width() + " values per row";
        }
        return null;
    }

    private static double smooth(double y, double smoothing) {
        return y * (1 - smoothing) + 0.5 * smoothing;
    }

    /** Keras hinge maps 0/1 labels to -1/+1 itself; other frameworks take labels as they are. */
    private static double signed(double y, LossConfig loss) {
        return loss.labels().equals("signed_or_binary") && y == 0 ? -1 : y;
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

    private static LossValue torchBce(String label, SampleMatrix out, SampleMatrix lab) {
        for (int r = 0; r < out.rows(); r++) {
            for (int c = 0; c < out.width(); c++) {
                double p = out.get(r, c);
                if (!(p >= 0 && p <= 1)) {
                    return LossValue.notComputable(label, "PyTorch raises 'all elements of input should be between 0 and 1': output "
                            + p + " at row " + r);
                }
            }
        }
        return elementwise(label, out, lab, LossMath::bceTorch);
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

    private static double[] smoothed(double[] t, double smoothing) {
        if (smoothing > 0) for (int c = 0; c < t.length; c++) t[c] = t[c] * (1 - smoothing) + smoothing / t.length;
        return t;
    }

    /** One row's contribution to a categorical loss, given its target distribution. */
    private interface RowLoss {
        double of(SampleMatrix out, int row, double[] target);
    }

    /** Mean over rows of a categorical loss; labels are class indices or rows as wide as the outputs. */
    private static LossValue categorical(String label, SampleMatrix out, SampleMatrix lab, double smoothing, RowLoss loss) {
        String problem = categoricalShapeProblem(out, lab);
        if (problem != null) return LossValue.notComputable(label, problem);
        double sum = 0;
        for (int r = 0; r < out.rows(); r++) sum += loss.of(out, r, smoothed(target(lab, r, out.width()), smoothing));
        return LossValue.of(label, sum / out.rows());
    }

    /** Keras on probabilities: the row renormalised, clipped, then -sum(y (1 - p)^gamma log p). */
    private static RowLoss probabilities(double eps, double gamma) {
        return (out, r, t) -> {
            double rowSum = 0;
            for (int c = 0; c < t.length; c++) rowSum += out.get(r, c);
            double loss = 0;
            for (int c = 0; c < t.length; c++) {
                if (t[c] == 0) continue;
                double p = out.get(r, c) / rowSum;
                double q = eps > 0 ? Math.min(Math.max(p, eps), 1 - eps) : p;
                loss += -t[c] * Math.pow(1 - q, gamma) * Math.log(q);
            }
            return loss;
        };
    }

    /** From logits: logsumexp(x) - sum(y x). */
    private static double logits(SampleMatrix out, int r, double[] t) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < t.length; c++) max = Math.max(max, out.get(r, c));
        double se = 0;
        for (int c = 0; c < t.length; c++) se += Math.exp(out.get(r, c) - max);
        double lse = max + Math.log(se);
        double loss = 0;
        for (int c = 0; c < t.length; c++) if (t[c] != 0) loss += t[c] * (lse - out.get(r, c));
        return loss;
    }

    /** NLL: -sum(y x), taking x to be log-probabilities, whatever they really are. */
    private static double logProbabilities(SampleMatrix out, int r, double[] t) {
        double loss = 0;
        for (int c = 0; c < t.length; c++) if (t[c] != 0) loss += -t[c] * out.get(r, c);
        return loss;
    }

    /** Keras KL divergence: sum(y log(y / p)) with both clipped to [eps, 1]. */
    private static LossValue klProbabilities(String label, SampleMatrix out, SampleMatrix lab, double eps) {
        if (out.width() != lab.width()) {
            return LossValue.notComputable(label, "outputs have " + out.width() + " values per row, labels " + lab.width());
        }
        double sum = 0;
        for (int r = 0; r < out.rows(); r++) {
            for (int c = 0; c < out.width(); c++) {
                double y = Math.min(Math.max(lab.get(r, c), eps), 1);
                double p = Math.min(Math.max(out.get(r, c), eps), 1);
                sum += y * Math.log(y / p);
            }
        }
        return LossValue.of(label, sum / out.rows());
    }
}
