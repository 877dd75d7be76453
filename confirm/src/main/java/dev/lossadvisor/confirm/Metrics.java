package dev.lossadvisor.confirm;

/**
 * Held-out metrics: the task's metric, calibration (ECE, Brier) where predictions are probabilities, and accuracy
 * where there are classes (NaN elsewhere), shown beside a loss-like metric.
 */
record Metrics(double metric, double ece, double brier, double accuracy) {
    private static final int BINS = 10;

    static Metrics of(SyntheticTask task, float[] p, Dataset test) {
        float[] y = test.targets();
        return switch (task.metric()) {
            case "accuracy" -> binary(p, y, accuracy(p, y));
            case "brier" -> multiclass(p, y, task.units());
            case "f1" -> binary(p, y, f1(p, y));
            case "micro_f1" -> new Metrics(f1(p, y), ece(p, y), brier(p, y), accuracy(p, y));
            case "mae_to_truth" -> new Metrics(mae(p, test.truth()), ece(p, test.truth()), brier(p, test.truth()), Double.NaN);
            case "mae" -> new Metrics(mae(p, y), Double.NaN, Double.NaN, Double.NaN);
            default -> throw new IllegalStateException(task.metric());
        };
    }

    private static Metrics binary(float[] p, float[] y, double metric) {
        return new Metrics(metric, ece(p, y), brier(p, y), accuracy(p, y));
    }

    private static double accuracy(float[] p, float[] y) {
        int right = 0;
        for (int i = 0; i < p.length; i++) if ((p[i] > 0.5f) == (y[i] > 0.5f)) right++;
        return right / (double) p.length;
    }

    /** F1 of the positive class at threshold 0.5, over all elements (micro-averaged for several labels). */
    private static double f1(float[] p, float[] y) {
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < p.length; i++) {
            boolean predicted = p[i] > 0.5f;
            boolean actual = y[i] > 0.5f;
            if (predicted && actual) tp++;
            else if (predicted) fp++;
            else if (actual) fn++;
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    private static Metrics multiclass(float[] p, float[] y, int k) {
        int n = p.length / k;
        float[] confidence = new float[n];
        float[] correct = new float[n];
        double brier = 0;
        for (int i = 0; i < n; i++) {
            int best = 0;
            int truth = 0;
            for (int c = 0; c < k; c++) {
                if (p[i * k + c] > p[i * k + best]) best = c;
                if (y[i * k + c] > y[i * k + truth]) truth = c;
                double d = p[i * k + c] - y[i * k + c];
                brier += d * d;
            }
            confidence[i] = p[i * k + best];
            correct[i] = best == truth ? 1 : 0;
        }
        // the multi-class Brier score is the metric: it sees both wrong classes and badly calibrated right ones
        double right = 0;
        for (float c : correct) right += c;
        return new Metrics(brier / n, ece(confidence, correct), brier / n, right / n);
    }

    private static double mae(float[] p, float[] y) {
        double s = 0;
        for (int i = 0; i < p.length; i++) s += Math.abs(p[i] - y[i]);
        return s / p.length;
    }

    private static double brier(float[] p, float[] y) {
        double s = 0;
        for (int i = 0; i < p.length; i++) s += (p[i] - y[i]) * (p[i] - y[i]);
        return s / p.length;
    }

    /** Expected calibration error: |mean prediction - mean outcome| per confidence bin, weighted by bin size. */
    private static double ece(float[] p, float[] y) {
        double[] sumP = new double[BINS];
        double[] sumY = new double[BINS];
        int[] count = new int[BINS];
        for (int i = 0; i < p.length; i++) {
            if (!Float.isFinite(p[i])) return Double.NaN;
            int b = Math.min(BINS - 1, Math.max(0, (int) (p[i] * BINS)));
            sumP[b] += p[i];
            sumY[b] += y[i];
            count[b]++;
        }
        double e = 0;
        for (int b = 0; b < BINS; b++) if (count[b] > 0) e += Math.abs(sumP[b] - sumY[b]) / p.length;
        return e;
    }
}
