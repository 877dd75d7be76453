package dev.lossadvisor.engine.losses;

import dev.lossadvisor.engine.input.LossOptions;
import dev.lossadvisor.engine.samples.SampleMatrix;
import dev.lossadvisor.facts.LossConfig;
import java.util.List;
import java.util.Set;

/**
 * Keras 3's losses, one value per sample row, then reduced as keras/src/losses/loss.py does: 'sum_over_batch_size'
 * divides the (class-weighted) sum by the number of rows, a mask (ignore_class) by the valid rows. Each formula
 * names the Keras source it follows; the probability losses clip at keras.backend.epsilon() (1e-7, or "epsilon").
 */
final class KerasLosses {
    private static final Set<String> REDUCTIONS = Set.of("sum_over_batch_size", "auto", "mean", "sum", "none", "mean_with_sample_weight");

    private KerasLosses() {}

    /** One row's loss. */
    private interface RowLoss {
        double of(double[] y, double[] p);
    }

    static LossValue compute(LossConfig c, LossOptions o, SampleMatrix out, SampleMatrix lab) {
        String label = c.name() + " (" + c.input().replace('_', '-') + " in)";
        String reduction = o.text("reduction", "sum_over_batch_size");
        if (!REDUCTIONS.contains(reduction)) {
            throw new Refusal("Keras raises ValueError: Invalid value for argument `reduction`: " + reduction);
        }
        double eps = o.number("epsilon", LossMath.KERAS_EPSILON);
        boolean logits = c.input().equals("logits");
        double smoothing = o.number("label_smoothing", 0);
        double[] values;
        boolean[] valid = null;
        switch (c.kind()) {
            case "sparse_cce" -> {
                valid = new boolean[out.rows()];
                values = sparse(out, lab, logits, eps, o, valid);
            }
            case "ctc" -> values = new double[] {ctc(out, lab)};
            case "dice", "tversky" -> values = new double[] {overlap(c.kind(), o, out, lab)};
            default -> values = rows(out, lab, rowLoss(c, o, logits, eps, smoothing, lab));
        }
        double[] weights = classWeights(o, lab, values.length);
        return reduce(label, values, weights, valid, reduction);
    }

