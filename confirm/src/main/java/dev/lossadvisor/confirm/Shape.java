package dev.lossadvisor.confirm;

import dev.lossadvisor.engine.input.Samples;
import dev.lossadvisor.engine.samples.SampleMatrix;
import dev.lossadvisor.facts.LabelStats;
import java.util.Locale;
import java.util.Random;

/**
 * What the synthetic task takes from real labels (a capture's), each kept within what the reference CNN can learn
 * from 1,024–2,048 images.
 *
 * @param positiveRate share of positives of a rare class (imbalanced-binary)
 * @param outlierRate  share of outlying regression targets (regression-outliers)
 * @param classes      classes (multiclass) or labels (multilabel): the output units
 * @param rarestShare  share of the rarest class (multiclass); 1 / classes is balanced
 * @param density      share of labels on per row and label (multilabel)
 * @param softLow      lowest soft label (soft-binary)
 * @param softHigh     highest soft label (soft-binary)
 * @param center       median of the regression targets
 * @param spread       scale of the regression targets, relative to the default task's
 * @param source       where the numbers came from, for the report
 */
public record Shape(double positiveRate, double outlierRate, int classes, double rarestShare, double density, double softLow,
                    double softHigh, double center, double spread, String source) {
    public static final Shape DEFAULT = new Shape(0.02, 0.1, 4, 0.25, 0.4, 0, 1, 0, 1, "the default synthetic task");
    /** 1.4826 × MAD of the default regression targets, 2a with a uniform on [-1.5, 1.5]. */
    private static final double DEFAULT_ROBUST_SCALE = 1.4826 * 1.5;
    /** Patches the 28×28 image has room for: the class is where the patch is. */
    static final int MAX_CLASSES = 9;

    /** The shape of these labels; the defaults where the samples say nothing. */
    public static Shape of(Samples samples, String source) {
        LabelStats labels = samples == null ? null : samples.labelStats();
        if (labels == null) return DEFAULT;
        double positives = labels.minorityShare() > 0 ? clamp(labels.minorityShare(), 0.005, 0.5) : DEFAULT.positiveRate();
        double outliers = labels.outlierShare() > 0 ? clamp(labels.outlierShare(), 0.01, 0.3) : DEFAULT.outlierRate();
        int classes = labels.classes() >= 2 ? Math.min(labels.classes(), MAX_CLASSES) : DEFAULT.classes();
        double rarest = switch (labels.kind()) {
            case "integer", "one_hot" -> labels.minorityShare() > 0 ? clamp(labels.minorityShare(), 0.02, 1.0 / classes) : 1.0 / classes;
            default -> 1.0 / classes;
        };
        double density = labels.kind().equals("multi_hot") ? clamp(mean(samples.labels()), 0.05, 0.6) : DEFAULT.density();
        boolean soft = labels.kind().equals("soft");
        double low = soft ? clamp(labels.min(), 0, 0.9) : 0;
        double high = soft ? clamp(labels.max(), low + 0.1, 1) : 1;
        boolean targets = labels.kind().equals("continuous") && labels.robustScale() > 0;
        double spread = targets ? clamp(labels.robustScale() / DEFAULT_ROBUST_SCALE, 0.05, 20) : 1;
        double center = targets ? clamp(labels.median(), -100, 100) : 0;
        return new Shape(positives, outliers, classes, rarest, density, low, high, center, spread, source);
    }

    /** A class drawn with the rarest class (0) at its share and the others sharing the rest evenly. */
    int drawClass(Random r) {
        if (Math.abs(rarestShare - 1.0 / classes) < 1e-9) return r.nextInt(classes);
        return r.nextDouble() < rarestShare ? 0 : 1 + r.nextInt(classes - 1);
    }

    /** What of this shape the task uses ("" for the defaults). */
    public String describe(String task) {
        if (this == DEFAULT) return "";
        return switch (task) {
            case "imbalanced-binary" -> String.format(Locale.ROOT, "positives %.1f%% of the labels", 100 * positiveRate);
            case "regression-outliers" -> String.format(Locale.ROOT, "outliers %.1f%% of the targets, %s", 100 * outlierRate, targets());
            case "regression" -> targets();
            case "multiclass" -> String.format(Locale.ROOT, "%d classes, the rarest %.1f%% of the labels", classes, 100 * rarestShare);
            case "multilabel" -> String.format(Locale.ROOT, "%d labels, %.1f%% of them on", classes, 100 * density);
            case "soft-binary" -> String.format(Locale.ROOT, "soft labels from %.2f to %.2f", softLow, softHigh);
            default -> "";
        };
    }

    private String targets() {
        return "targets with median " + number(center) + " and robust scale " + number(spread * DEFAULT_ROBUST_SCALE);
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 100 || v == Math.rint(v) ? "%.0f" : "%.3g", v);
    }

    private static double mean(SampleMatrix m) {
        if (m == null || m.size() == 0) return DEFAULT.density();
        double s = 0;
        for (double v : m.copyValues()) s += v;
        return s / m.size();
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
