package dev.lossadvisor.engine.losses;

import dev.lossadvisor.engine.input.LossOptions;
import dev.lossadvisor.engine.samples.SampleMatrix;
import dev.lossadvisor.facts.LossConfig;
import java.util.Map;
import java.util.Set;

/**
 * Keras 3's losses as keras/src/losses/losses.py computes them: a formula per loss gives one value per slice along
 * the loss's axis (a row by default, a column for axis 0, the whole batch for Dice and Tversky without an axis), then
 * one reduction step as keras/src/losses/loss.py reduce_weighted_values: fit()'s class_weight and the loss's mask
 * (ignore_class, Circle's positive values) as sample weights, then 'sum_over_batch_size' divides by the values.
 * Checked against real Keras 3.15.1 (tools/golden/keras_losses.py); where its numpy and TensorFlow backends disagree
 * this follows TensorFlow. epsilon is keras.config.epsilon() (1e-7 unless set).
 */
final class KerasLosses {
    private static final Set<String> REDUCTIONS = Set.of("sum_over_batch_size", "mean", "sum", "none", "mean_with_sample_weight");

    private KerasLosses() {}

    /** One slice's loss: labels and outputs along the loss's axis. */
    private interface SliceLoss {
        double of(double[] y, double[] p);
    }

    static LossValue compute(String label, LossConfig c, LossOptions o, SampleMatrix out, SampleMatrix lab) {
        String reduction = o.text("reduction", "sum_over_batch_size");
        if (!REDUCTIONS.contains(reduction)) {
            throw new Refusal("Keras 3 raises ValueError: Invalid value for argument `reduction`: " + reduction
                    + " (it takes sum_over_batch_size, sum, mean, mean_with_sample_weight or none)");
        }
        double eps = o.number("epsilon", LossMath.KERAS_EPSILON);
        boolean logits = c.input().equals("logits");
        double[] values;
        boolean[] mask = null;
        switch (c.kind()) {
            case "sparse_cce" -> {
                mask = new boolean[out.rows()];
                values = sparse(out, lab, logits, eps, o, mask);
            }
            case "generalized_cce" -> values = generalized(out, lab, o);
            case "circle" -> {
                values = circle(out, lab, o);
                mask = new boolean[values.length];
                for (int i = 0; i < values.length; i++) mask[i] = values[i] > 0;
            }
            case "ctc" -> values = new double[] {ctc(out, lab)};
            default -> {
                Integer axis = axis(c, o, out);
                SliceLoss f = sliceLoss(c, o, logits, eps, lab);
                if (axis == null) return LossValue.of(label, f.of(flat(lab, out), flat(out, out)));
                values = slices(out, lab, axis, f);
            }
        }
        double[] weights = classWeights(o, lab, values.length);
        return reduce(label, values, weights, mask, reduction);
    }

    /** The axis the loss reduces over, as 1 (rows) or 0 (columns); null for the whole batch (Dice, Tversky by default). */
    private static Integer axis(LossConfig c, LossOptions o, SampleMatrix out) {
        boolean overlap = c.kind().equals("dice") || c.kind().equals("tversky");
        Double given = o.number("axis");
        if (given == null) return overlap ? null : 1;
        int a = given.intValue();
        if (a < -2 || a > 1) throw new Refusal("Keras raises: axis " + a + " is out of bounds for the 2 dimensions of the samples");
        return a == 1 || a == -1 ? 1 : 0;
    }