    private static RowLoss rowLoss(LossConfig c, LossOptions o, boolean logits, double eps, double smoothing, SampleMatrix lab) {
        return switch (c.kind()) {
            // keras/src/losses/losses.py binary_crossentropy; keras/src/backend/tensorflow/nn.py binary_crossentropy
            case "bce" -> mean((y, p) -> {
                double t = y * (1 - smoothing) + 0.5 * smoothing;
                return logits ? LossMath.bceLogit(p, t) : LossMath.bceProbability(p, t, eps);
            });
            // keras/src/losses/losses.py binary_focal_crossentropy: bce (from logits when so), then the focal factor on the
            // sigmoid; alpha only with apply_class_balancing
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
            // keras/src/backend/tensorflow/nn.py categorical_crossentropy: renormalise, clip, -sum(y log p)
            case "cce" -> (y, p) -> {
                double[] t = smooth(y, smoothing);
                double[] logq = logits ? LossMath.logSoftmax(p) : log(clip(renormalise(p), eps));
                double loss = 0;
                for (int i = 0; i < t.length; i++) if (t[i] != 0) loss -= t[i] * logq[i];
                return loss;
            };
            // keras/src/losses/losses.py categorical_focal_crossentropy: softmax when from logits, renormalise, clip,
            // then -sum(alpha (1 - p)^gamma y log p); alpha 0.25 by default
            case "categorical_focal" -> {
                double gamma = o.number("gamma", 2);
                double alpha = o.number("alpha", 0.25);
                yield (y, p) -> {
                    double[] t = smooth(y, smoothing);
                    double[] q = clip(renormalise(logits ? softmax(p) : p), eps);
                    double loss = 0;
                    for (int i = 0; i < t.length; i++) if (t[i] != 0) loss -= alpha * Math.pow(1 - q[i], gamma) * t[i] * Math.log(q[i]);
                    return loss;
                };
            }
            // keras/src/losses/losses.py mean_squared_error, mean_absolute_error
            case "mse" -> mean((y, p) -> (p - y) * (p - y));
            case "mae" -> mean((y, p) -> Math.abs(p - y));
            // keras/src/losses/losses.py huber: 0.5 d^2 inside delta, delta (|d| - delta / 2) outside
            case "huber" -> {
                double delta = o.number("delta", 1);
                yield mean((y, p) -> {
                    double a = Math.abs(p - y);
                    return a <= delta ? 0.5 * a * a : delta * a - 0.5 * delta * delta;
                });
            }
            // keras/src/losses/losses.py log_cosh: d + softplus(-2 d) - log 2
            case "log_cosh" -> mean((y, p) -> LossMath.logCosh(p, y));
            // keras/src/losses/losses.py mean_squared_logarithmic_error: both sides clipped below at epsilon
            case "msle" -> mean((y, p) -> {
                double d = Math.log(Math.max(p, eps) + 1) - Math.log(Math.max(y, eps) + 1);
                return d * d;
            });
            // keras/src/losses/losses.py hinge / squared_hinge: 0/1 labels become -1/+1 when every label is 0 or 1
            case "hinge" -> {
                boolean binary = zeroOne(lab);
                yield mean((y, p) -> LossMath.hinge(p, binary ? 2 * y - 1 : y));
            }
            case "squared_hinge" -> {
                boolean binary = zeroOne(lab);
                yield mean((y, p) -> LossMath.squaredHinge(p, binary ? 2 * y - 1 : y));
            }
            // keras/src/losses/losses.py categorical_hinge: max(0, max((1 - y) p) - sum(y p) + 1)
            case "categorical_hinge" -> (y, p) -> {
                double pos = 0;
                double neg = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < y.length; i++) {
                    pos += y[i] * p[i];
                    neg = Math.max(neg, (1 - y[i]) * p[i]);
                }
                return Math.max(0, neg - pos + 1);
            };
            // keras/src/losses/losses.py kl_divergence: both clipped to [epsilon, 1], sum(y log(y / p))
            case "kl_divergence" -> (y, p) -> {
                double loss = 0;
                for (int i = 0; i < y.length; i++) {
                    double t = Math.min(Math.max(y[i], eps), 1);
                    double q = Math.min(Math.max(p[i], eps), 1);
                    loss += t * Math.log(t / q);
                }
                return loss;
            };
            // keras/src/losses/losses.py poisson: mean(p - y log(p + epsilon))
            case "poisson" -> mean((y, p) -> p - y * Math.log(p + eps));
            // keras/src/losses/losses.py cosine_similarity: -sum(l2_normalize(y) l2_normalize(p)), norms floored at 1e-12
            case "cosine_similarity" -> (y, p) -> {
                double ny = Math.sqrt(Math.max(dot(y, y), 1e-12));
                double np = Math.sqrt(Math.max(dot(p, p), 1e-12));
                return -dot(y, p) / (ny * np);
            };
            default -> throw new Refusal("no reference computation for " + c.name());
        };
    }

    /** The mean over the row of an element-wise loss, as the losses that reduce axis -1 with ops.mean. */
    private static RowLoss mean(java.util.function.DoubleBinaryOperator f) {
        return (y, p) -> {
            double sum = 0;
            for (int i = 0; i < y.length; i++) sum += f.applyAsDouble(y[i], p[i]);
            return sum / y.length;
        };
    }

    private static double[] rows(SampleMatrix out, SampleMatrix lab, RowLoss f) {
        if (lab == null || out.width() != lab.width() || out.rows() != lab.rows()) {
            throw new Refusal("outputs are " + out.rows() + "x" + out.width() + " and labels " + (lab == null ? "missing" : lab.rows() + "x" + lab.width())
                    + ": Keras takes this loss's labels in the outputs' shape");
        }
        double[] v = new double[out.rows()];
        for (int r = 0; r < out.rows(); r++) v[r] = f.of(LossMath.row(lab, r), LossMath.row(out, r));
        return v;
    }

    /**
     * keras/src/losses/losses.py sparse_categorical_crossentropy with ignore_class: the ignored rows are masked, and
     * keras/src/losses/loss.py apply_mask makes the mean run over the valid rows only.
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
            v[r] = -(logits ? LossMath.logSoftmax(out, r) : log(clip(renormalise(LossMath.row(out, r)), eps)))[(int) y];
        }
        return v;
    }

    /**
     * keras/src/losses/losses.py ctc and keras/src/backend/tensorflow/nn.py ctc_loss: outputs are logits (log-softmax is
     * taken inside), blank is class 0; one sequence: a row per time step, labels one row of targets.
     */
    private static double ctc(SampleMatrix out, SampleMatrix lab) {
        if (lab == null || lab.rows() != 1) throw new Refusal("CTC takes one sequence: outputs a row per time step, labels one row of targets");
        int k = out.width();
        int[] targets = new int[lab.width()];
        for (int i = 0; i < targets.length; i++) {
            double y = lab.get(0, i);
            if (y != Math.rint(y) || y < 0 || y >= k) throw new Refusal("label " + y + " is not a class index in 0.." + (k - 1));
            targets[i] = (int) y;
        }
        double[][] logp = new double[out.rows()][];
        for (int r = 0; r < out.rows(); r++) logp[r] = LossMath.logSoftmax(out, r);
        return Ctc.negativeLogLikelihood(logp, targets, 0);
    }

    /**
     * keras/src/losses/losses.py dice and tversky with axis=None: one value over the whole batch,
     * 1 - TP / (TP + alpha FN + beta FP + epsilon); Dice is alpha = beta = 1/2.
     */
    private static double overlap(String kind, LossOptions o, SampleMatrix out, SampleMatrix lab) {
        if (lab == null || out.width() != lab.width() || out.rows() != lab.rows()) throw new Refusal("labels must have the outputs' shape");
        double tp = 0;
        double fn = 0;
        double fp = 0;
        for (int r = 0; r < out.rows(); r++) {
            for (int c = 0; c < out.width(); c++) {
                double y = lab.get(r, c);
                double p = out.get(r, c);
                tp += y * p;
                fn += y * (1 - p);
                fp += (1 - y) * p;
            }
        }
        if (kind.equals("dice")) return 1 - 2 * tp / (2 * tp + fn + fp + LossMath.KERAS_EPSILON);
        double alpha = o.number("alpha", 0.5);
        double beta = o.number("beta", 0.5);
        return 1 - tp / (tp + alpha * fn + beta * fp + LossMath.KERAS_EPSILON);
    }

    /**
     * fit(class_weight=...) as keras/src/trainers/data_adapters/data_adapter_utils.py class_weight_to_sample_weights:
     * each row weighs its class's weight, the class being the argmax of a one-hot row or the rounded label.
     */
    private static double[] classWeights(LossOptions o, SampleMatrix lab, int count) {
        List<Double> w = o.weights("class_weight");
        if (w == null || lab == null || count != lab.rows()) return null;
        double[] weights = new double[count];
        for (int r = 0; r < count; r++) {
            int cls = lab.width() > 1 ? argmax(LossMath.row(lab, r)) : (int) Math.round(lab.get(r, 0));
            if (cls < 0 || cls >= w.size()) throw new Refusal("class_weight has no weight for class " + cls);
            weights[r] = w.get(cls);
        }
        return weights;
    }

    /** keras/src/losses/loss.py reduce_values and apply_mask. */
    private static LossValue reduce(String label, double[] values, double[] weights, boolean[] valid, String reduction) {
        double[] v = values.clone();
        double weightSum = 0;
        int validRows = 0;
        for (int i = 0; i < v.length; i++) {
            boolean counted = valid == null || valid[i];
            double w = counted ? (weights == null ? 1 : weights[i]) : 0;
            v[i] = counted ? v[i] * w : 0;
            weightSum += w;
            if (counted) validRows++;
        }
        double sum = 0;
        for (double x : v) sum += x;
        return switch (reduction) {
            case "none" -> LossValue.unreduced(label, v);
            case "sum" -> LossValue.of(label, sum);
            case "mean_with_sample_weight" -> LossValue.of(label, weightSum == 0 ? 0 : sum / weightSum);
            default -> LossValue.of(label, validRows == 0 ? 0 : sum / validRows);
        };
    }

    private static boolean zeroOne(SampleMatrix lab) {
        if (lab == null) return false;
        for (int r = 0; r < lab.rows(); r++) for (int c = 0; c < lab.width(); c++) if (lab.get(r, c) != 0 && lab.get(r, c) != 1) return false;
        return true;
    }

    private static double[] smooth(double[] y, double smoothing) {
        double[] t = y.clone();
        if (smoothing > 0) for (int i = 0; i < t.length; i++) t[i] = t[i] * (1 - smoothing) + smoothing / t.length;
        return t;
    }

    private static double[] renormalise(double[] p) {
        double sum = 0;
        for (double v : p) sum += v;
        double[] q = new double[p.length];
        for (int i = 0; i < p.length; i++) q[i] = p[i] / sum;
        return q;
    }

    private static double[] clip(double[] p, double eps) {
        double[] q = new double[p.length];
        for (int i = 0; i < p.length; i++) q[i] = Math.min(Math.max(p[i], eps), 1 - eps);
        return q;
    }

    private static double[] log(double[] p) {
        double[] l = new double[p.length];
        for (int i = 0; i < p.length; i++) l[i] = Math.log(p[i]);
        return l;
    }

    private static double[] softmax(double[] x) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) max = Math.max(max, v);
        double sum = 0;
        double[] e = new double[x.length];
        for (int i = 0; i < x.length; i++) sum += e[i] = Math.exp(x[i] - max);
        for (int i = 0; i < x.length; i++) e[i] /= sum;
        return e;
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
