package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Labels;
import dev.lossadvisor.engine.python.syntax.Node;

/**
 * mixup and CutMix on one-hot rows: {@code lam * y + (1 - lam) * y[perm]} (timm's {@code y1 * lam + y2 * (1. - lam)})
 * gives class distributions, which a loss taking class indices cannot read. A one-hot row times a number (a weight not
 * known, a literal) is one part ("weighted_one_hot", no label format of its own); two such parts added are the mix, and
 * so is one part plus a number (label smoothing written by hand).
 */
final class MixedLabels {

    private MixedLabels() {}

    /** {@code lam * y}: a weighted part of a mix, or null when neither side is one-hot rows times a number. */
    static Value weighted(Value a, Value b, Node at) {
        Labels rows = oneHot(a) && number(b) ? (Labels) a : oneHot(b) && number(a) ? (Labels) b : null;
        return rows == null ? null : new Labels("weighted_one_hot", rows.classes(), at.place());
    }

    /**
     * {@code lam * y_a + (1 - lam) * y_b}: the mix of two weighted parts; {@code y * (1 - eps) + eps / K}: label smoothing,
     * one-hot rows mixed with the uniform distribution, class distributions as well; else null.
     */
    static Value mixed(Value a, Value b, Node at) {
        if (!(a instanceof Labels x && x.kind().equals("weighted_one_hot"))) return null;
        if (b instanceof Labels y && y.kind().equals("weighted_one_hot")) return new Labels("mixed_one_hot", x.classes() == y.classes() ? x.classes() : 0, at.place());
        return number(b) ? new Labels("mixed_one_hot", x.classes(), at.place()) : null;
    }

    private static boolean oneHot(Value v) {
        return v instanceof Labels l && l.kind().equals("one_hot");
    }

    /** A mixing weight: a number, or a value not known (np.random.beta(a, a), 1 - lam); never labels or a model's output. */
    private static boolean number(Value v) {
        return v instanceof Value.Unknown || v instanceof Value.Literal l && l.value() instanceof Double;
    }
}
