package dev.lossadvisor.confirm;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;

/**
 * A candidate's loss written in NDArray operations, the way the configuration computes it, mistakes included:
 * a probability loss fed logits clips them, an unclipped log takes log(0), a from-logits loss after a softmax
 * applies it twice. The network's raw output is z; the candidate's activation turns it into a.
 */
final class HeadLoss {
    private HeadLoss() {}

    static NDArray activate(Candidate c, NDArray z) {
        return switch (c.activation()) {
            case "sigmoid" -> Activation.sigmoid(z);
            case "softmax" -> z.softmax(-1);
            case "log_softmax" -> z.logSoftmax(-1);
            case "tanh" -> Activation.tanh(z);
            case "relu" -> Activation.relu(z);
            case "softplus" -> Activation.softPlus(z);
            default -> z;
        };
    }

    /** Mean loss of the batch. */
    static NDArray loss(Candidate c, NDArray z, NDArray y) {
        NDArray a = activate(c, z);
        return switch (c.loss()) {
            case "bce" -> bce(c, a, y).mean();
            case "binary_focal" -> focal(c, a, y).mean();
            case "cce" -> categorical(c, a, y).mean();
            case "nll" -> a.mul(y).sum(new int[] {-1}).neg().mean();
            case "mse" -> a.sub(y).square().mean();
            case "mae" -> a.sub(y).abs().mean();
            case "huber" -> {
                NDArray d = a.sub(y).abs();
                yield d.lte(1f).toType(d.getDataType(), false).mul(d.square().mul(0.5f))
                        .add(d.gt(1f).toType(d.getDataType(), false).mul(d.sub(0.5f))).mean();
            }
            default -> throw new IllegalArgumentException("no reference loss for " + c.loss());
        };
    }

    private static NDArray bce(Candidate c, NDArray a, NDArray y) {
        NDArray weight = y.mul((float) (c.posWeight() - 1)).add(1f);
        return weight.mul(c.input().equals("logits") ? fromLogits(a, y) : fromProbabilities(clip(c, a), y));
    }

    /** Binary cross-entropy of a logit: softplus(z) - z y, stable at any magnitude. */
    private static NDArray fromLogits(NDArray z, NDArray y) {
        return Activation.softPlus(z).sub(z.mul(y));
    }

    /** Binary cross-entropy of a probability: -(y log p + (1 - y) log(1 - p)), as naive as the configuration. */
    private static NDArray fromProbabilities(NDArray p, NDArray y) {
        return y.mul(p.log()).add(y.neg().add(1f).mul(p.neg().add(1f).log())).neg();
    }

    private static NDArray focal(Candidate c, NDArray a, NDArray y) {
        NDArray p = c.input().equals("logits") ? Activation.sigmoid(a) : clip(c, a);
        NDArray ce = c.input().equals("logits") ? fromLogits(a, y) : fromProbabilities(p, y);
        NDArray pt = y.mul(p).add(y.neg().add(1f).mul(p.neg().add(1f)));
        NDArray f = pt.neg().add(1f).pow((float) c.gamma()).mul(ce);
        if (!Double.isNaN(c.alpha())) f = f.mul(y.mul((float) c.alpha()).add(y.neg().add(1f).mul((float) (1 - c.alpha()))));
        return f;
    }

    private static NDArray categorical(Candidate c, NDArray a, NDArray y) {
        if (c.input().equals("logits")) return a.logSoftmax(-1).mul(y).sum(new int[] {-1}).neg();
        NDArray p = clip(c, a.div(a.sum(new int[] {-1}, true)));
        return p.log().mul(y).sum(new int[] {-1}).neg();
    }

    private static NDArray clip(Candidate c, NDArray p) {
        return c.epsilon() > 0 ? p.clip(c.epsilon(), 1 - c.epsilon()) : p;
    }

    /** What a user of this configuration reads as the prediction: probabilities, or values for regression. */
    static NDArray predict(Candidate c, NDArray z, boolean probabilities) {
        NDArray a = activate(c, z);
        if (!probabilities) return a;
        if (c.activation().equals("log_softmax")) return a.exp();
        if (!c.activation().equals("linear")) return a;
        if (c.input().equals("logits")) return c.loss().equals("cce") ? a.softmax(-1) : Activation.sigmoid(a);
        return a.clip(0f, 1f);
    }
}
