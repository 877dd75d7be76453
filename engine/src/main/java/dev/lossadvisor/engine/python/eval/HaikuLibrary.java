package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.syntax.Node;

/**
 * Haiku: {@code hk.transform(forward)} gives a pair whose {@code apply(params, rng, x)} calls the forward function on x
 * ({@code without_apply_rng} drops the rng, {@code transform_with_state} takes a state and gives (output, state));
 * hk.Linear and hk.nets.MLP are linear layers of known width, and hk.Sequential runs its layers and jax.nn functions in
 * order, as nn.Sequential does. Sonnet 2, Haiku's TensorFlow sibling, has the same snt.Linear and snt.Sequential (its
 * functions those of tf.nn).
 */
final class HaikuLibrary implements Library {

    @Override
    public Value call(String name, Args args, Node call) {
        return switch (name) {
            case "haiku.transform" -> transformed(args.value(0, "f"), 2, false);
            case "haiku.transform_with_state" -> transformed(args.value(0, "f"), 3, true);
            case "haiku.without_apply_rng" -> args.value(0, "f") instanceof Value.Dict d && d.entries().get("apply") instanceof Value.Wrapped w && w.dropped() > 1
                    ? transformed(w.fn(), w.dropped() - 1, w.paired()) : Value.UNKNOWN;
            case "haiku.Linear", "sonnet.Linear" -> new Value.Layer("linear", args.evaluator().integer(args.node(0, "output_size"), args.context()), call.place(),
                    name.startsWith("haiku") ? "hk.Linear" : "snt.Linear", null, false);
            case "haiku.nets.MLP" -> mlp(args, call);
            case "haiku.Sequential", "sonnet.Sequential" -> JaxLibrary.stack(args.node(0, "layers"), args);
            default -> null;
        };
    }

    /** The pair hk.transform gives, read by attribute: its apply calls the forward function without params (and rng, state). */
    private static Value transformed(Value forward, int dropped, boolean paired) {
        return forward instanceof Value.Function ? new Value.Dict(java.util.Map.of("apply", new Value.Wrapped(forward, dropped, paired))) : Value.UNKNOWN;
    }

    /** hk.nets.MLP([512, 10]): a linear layer as wide as its last size; with activate_final=True or another activation, not followed. */
    private static Value mlp(Args args, Node call) {
        Node fin = args.keyword("activate_final");
        if (fin != null && !fin.is("false") || args.node(1, "w_init") != null || args.keyword("activation") != null) return Value.UNKNOWN;
        if (!(args.value(0, "output_sizes") instanceof Value.Items sizes) || sizes.items().isEmpty()) return Value.UNKNOWN;
        Value last = sizes.items().get(sizes.items().size() - 1);
        int units = last instanceof Value.Literal l && l.value() instanceof Double d ? d.intValue() : 0;
        return new Value.Layer("linear", units, call.place(), "hk.nets.MLP", null, false);
    }

    @Override
    public Value method(Value receiver, String method, Args args, Node call) {
        return null;
    }
}
