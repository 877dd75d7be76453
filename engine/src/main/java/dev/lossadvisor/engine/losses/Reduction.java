package dev.lossadvisor.engine.losses;

/**
 * Per-element (or per-row) losses and how the framework reduces them: 'mean' divides by the sum of the
 * denominators (1 per element, the class weight for weighted NLL, 0 for an ignored label), 'batchmean' by the
 * batch size, 'sum' adds, 'none' keeps them.
 */
record Reduction(String label, double[] values, double[] denominators, int batch) {

    static Reduction of(String label, double[] values, int batch) {
        double[] ones = new double[values.length];
        java.util.Arrays.fill(ones, 1);
        return new Reduction(label, values, ones, batch);
    }

    LossValue reduce(String reduction) {
        double sum = 0;
        for (double v : values) sum += v;
        return switch (reduction) {
            case "none" -> LossValue.unreduced(label, values);
            case "sum" -> LossValue.of(label, sum);
            case "batchmean" -> LossValue.of(label, sum / batch);
            default -> {
                double d = 0;
                for (double w : denominators) d += w;
                yield LossValue.of(label, sum / d);
            }
        };
    }
}