    private static SliceLoss sliceLoss(LossConfig c, LossOptions o, boolean logits, double eps, SampleMatrix lab) {
        double smoothing = o.number("label_smoothing", 0);
        return switch (c.kind()) {
            // binary_crossentropy: smooth towards 1/2, then the mean over the axis of the backend's element-wise BCE
            case "bce" -> mean((y, p) -> {
                double t = y * (1 - smoothing) + 0.5 * smoothing;
                return logits ? LossMath.bceLogit(p, t) : LossMath.bceProbability(p, t, eps);
            });
            // binary_focal_crossentropy: bce (from logits when so), the focal factor on the sigmoid; alpha only with balancing
            case "binary_focal" -> {
                double gamma = o.number("gamma", 2);
                double alpha = o.number("alpha", 0.25);
                boolean balancing = o.flag("apply_class_balancing", false);
                yield mean((y, x) -> {
                    double t = y * (1 - smoothing) + 0.5 * smoothing;
                    double p = logits ? 1 / (1 + Math.exp(-x)) : x;
                    double bce = logits ? LossMath.bceLogit(x, t) : LossMath.bceProbability(x, t, eps);
                    double pt = t * p + (1 - t) * (1 - p);
                    double w = balancing ? t * alpha + (1 - t) * (1 - alpha) : 1;
                    return w * Math.pow(1 - pt, gamma) * bce;
                });
            }
            // categorical_crossentropy: renormalise, clip, -sum(y log p); 0 * log 0 stays NaN as in Keras
            case "cce" -> (y, p) -> {
                double[] t = smooth(y, smoothing);
                double[] logq = logits ? LossMath.logSoftmax(p) : map(clip(renormalise(p), eps), Math::log);
                double loss = 0;
                for (int i = 0; i < t.length; i++) loss -= t[i] * logq[i];
                return loss;
            };
            // categorical_focal_crossentropy: softmax when from logits, renormalise, clip, -sum(alpha (1 - p)^gamma y log p)
            case "categorical_focal" -> {
                double gamma = o.number("gamma", 2);
                double alpha = o.number("alpha", 0.25);
                yield (y, p) -> {
                    double[] t = smooth(y, smoothing);
                    double[] q = clip(renormalise(logits ? map(LossMath.logSoftmax(p), Math::exp) : p), eps);
                    double loss = 0;
                    for (int i = 0; i < t.length; i++) loss -= alpha * Math.pow(1 - q[i], gamma) * t[i] * Math.log(q[i]);
                    return loss;
                };
            }
            case "mse" -> mean((y, p) -> (p - y) * (p - y));
            case "mae" -> mean((y, p) -> Math.abs(p - y));
            // mean_absolute_percentage_error: 100 |y - p| / max(|y|, epsilon)
            case "mape" -> mean((y, p) -> 100 * Math.abs((y - p) / Math.max(Math.abs(y), eps)));
            case "huber" -> {
                double delta = o.number("delta", 1);
                yield mean((y, p) -> {
                    double a = Math.abs(p - y);
                    return a <= delta ? 0.5 * a * a : delta * a - 0.5 * delta * delta;
                });
            }
            case "log_cosh" -> mean((y, p) -> LossMath.logCosh(p, y));
            // mean_squared_logarithmic_error: both sides floored at epsilon
            case "msle" -> mean((y, p) -> {
                double d = Math.log(Math.max(p, eps) + 1) - Math.log(Math.max(y, eps) + 1);
                return d * d;
            });
            // hinge / squared_hinge: 0/1 labels become -1/+1 when every label is 0 or 1
            case "hinge" -> {
                boolean binary = zeroOne(lab);
                yield mean((y, p) -> LossMath.hinge(p, binary ? 2 * y - 1 : y));
            }
            case "squared_hinge" -> {
                boolean binary = zeroOne(lab);
                yield mean((y, p) -> LossMath.squaredHinge(p, binary ? 2 * y - 1 : y));
            }
            // categorical_hinge: max(0, max((1 - y) p) - sum(y p) + 1)
            case "categorical_hinge" -> (y, p) -> {
                double pos = 0;
                double neg = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < y.length; i++) {
                    pos += y[i] * p[i];
                    neg = Math.max(neg, (1 - y[i]) * p[i]);
                }
                return Math.max(0, neg - pos + 1);
            };
            // kl_divergence: both clipped to [epsilon, 1], sum(y log(y / p))
            case "kl_divergence" -> (y, p) -> {
                double loss = 0;
                for (int i = 0; i < y.length; i++) {
                    double t = Math.min(Math.max(y[i], eps), 1);
                    double q = Math.min(Math.max(p[i], eps), 1);
                    loss += t * Math.log(t / q);
                }
                return loss;
            };
            case "poisson" -> mean((y, p) -> p - y * Math.log(p + eps));
            // cosine_similarity: -sum(l2_normalize(y) l2_normalize(p)), squared norms floored at 1e-12
            case "cosine_similarity" -> (y, p) -> {
                double ny = Math.sqrt(Math.max(dot(y, y), 1e-12));
                double np = Math.sqrt(Math.max(dot(p, p), 1e-12));
                return -dot(y, p) / (ny * np);
            };
            // dice: 1 - 2 sum(y p) / (sum y + sum p + epsilon)
            case "dice" -> (y, p) -> 1 - 2 * dot(y, p) / (sum(y) + sum(p) + eps);
            // tversky: 1 - TP / (TP + alpha sum(y (1 - p)) + beta sum((1 - y) p) + epsilon), as losses.py names them
            case "tversky" -> {
                double alpha = o.number("alpha", 0.5);
                double beta = o.number("beta", 0.5);
                yield (y, p) -> {
                    double tp = dot(y, p);
                    double missed = 0;
                    double extra = 0;
                    for (int i = 0; i < y.length; i++) {
                        missed += y[i] * (1 - p[i]);
                        extra += (1 - y[i]) * p[i];
                    }
                    return 1 - tp / (tp + alpha * missed + beta * extra + eps);
                };
            }
            default -> throw new Refusal("no reference computation for " + c.name());
        };
    }

    /** The mean along the slice of an element-wise loss, as the losses that reduce their axis with ops.mean. */
    private static SliceLoss mean(java.util.function.DoubleBinaryOperator f) {
        return (y, p) -> {
            double sum = 0;
            for (int i = 0; i < y.length; i++) sum += f.applyAsDouble(y[i], p[i]);
            return sum / y.length;
        };
    }

    /** f over each row (axis 1) or each column (axis 0). */
    private static double[] slices(SampleMatrix out, SampleMatrix lab, int axis, SliceLoss f) {
        Refusal.unlessSameShape(out, lab, "Keras takes this loss's labels in the outputs' shape");
        int n = axis == 1 ? out.rows() : out.width();
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = axis == 1 ? f.of(LossMath.row(lab, i), LossMath.row(out, i)) : f.of(column(lab, i), column(out, i));
        }
        return v;
    }

    private static double[] column(SampleMatrix m, int c) {
        double[] v = new double[m.rows()];
        for (int r = 0; r < v.length; r++) v[r] = m.get(r, c);
        return v;
    }

    private static double[] flat(SampleMatrix m, SampleMatrix out) {
        Refusal.unlessSameShape(out, m, "Keras takes this loss's labels in the outputs' shape");
        double[] v = new double[m.size()];
        for (int r = 0, i = 0; r < m.rows(); r++) for (int c = 0; c < m.width(); c++) v[i++] = m.get(r, c);
        return v;
    }

    /**
     * sparse_categorical_crossentropy as the TensorFlow backend computes it: from probabilities, log(clip(p)) then
     * log-softmax (so the row is renormalised after clipping); ignore_class rows are masked out of the mean.
     */
    private static double[] sparse(SampleMatrix out, SampleMatrix lab, boolean logits, double eps, LossOptions o, boolean[] valid) {
        if (lab == null || lab.width() != 1 || lab.rows() != out.rows()) throw new Refusal("SparseCategoricalCrossentropy takes one class index per row");
        int k = out.width();
        Double ignore = o.number("ignore_class");
        double[] v = new double[out.rows()];
        for (int r = 0; r < out.rows(); r++) {
            double y = lab.get(r, 0);
            valid[r] = ignore == null || y != ignore;
            if (!valid[r]) continue;
            if (y != Math.rint(y) || y < 0 || y >= k) {
                throw new Refusal("Keras raises InvalidArgumentError: Received a label value of " + (long) y + " which is outside the valid range of [0, " + k + ")");
            }
            double[] x = logits ? LossMath.row(out, r) : map(clip(LossMath.row(out, r), eps), Math::log);
            v[r] = -LossMath.logSoftmax(x)[(int) y];
        }
        return v;
    }

    /** categorical_generalized_cross_entropy: (1 - p[y]^q) / q, labels a class index per row (one_hot of another index is 0). */
    private static double[] generalized(SampleMatrix out, SampleMatrix lab, LossOptions o) {
        double q = o.number("q", 0.5);
        if (!(q > 0 && q < 1)) throw new Refusal("Keras raises ValueError: q must be in the interval (0, 1)");
        if (lab == null || lab.width() != 1 || lab.rows() != out.rows()) throw new Refusal("CategoricalGeneralizedCrossEntropy takes one class index per row");
        double[] v = new double[out.rows()];
        for (int r = 0; r < v.length; r++) {
            double y = lab.get(r, 0);
            double p = y == Math.rint(y) && y >= 0 && y < out.width() ? out.get(r, (int) y) : 0;
            v[r] = (1 - Math.pow(p, q)) / q;
        }
        return v;
    }

    /**
     * circle: embeddings a row each, one integer class per row; pairwise cosine distances within the batch, softplus of
     * the log-sum-exp over positives plus over negatives; rows whose loss is not positive are masked.
     */
    private static double[] circle(SampleMatrix out, SampleMatrix lab, LossOptions o) {
        if (lab == null || lab.width() != 1 || lab.rows() != out.rows()) throw new Refusal("Circle takes one integer class per row of embeddings");
        double gamma = o.number("gamma", 80);
        double margin = o.number("margin", 0.4);
        boolean removeDiagonal = o.flag("remove_diagonal", true);
        int n = out.rows();
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double[] pos = new double[n];
            double[] neg = new double[n];
            java.util.Arrays.fill(pos, Double.NEGATIVE_INFINITY);
            java.util.Arrays.fill(neg, Double.NEGATIVE_INFINITY);
            for (int j = 0; j < n; j++) {
                double d = Math.max(1 - dot(LossMath.row(out, i), LossMath.row(out, j)), 0);
                boolean same = (int) lab.get(i, 0) == (int) lab.get(j, 0);
                if (same && !(removeDiagonal && i == j)) pos[j] = -gamma * Math.max(margin + d, 0) * (margin - d);
                if (!same) neg[j] = gamma * Math.max(1 + margin - d, 0) * (1 - margin - d);
            }
            v[i] = LossMath.softplus(LossMath.logSumExp(pos) + LossMath.logSumExp(neg));
        }
        return v;
    }

    /**
     * ctc: outputs are logits (log-softmax inside), a row per time step, blank class 0; labels one row in which 0 pads:
     * the target is the first n labels, n the count of non-zero labels (keras/src/losses/losses.py ctc).
     */
    private static double ctc(SampleMatrix out, SampleMatrix lab) {
        if (lab == null || lab.rows() != 1) throw new Refusal("CTC takes one sequence: outputs a row per time step, labels one row of targets");
        int k = out.width();
        int length = 0;
        for (int i = 0; i < lab.width(); i++) if (lab.get(0, i) != 0) length++;
        int[] targets = new int[length];
        for (int i = 0; i < length; i++) {
            double y = lab.get(0, i);
            if (y != Math.rint(y) || y < 0 || y >= k) throw new Refusal("label " + y + " is not a class index in 1.." + (k - 1) + " (0 is the blank and pads)");
            targets[i] = (int) y;
        }
        double[][] logp = new double[out.rows()][];
        for (int r = 0; r < out.rows(); r++) logp[r] = LossMath.logSoftmax(out, r);
        return Ctc.negativeLogLikelihood(logp, targets, 0);
    }

    /**
     * fit(class_weight=...) as keras/src/trainers/data_adapters/data_adapter_utils.py class_weight_to_sample_weights:
     * each row weighs its class's weight (1.0 for a class the dict lacks), the class being the argmax of a one-hot row
     * or the label rounded half to even (np.round). Keras calls class_weight.get: a list raises.
     */
    private static double[] classWeights(LossOptions o, SampleMatrix lab, int count) {
        if (!o.has("class_weight")) return null;
        Map<Integer, Double> w = o.classWeights("class_weight");
        if (w == null) throw new Refusal("Keras raises AttributeError: class_weight must be a dict {class index: weight}, not a list");
        if (lab == null || count != lab.rows()) throw new Refusal("class_weight weighs rows: this loss gives " + count + " values for " + (lab == null ? 0 : lab.rows()) + " rows");
        double[] weights = new double[count];
        for (int r = 0; r < count; r++) {
            int cls = lab.width() > 1 ? argmax(LossMath.row(lab, r)) : (int) Math.rint(lab.get(r, 0));
            weights[r] = w.getOrDefault(cls, 1.0);
        }
        return weights;
    }

    /**
     * keras/src/losses/loss.py reduce_weighted_values: the mask merges into the sample weights (for the means, valid
     * values weigh total / valid), values are weighted, then summed and divided by their count (divide_no_nan), or by
     * the weights' sum for 'mean_with_sample_weight'.
     */
    private static LossValue reduce(String label, double[] values, double[] weights, boolean[] mask, String reduction) {
        int n = values.length;
        int valid = 0;
        if (mask != null) for (boolean m : mask) if (m) valid++;
        double[] w = null;
        if (mask != null || weights != null) {
            w = new double[n];
            boolean mean = reduction.equals("mean") || reduction.equals("sum_over_batch_size");
            for (int i = 0; i < n; i++) {
                double m = mask == null ? 1 : mask[i] ? (mean ? (valid == 0 ? 0 : (double) n / valid) : 1) : 0;
                w[i] = m * (weights == null ? 1 : weights[i]);
            }
        }
        return Reduction.of(label, values, n).weighted(w).reduce(switch (reduction) {
            case "none" -> Reduction.Step.NONE;
            case "sum" -> Reduction.Step.SUM;
            case "mean_with_sample_weight" -> Reduction.Step.PER_WEIGHT_OR_ZERO;
            default -> Reduction.Step.PER_VALUE;
        });
    }

    private static boolean zeroOne(SampleMatrix lab) {
        if (lab == null) return false;
        for (int r = 0; r < lab.rows(); r++) for (int c = 0; c < lab.width(); c++) if (lab.get(r, c) != 0 && lab.get(r, c) != 1) return false;
        return true;
    }

    private static double[] smooth(double[] y, double smoothing) {
        return smoothing > 0 ? map(y, v -> v * (1 - smoothing) + smoothing / y.length) : y;
    }

    private static double[] renormalise(double[] p) {
        double total = sum(p);
        return map(p, v -> v / total);
    }

    private static double[] clip(double[] p, double eps) {
        return map(p, v -> Math.min(Math.max(v, eps), 1 - eps));
    }

    private static double[] map(double[] a, java.util.function.DoubleUnaryOperator f) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) out[i] = f.applyAsDouble(a[i]);
        return out;
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double v : a) s += v;
        return s;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
        return best;
    }
}
