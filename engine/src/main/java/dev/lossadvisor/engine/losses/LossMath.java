package dev.lossadvisor.engine.losses;

import dev.lossadvisor.engine.samples.SampleMatrix;

/**
 * Per-element loss formulas, written the numerically stable way (log-sum-exp, log1p) where the
 * framework does so, and the naive way where the configuration under test does.
 */
public final class LossMath {
    /** Keras's default clipping epsilon. */
    public static final double KERAS_EPSILON = 1e-7;

    private LossMath() {}

    /** x log y, 0 where x is 0 (torch.xlogy). */
    public static double xlogy(double x, double y) {
        return x == 0 && !Double.isNaN(y) ? 0 : x * Math.log(y);
    }

    /** One element's loss, given where it stands (for per-column weights and for saying where a value is refused). */
    interface Element {
        double of(double output, double label, int row, int column);
    }

    /** The loss of every element, row by row; outputs and labels have the same shape (the caller checks it). */
    static double[] elementwise(SampleMatrix out, SampleMatrix lab, Element f) {
        double[] v = new double[out.size()];
        int i = 0;
        for (int r = 0; r < out.rows(); r++) for (int c = 0; c < out.width(); c++) v[i++] = f.of(out.get(r, c), lab.get(r, c), r, c);
        return v;
    }

    static double[] elementwise(SampleMatrix out, SampleMatrix lab, java.util.function.DoubleBinaryOperator f) {
        return elementwise(out, lab, (x, y, r, c) -> f.applyAsDouble(x, y));
    }

    /** Row r of m as an array. */
    public static double[] row(SampleMatrix m, int r) {
        double[] v = new double[m.width()];
        for (int c = 0; c < v.length; c++) v[c] = m.get(r, c);
        return v;
    }

    /** Row r of m through log-softmax, by log-sum-exp. */
    public static double[] logSoftmax(SampleMatrix m, int r) {
        return logSoftmax(row(m, r));
    }

    /** x through log-softmax, by log-sum-exp. */
    public static double[] logSoftmax(double[] x) {
        double lse = logSumExp(x);
        double[] out = new double[x.length];
        for (int c = 0; c < x.length; c++) out[c] = x[c] - lse;
        return out;
    }

    /** log(sum(exp(x))) without overflow; -infinity when every term is. */
    static double logSumExp(double[] x) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) max = Math.max(max, v);
        if (max == Double.NEGATIVE_INFINITY) return max;
        double s = 0;
        for (double v : x) s += Math.exp(v - max);
        return max + Math.log(s);
    }

    /** log(1 + exp(x)) without overflow. */
    public static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    /** Binary cross-entropy of probability p against y, p clipped to [eps, 1 - eps] (eps = 0: no clipping). */
    public static double bceProbability(double p, double y, double eps) {
        double q = eps > 0 ? Math.min(Math.max(p, eps), 1 - eps) : p;
        return -(y * Math.log(q) + (1 - y) * Math.log(1 - q)); // 0 * log(0) is NaN, as in numpy
    }

    /** PyTorch BCELoss: each log clamped to at least -100. */
    public static double bceTorch(double p, double y) {
        return -(y * Math.max(Math.log(p), -100) + (1 - y) * Math.max(Math.log(1 - p), -100));
    }

    /** Binary cross-entropy of logit x against y: softplus(x) - x * y. */
    public static double bceLogit(double x, double y) {
        return softplus(x) - x * y;
    }

    /** Focal loss from a logit: p computed by a sigmoid, cross-entropy from the logit. */
    public static double focalLogit(double x, double y, double gamma, Double alpha) {
        double p = 1 / (1 + Math.exp(-x));
        double pt = y * p + (1 - y) * (1 - p);
        double weight = alpha == null ? 1 : y * alpha + (1 - y) * (1 - alpha);
        return weight * Math.pow(1 - pt, gamma) * bceLogit(x, y);
    }

    public static double squared(double p, double y) {
        return (p - y) * (p - y);
    }

    /** Huber with delta 1 (PyTorch's SmoothL1Loss with beta 1 is the same). */
    public static double huber(double p, double y) {
        double a = Math.abs(p - y);
        return a <= 1 ? 0.5 * a * a : a - 0.5;
    }

    public static double logCosh(double p, double y) {
        double d = p - y;
        return d + softplus(-2 * d) - Math.log(2);
    }

    /** max(0, 1 - y * s) for y in {-1, +1}. */
    public static double hinge(double s, double y) {
        return Math.max(0, 1 - y * s);
    }

    public static double squaredHinge(double s, double y) {
        double h = hinge(s, y);
        return h * h;
    }
}
