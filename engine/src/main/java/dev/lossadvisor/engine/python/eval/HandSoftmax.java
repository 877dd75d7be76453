package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Lib;
import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.eval.Value.Tensor;
import dev.lossadvisor.engine.python.semantic.Binding;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.List;

/**
 * A softmax written by hand, as from-scratch courses write it: {@code e = torch.exp(x); e / e.sum(1, keepdim=True)}, or
 * {@code x.exp() / x.exp().sum(-1, keepdim=True)}, the sum also bound to a name first ({@code partition = e.sum(...)}).
 * Only the exponential of raw scores (shifted by their row maximum or not) divided by its own sum over the class axis
 * (1 or -1) is one; a sum over another axis, of another tensor, or without keepdim is not followed.
 */
final class HandSoftmax {

    private HandSoftmax() {}

    /** The softmax {@code division} computes, or null when it is not one. */
    static Tensor of(Node division, Value numerator, Evaluator ev, Context c) {
        if (!(numerator instanceof Tensor e) || !e.activation().equals("softplus") || !exponential(e)) return null;
        Node left = Node.bare(division.field("left"));
        Node right = Node.bare(division.field("right"));
        Context at = c;
        if (right != null && right.is("identifier")) { // partition = e.sum(1, keepdim=True); e / partition
            List<Binding> bound = c.scope().lookup(right.text(), c.offset());
            Binding b = bound.size() == 1 ? bound.get(0) : null;
            if (b == null || b.kind() != Binding.Kind.ASSIGNMENT || !b.path().isEmpty() || b.scope() != c.scope() || b.conditional()) return null;
            right = Node.bare(b.value());
            at = c.moved(c.scope(), b.offset());
        }
        Node summed = summed(right, ev, at);
        if (summed == null || left == null) return null;
        Value total = ev.eval(summed, at);
        boolean same = total.equals(e) || exponentOf(left, ev, c) instanceof Tensor x && x.equals(exponentOf(summed, ev, at));
        if (!same) return null;
        String shown = "exp / sum";
        return new Tensor("softmax", e.units(), division.place(), shown, e.name(), List.of(shown));
    }

    /**
     * {@code z - z.max(dim=1, keepdim=True).values} (or {@code [0]}, or {@code z - z.amax(1, keepdim=True)}): raw scores
     * shifted by their row maximum, as a numerically stable softmax writes them before the exponential; null for any
     * other difference.
     */
    static Value shifted(Node difference, Evaluator ev, Context c) {
        Node left = Node.bare(difference.field("left"));
        Node right = Node.bare(difference.field("right"));
        if (left == null || right == null || !difference.field("operator").text().equals("-")) return null;
        Node call = right;
        if (right.is("attribute") && right.field("attribute") != null && right.field("attribute").text().equals("values")) call = right.field("object");
        else if (right.is("subscript") && right.field("subscript") != null && right.field("subscript").text().equals("0")) call = right.field("value");
        call = Node.bare(call);
        if (call == null || !call.is("call") || call.field("function") == null || !call.field("function").is("attribute")) return null;
        String method = call.field("function").field("attribute") == null ? "" : call.field("function").field("attribute").text();
        if (!(call != right && method.equals("max") || call == right && method.equals("amax"))) return null;
        Value z = ev.eval(left, c);
        if (!(z instanceof Tensor t) || !t.activation().equals("linear") || !z.equals(ev.eval(call.field("function").field("object"), c))) return null;
        return t.via("- its row max");
    }

    /** Whether the tensor is an exponential (torch.exp, .exp()), not another positive rate such as softplus. */
    private static boolean exponential(Tensor t) {
        return t.shown().equals(".exp()") || t.shown().endsWith("exp");
    }

    /** What {@code e.sum(1, keepdim=True)} or {@code torch.sum(e, dim=-1, keepdim=True)} sums over the class axis: e's node, else null. */
    private static Node summed(Node call, Evaluator ev, Context c) {
        if (call == null || !call.is("call") || call.field("function") == null) return null;
        Node fn = call.field("function");
        Args args = new Args(call.field("arguments"), c, ev);
        boolean method = fn.is("attribute") && fn.field("attribute") != null && fn.field("attribute").text().equals("sum");
        if (!method && !(ev.eval(fn, c) instanceof Lib l && l.name().equals("torch.sum"))) return null;
        int shift = method ? 0 : 1;
        boolean keep = args.value(1 + shift, "keepdim") instanceof Literal k && Boolean.TRUE.equals(k.value());
        boolean rows = args.value(shift, "dim") instanceof Literal d && d.value() instanceof Double axis && (axis == 1 || axis == -1);
        if (!keep || !rows) return null;
        return method ? fn.field("object") : args.node(0, "input");
    }

    /** The tensor x of an exponential call written in place ({@code torch.exp(x)}, {@code x.exp()}), else null. */
    private static Value exponentOf(Node n, Evaluator ev, Context c) {
        Node call = Node.bare(n);
        if (call == null || !call.is("call") || call.field("function") == null) return null;
        Node fn = call.field("function");
        Args args = new Args(call.field("arguments"), c, ev);
        if (fn.is("attribute") && fn.field("attribute") != null && fn.field("attribute").text().equals("exp") && args.isEmpty()) return ev.eval(fn.field("object"), c);
        return ev.eval(fn, c) instanceof Lib l && l.name().equals("torch.exp") ? args.value(0, "input") : null;
    }
}
