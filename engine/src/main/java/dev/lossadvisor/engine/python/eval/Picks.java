package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Labels;
import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.eval.Value.Tensor;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.Set;

/**
 * The probability a model's softmax gives the class each row took, written as a sum over the class axis of the
 * probabilities times rows of labels: {@code tf.reduce_sum(policy * actions, axis=1)}, {@code (probs * onehot).sum(1)},
 * {@code torch.sum(p * y, dim=-1)}. Its log is the log-likelihood a cross-entropy, or a policy gradient's term, is written
 * from (LossFlows). The rows are one-hot labels or data the code feeds (a placeholder of the actions taken): a model's
 * output or a learned weight in their place makes another quantity ({@code p * p}, an expectation), not followed.
 */
final class Picks {
    /** The labels that pick one class per row (or a mix of classes: mixup's rows still weigh probabilities). */
    private static final Set<String> ROWS = Set.of("one_hot", "mixed_one_hot", "eye");

    private Picks() {}

    /** What a sum of {@code summed} over {@code axis} is: the picked entries when it is one, else null. */
    static Value of(Node summed, Value axis, Evaluator ev, Context c) {
        Node product = summed == null ? null : Node.bare(summed);
        if (product == null || !product.is("binary_operator") || !product.field("operator").text().equals("*")) return null;
        if (!(axis instanceof Literal l && l.value() instanceof Double d && (d == 1 || d == -1))) return null;
        Value left = ev.eval(product.field("left"), c);
        Value right = ev.eval(product.field("right"), c);
        Tensor probs = probabilities(left) && rows(right) ? (Tensor) left : probabilities(right) && rows(left) ? (Tensor) right : null;
        return probs == null ? null : new Value.Picked(probs, product.place());
    }

    private static boolean probabilities(Value v) {
        return v instanceof Tensor t && t.base().equals("softmax") && t.axis() != 0;
    }

    private static boolean rows(Value v) {
        return v instanceof Labels l ? ROWS.contains(l.kind()) : v instanceof Value.Unknown;
    }
}
