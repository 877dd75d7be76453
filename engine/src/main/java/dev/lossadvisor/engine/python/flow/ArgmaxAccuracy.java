package dev.lossadvisor.engine.python.flow;

import dev.lossadvisor.engine.python.eval.Value;
import dev.lossadvisor.engine.python.eval.Value.Tensor;
import dev.lossadvisor.engine.python.semantic.Scope;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * An accuracy a PyTorch loop computes by class, {@code (out.argmax(1) == y.argmax(1))}: the targets of a loss call are
 * rows whose largest entry is the class, so the task is a classification whatever loss is used (MSE over a softmax).
 */
final class ArgmaxAccuracy {
    private static final int MAX_NODES = 20_000;

    private ArgmaxAccuracy() {
    }

    /**
     * "accuracy" when the loss is given a softmax and the scope of its call compares the argmax of its target (a name,
     * bound there as at the call) with the argmax of something else by {@code ==}; else none. (Over other outputs the
     * metric would say nothing the rules use, and a PyTorch loop has no Keras metric to warn about.)
     */
    static List<String> of(Value input, Scope scope, Node call, Node target) {
        if (!(input instanceof Tensor t && t.base().equals("softmax")) || target == null || !target.is("identifier")) return List.of();
        var atCall = scope.lookup(target.text(), call.start());
        if (atCall.isEmpty()) return List.of();
        Deque<Node> todo = new ArrayDeque<>(List.of(scope.node()));
        for (int seen = 0; !todo.isEmpty() && seen < MAX_NODES; seen++) {
            Node n = todo.pop();
            if (n.is("comparison_operator") && n.named().size() == 2 && "==".equals(text(n.field("operators")))) {
                Node a = argmaxOf(n.named().get(0));
                Node b = argmaxOf(n.named().get(1));
                if (a != null && b != null && (same(a, target, scope, atCall) || same(b, target, scope, atCall))) return List.of("accuracy");
            }
            todo.addAll(n.named());
        }
        return List.of();
    }

    private static String text(Node n) {
        return n == null ? null : n.text();
    }

    /** What {@code x.argmax(1)} / {@code x.argmax(dim=1)} takes the argmax of, or null. */
    private static Node argmaxOf(Node e) {
        e = Node.bare(e);
        if (e == null || !e.is("call")) return null;
        Node fn = e.field("function");
        return fn != null && fn.is("attribute") && "argmax".equals(text(fn.field("attribute"))) ? fn.field("object") : null;
    }

    private static boolean same(Node n, Node target, Scope scope, List<?> atCall) {
        return n.is("identifier") && n.text().equals(target.text()) && scope.lookup(n.text(), n.start()).equals(atCall);
    }
}
