package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Layer;
import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.Map;
import java.util.Set;

/**
 * DGL's graph convolutions: GraphConv, RelGraphConv, SAGEConv and TAGConv give {@code out_feats} features per node,
 * through the callable their {@code activation=} argument names (none by default, so raw scores).
 */
final class DglLibrary implements Library {
    private static final Set<String> PREFIXES = Set.of("dgl.nn.", "dgl.nn.pytorch.", "dgl.nn.pytorch.conv.");
    /** Each layer's place of {@code activation} among its positional parameters. */
    private static final Map<String, Integer> ACTIVATION_AT = Map.of("GraphConv", 5, "RelGraphConv", 6, "SAGEConv", 6, "TAGConv", 4);

    @Override
    public Value call(String name, Args args, Node call) {
        int dot = name.lastIndexOf('.');
        String last = name.substring(dot + 1);
        if (!PREFIXES.contains(name.substring(0, dot + 1)) || !ACTIVATION_AT.containsKey(last)) return null;
        if (args.positional().stream().anyMatch(a -> a.is("list_splat"))) return Value.UNKNOWN;
        String activation = activation(args.given(ACTIVATION_AT.get(last), "activation"));
        if (activation == null) return Value.UNKNOWN;
        Node out = args.node(1, last.equals("RelGraphConv") ? "out_feat" : "out_feats");
        int units = out == null ? 0 : args.evaluator().integer(out, args.context());
        String shown = last + (activation.equals("linear") ? "" : "(activation=" + activation + ")");
        return new Layer(activation, units, call.place(), shown, null, true);
    }

    /**
     * The activation a callable argument applies: none (linear); F.relu or torch.sigmoid; partial(F.softmax, dim=1) over the
     * features of each node (see {@link Partials#activation}); an nn.Softmax(dim=1) object. Null when not known.
     */
    private static String activation(Value v) {
        if (v == null || v instanceof Literal l && l.value() == null) return "linear";
        if (v instanceof Layer l) return l.activation() == null || l.activation().contains("@") ? null : l.activation();
        if (v instanceof Value.Partial p) return Partials.activation(p);
        return v instanceof Value.Lib fn ? Activations.ofFunction(fn.name()) : null;
    }

    @Override
    public Value method(Value receiver, String method, Args args, Node call) {
        return null;
    }
}
