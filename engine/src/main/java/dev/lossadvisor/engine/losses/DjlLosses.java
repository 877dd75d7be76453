package dev.lossadvisor.engine.losses;

import dev.lossadvisor.engine.input.LossOptions;
import dev.lossadvisor.engine.samples.SampleMatrix;
import dev.lossadvisor.facts.LossConfig;

/**
 * DJL 0.35's losses (ai.djl.training.loss): every one is the mean over all elements, times its weight. Read from
 * the classes' evaluate methods: L2Loss halves by default (weight 1/2), SigmoidBinaryCrossEntropyLoss with
 * fromSigmoid=true returns y log(p + 1e-12) + (1 - y) log(1 - p + 1e-12), which is minus the cross-entropy.
 */
final class DjlLosses {
    private static final double EPS_LOG = 1e-12;

    private DjlLosses() {}

    static LossValue compute(String label, LossConfig c, LossOptions o, SampleMatrix out, SampleMatrix lab) {
        java.util.List<Double> given = o.weights("weight");
        if (given != null && given.size() != 1) throw new Refusal("DJL's loss weight is one number (a float), not " + given.size());
        double weight = given != null ? given.get(0) : c.kind().equals("mse") ? 0.5 : 1;
        double[] values = switch (c.kind()) {
            case "sparse_cce", "cce" -> softmaxCrossEntropy(c, o, out, lab);
            case "bce" -> c.input().equals("logits")
                    ? elementwise(out, lab, LossMath::bceLogit)
                    : elementwise(out, lab, (p, y) -> y * Math.log(p + EPS_LOG) + (1 - y) * Math.log(1 - p + EPS_LOG));
            case "mse" -> elementwise(out, lab, LossMath::squared);
            case "mae" -> elementwise(out, lab, (p, y) -> Math.abs(p - y));
            case "hinge" -> {
                double margin = o.number("margin", 1);
                yield elementwise(out, lab, (p, y) -> Math.max(0, margin - y * p));
            }
            default -> throw new Refusal("no reference computation for " + c.name());
        };
        double[] weights = new double[values.length];
        java.util.Arrays.fill(weights, weight);
        LossValue v = Reduction.of(label, values, out.rows()).weighted(weights).reduce(Reduction.Step.PER_VALUE);
        if (c.kind().equals("bce") && !c.input().equals("logits")) {
            return v.noting("DJL's fromSigmoid=true computes minus the cross-entropy: minimising it drives the model away from its labels");
        }
        return v;
    }

    private static double[] elementwise(SampleMatrix out, SampleMatrix lab, java.util.function.DoubleBinaryOperator f) {
        if (lab == null || lab.size() != out.size()) {
            throw new Refusal("DJL reshapes the labels to the outputs' shape: " + out.size() + " outputs, " + (lab == null ? 0 : lab.size()) + " labels");
        }
        return LossMath.elementwise(out, lab, f);
    }

    /** Per row: log-softmax unless fromLogit=false; then -pick(label) (sparse) or -sum(label x) over the class axis. */
    private static double[] softmaxCrossEntropy(LossConfig c, LossOptions o, SampleMatrix out, SampleMatrix lab) {
        boolean logSoftmax = c.input().equals("logits");
        boolean sparse = o.flag("sparse_label", true);
        int k = out.width();
        if (lab == null || lab.rows() != out.rows() || lab.width() != (sparse ? 1 : k)) {
            throw new Refusal(sparse ? "sparseLabel=true takes one class index per row" : "sparseLabel=false takes rows of " + k + " label values");
        }
        double[] v = new double[out.rows()];
        for (int r = 0; r < out.rows(); r++) {
            double[] x = logSoftmax ? LossMath.logSoftmax(out, r) : LossMath.row(out, r);
            if (sparse) {
                double y = lab.get(r, 0);
                if (y != Math.rint(y) || y < 0 || y >= k) throw new Refusal("label " + y + " at row " + r + " is not a class index in 0.." + (k - 1));
                v[r] = -x[(int) y];
            } else {
                for (int i = 0; i < k; i++) v[r] -= lab.get(r, i) * x[i];
            }
        }
        return v;
    }
}
