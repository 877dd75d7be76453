package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.semantic.ItemStore;
import dev.lossadvisor.engine.python.syntax.Node;
import dev.lossadvisor.engine.python.syntax.Tree;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The calls that hand a container on to other code: {@code add_head(model, K)}, {@code replace_head(net, n)}. */
final class HandedOn {
    private HandedOn() {}

    /** The calls made in {@code at}'s own scope strictly between the offsets that pass {@code name} itself as an argument, in source order. */
    static List<Node> calls(String name, int from, int until, Context at) {
        Node scope = at.scope().node();
        List<Node> out = new ArrayList<>();
        for (Tree.Call call : scope.tree().calls()) {
            Node n = call.node();
            if (n.start() <= from || n.start() >= until || n.start() < scope.start() || n.end() > scope.end()) continue;
            if (at.scope().file().scopeOf(n) == at.scope() && passes(n, name)) out.add(n);
        }
        return out;
    }

    /**
     * {@code stores} with a store of {@code how} for each call that hands {@code name} on between the offsets (only calls of
     * a bare name when {@code bare}), in source order.
     */
    static List<ItemStore> merged(List<ItemStore> stores, String name, String how, boolean bare, int from, int until, Context at) {
        List<ItemStore> all = new ArrayList<>(stores);
        for (Node n : calls(name, from, until, at)) {
            Node fn = n.field("function");
            if (!bare || fn != null && fn.is("identifier")) all.add(new ItemStore(name, how, null, n, n.start()));
        }
        if (all.size() == stores.size()) return stores;
        all.sort(Comparator.comparingInt(ItemStore::offset));
        return all;
    }

    private static boolean passes(Node call, String name) {
        Node args = call.field("arguments");
        if (args == null) return false;
        for (Node a : args.named()) {
            Node v = a.is("keyword_argument") ? a.field("value") : a;
            if (v != null && v.text().equals(name)) return true;
        }
        return false;
    }
}
