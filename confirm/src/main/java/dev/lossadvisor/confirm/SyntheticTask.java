package dev.lossadvisor.confirm;

import java.util.List;
import java.util.Random;

/**
 * A synthetic 28×28 image task shaped like a real one, built so the effect the rules warn about shows:
 * the network starts confidently wrong where a saturating loss would stall, rare positives are rare,
 * outliers are large. Classes and labels are 7×7 bright patches in the image's quadrants, under noise.
 *
 * @param shape       the share of rare positives and of outliers, from real labels or the defaults
 * @param units       output units of the reference CNN
 * @param initialBias starting bias of every output unit (a large negative one starts the model confidently wrong; the
 *                    targets' median for regression, as a model whose targets were not centred is best started)
 * @param metric      the task metric and whether higher is better
 * @param learningRate SGD learning rate; the same at any target scale: MSE's gradient grows with the scale as the
 *                     weights must, so its steps stay in proportion, while MAE's and Huber's do not (their real cost)
 * @param signal      brightness of the patches that carry the label; fainter is harder
 * @param candidates  the recommendation, its mistakes and alternatives
 */
record SyntheticTask(String task, Shape shape, int units, int trainSize, int testSize, float initialBias, String metric,
                     boolean higherIsBetter, boolean probabilities, int epochs, float learningRate, float signal, List<Candidate> candidates) {

    static final List<String> TASKS = List.of("binary", "soft-binary", "multiclass", "multilabel", "imbalanced-binary",
            "regression", "regression-outliers");

    /** Top-left corners of the four quadrant patches; more classes take a 3 × 3 grid. */
    private static final int[][] CORNERS = {{3, 3}, {3, 18}, {18, 3}, {18, 18}};
    private static final int[][] GRID = {{1, 1}, {1, 10}, {1, 19}, {10, 1}, {10, 10}, {10, 19}, {19, 1}, {19, 10}, {19, 19}};
    private static final int PATCH = 7;
    private static final float NOISE = 0.5f;

    static SyntheticTask of(String task) {
        return of(task, Shape.DEFAULT);
    }

    static SyntheticTask of(String task, Shape shape) {
        return switch (task) {
            case "binary" -> new SyntheticTask(task, shape, 1, 1024, 512, -8f, "accuracy", true, true, 6, 0.05f, 1.5f, List.of(
                    Candidate.of("bce-logits", "sigmoid + BCE (from logits)", "recommended", "linear", "bce", "logits"),
                    Candidate.of("sigmoid-mse", "sigmoid + MSE", "mistake", "sigmoid", "mse", "values"),
                    Candidate.of("logits-into-bce", "logits into probability BCE", "mistake", "linear", "bce", "probabilities"),
                    Candidate.of("unclipped-bce", "sigmoid + BCE without clipping", "mistake", "sigmoid", "bce", "probabilities").withEpsilon(0)));
            case "soft-binary" -> new SyntheticTask(task, shape, 1, 1024, 512, -8f, "mae_to_truth", false, true, 6, 0.05f, 2.5f, List.of(
                    Candidate.of("bce-logits", "sigmoid + BCE on soft labels (from logits)", "recommended", "linear", "bce", "logits"),
                    Candidate.of("sigmoid-mse", "sigmoid + MSE on soft labels", "mistake", "sigmoid", "mse", "values")));
            case "multiclass" -> new SyntheticTask(task, shape, shape.classes(), 1024, 512, 0f, "brier", false, true, 5, 0.02f, 0.8f, List.of(
                    Candidate.of("cce-logits", "softmax + CCE (from logits)", "recommended", "linear", "cce", "logits"),
                    Candidate.of("sigmoid-cce", "sigmoid + CCE", "mistake", "sigmoid", "cce", "probabilities"),
                    Candidate.of("softmax-mse", "softmax + MSE", "mistake", "softmax", "mse", "values"),
                    Candidate.of("double-softmax", "softmax into a from-logits CCE", "mistake", "softmax", "cce", "logits"),
                    Candidate.of("softmax-nll", "softmax into NLL", "mistake", "softmax", "nll", "log_probabilities")));
            case "multilabel" -> new SyntheticTask(task, shape, shape.classes(), 1024, 512, 0f, "micro_f1", true, true, 5, 0.05f, 1.5f, List.of(
                    Candidate.of("bce-multilabel", "sigmoid per output + BCE (from logits)", "recommended", "linear", "bce", "logits"),
                    Candidate.of("softmax-cce", "softmax + CCE on multi-hot labels", "mistake", "linear", "cce", "logits")));
            case "imbalanced-binary" -> new SyntheticTask(task, shape, 1, 2048, 2048, 0f, "f1", true, true, 5, 0.02f, 0.6f, List.of(
                    Candidate.of("bce-sqrt-pos-weight", "BCE with pos_weight = sqrt(negatives / positives)", "recommended", "linear", "bce", "logits")
                            .withPosWeight(Math.sqrt((1 - shape.positiveRate()) / shape.positiveRate())),
                    Candidate.of("plain-bce", "unweighted BCE", "mistake", "linear", "bce", "logits"),
                    Candidate.of("bce-pos-weight", "BCE with pos_weight = negatives / positives", "alternative", "linear", "bce", "logits")
                            .withPosWeight((1 - shape.positiveRate()) / shape.positiveRate()),
                    Candidate.of("focal", "focal loss (gamma 2, alpha 0.75, from logits)", "alternative", "linear", "binary_focal", "logits").withFocal(2, 0.75)));
            case "regression" -> new SyntheticTask(task, shape, 1, 1024, 512, (float) shape.center(), "mae", false, false, 6, 0.001f, 1f, List.of(
                    Candidate.of("mse", "linear + MSE", "recommended", "linear", "mse", "values"),
                    Candidate.of("sigmoid-mse", "sigmoid + MSE (bounded output)", "mistake", "sigmoid", "mse", "values"),
                    Candidate.of("mae", "linear + MAE", "alternative", "linear", "mae", "values")));
            case "regression-outliers" -> new SyntheticTask(task, shape, 1, 1024, 512, (float) shape.center(), "mae", false, false, 6, 0.001f, 1f, List.of(
                    Candidate.of("huber", "linear + Huber", "recommended", "linear", "huber", "values"),
                    Candidate.of("mse", "linear + MSE", "mistake", "linear", "mse", "values"),
                    Candidate.of("mae", "linear + MAE", "alternative", "linear", "mae", "values")));
            default -> throw new IllegalArgumentException(task);
        };
    }

    Dataset train(long seed) {
        return generate(trainSize, new Random(seed), true);
    }

    Dataset test(long seed) {
        return generate(testSize, new Random(seed ^ 0x5DEECE66DL), false);
    }

    private Dataset generate(int n, Random r, boolean training) {
        float[] images = new float[n * Dataset.PIXELS];
        float[] targets = new float[n * units];
        float[] truth = task.equals("soft-binary") ? new float[n] : null;
        for (int i = 0; i < n; i++) {
            int base = i * Dataset.PIXELS;
            for (int p = 0; p < Dataset.PIXELS; p++) images[base + p] = (float) (r.nextGaussian() * NOISE);
            switch (task) {
                case "binary" -> {
                    boolean positive = r.nextBoolean();
                    patch(images, base, positive ? 0 : 3, signal);
                    targets[i] = positive ? 1 : 0;
                }
                case "soft-binary" -> {
                    // the label is the patch's brightness as a fraction: a probability, not a class
                    float q = (float) (shape.softLow() + (shape.softHigh() - shape.softLow()) * r.nextFloat());
                    patch(images, base, 0, signal * q);
                    targets[i] = q;
                    truth[i] = q;
                }
                case "multiclass" -> {
                    int c = shape.drawClass(r);
                    patch(images, base, c, signal);
                    targets[i * units + c] = 1;
                }
                case "multilabel" -> {
                    for (int c = 0; c < units; c++) {
                        if (r.nextDouble() < shape.density()) {
                            patch(images, base, c, signal);
                            targets[i * units + c] = 1;
                        }
                    }
                }
                case "imbalanced-binary" -> {
                    boolean positive = r.nextDouble() < shape.positiveRate();
                    // negatives often carry a fainter patch in the same place: the classes overlap
                    patch(images, base, 0, positive ? signal : (float) (r.nextDouble() * signal * 0.6));
                    targets[i] = positive ? 1 : 0;
                }
                case "regression", "regression-outliers" -> {
                    float a = (float) (r.nextDouble() * 3 - 1.5);
                    patch(images, base, 0, a * signal);
                    float y = 2 * a + (float) (r.nextGaussian() * 0.1);
                    if (training && task.equals("regression-outliers") && r.nextDouble() < shape.outlierRate()) {
                        y = (float) ((r.nextBoolean() ? 1 : -1) * (15 + 10 * r.nextDouble()));
                    }
                    targets[i] = (float) (shape.center() + shape.spread() * y);
                }
                default -> throw new IllegalStateException(task);
            }
        }
        return new Dataset(n, images, units, targets, truth);
    }

    private void patch(float[] images, int base, int place, float amplitude) {
        int[] c = units > CORNERS.length ? GRID[place] : CORNERS[place];
        for (int y = 0; y < PATCH; y++) for (int x = 0; x < PATCH; x++) images[base + (c[0] + y) * Dataset.SIDE + c[1] + x] += amplitude;
    }
}
