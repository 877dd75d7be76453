package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Layer;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PyTorch Geometric's message-passing layers and its ready models (GCN, GraphSAGE, GAT, GIN): a final linear transform,
 * no activation (they take none), so raw scores of {@code out_channels} features per node; attention layers concatenate
 * their heads, so their width is left unknown; its Sequential of modules with signatures ends in its last module.
 */
final class PygLibrary implements Library {
    private static final Set<String> PREFIXES = Set.of("torch_geometric.nn.", "torch_geometric.nn.conv.", "torch_geometric.nn.models.");
    /** Each layer's place of {@code out_channels} among its positional parameters; -1 when heads may multiply it. */
    private static final Map<String, Integer> OUT_AT = Map.ofEntries(Map.entry("GCNConv", 1), Map.entry("SAGEConv", 1), Map.entry("GraphConv", 1),
            Map.entry("ChebConv", 1), Map.entry("SGConv", 1), Map.entry("TAGConv", 1), Map.entry("GATConv", -1), Map.entry("GATv2Conv", -1),
            Map.entry("TransformerConv", -1), Map.entry("GCN", 3), Map.entry("GraphSAGE", 3), Map.entry("GIN", 3), Map.entry("GAT", 3));

    @Override
    public Value call(String name, Args args, Node call) {
        if (name.equals("torch_geometric.nn.Sequential") || name.equals("torch_geometric.nn.sequential.Sequential")) return sequential(args);
        int dot = name.lastIndexOf('.');
        String last = name.substring(dot + 1);
        if (!PREFIXES.contains(name.substring(0, dot + 1)) || !OUT_AT.containsKey(last)) return null;
        if (args.positional().stream().anyMatch(a -> a.is("list_splat") || a.is("dictionary_splat"))) return Value.UNKNOWN;
        int at = OUT_AT.get(last);
        // the ready models give hidden_channels features when no out_channels is given
        if (at == 3 && args.node(at, "out_channels") == null) return Value.UNKNOWN;
        Node out = at < 0 ? null : args.node(at, "out_channels");
        int units = out == null ? 0 : args.evaluator().integer(out, args.context());
        return new Layer("linear", units, call.place(), last, null, true);
    }

    /**
     * PyG's Sequential("x, edge_index", [(GCNConv(d, h), "x, edge_index -> x"), ReLU(), Linear(h, k)]): its modules,
     * each alone or paired with the signature it is called with, the last deciding the output as in nn.Sequential.
     */
    private static Value sequential(Args args) {
        if (!(args.value(1, "modules") instanceof Value.Items items)) return Value.UNKNOWN;
        List<Value> modules = items.items().stream().map(m -> m instanceof Value.Items pair && pair.items().size() == 2 ? pair.items().get(0) : m).toList();
        return TorchLibrary.sequential(modules);
    }

    @Override
    public Value method(Value receiver, String method, Args args, Node call) {
        return null;
    }
}
