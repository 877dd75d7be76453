package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Instance;
import dev.lossadvisor.engine.python.eval.Value.Items;
import dev.lossadvisor.engine.python.eval.Value.Lib;
import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.semantic.Binding;
import dev.lossadvisor.engine.python.semantic.Scope;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code for w, fn in zip(self.weights, self.losses): total += w * fn(out, y)}, {@code for i, fn in enumerate(losses)},
 * {@code sum(fn(p, y) for fn in self.losses)}, {@code {t: crit[t](out[t], y[t]) for t in crit}}: a loop over a list or tuple of known entries runs its body once per entry,
 * so a call in it is followed once per entry, as {@link DictLoops} does for a dict; zip and enumerate pair the entries by
 * position; a dict's {@code .items()}, {@code .keys()} and {@code .values()} are lists too. Each pass surely runs, so what
 * one entry shows is a finding. A list of unknown length, a zip of one, or a
 * comprehension with an if clause (a pass that may be skipped) is left to the join.
 */
public final class ListLoops {

    private ListLoops() {}

    /** One evaluator per entry of the list the innermost loop around {@code call} runs over; none outside such a loop. */
    public static List<Evaluator> passes(Evaluator ev, Node call, Scope scope) {
        Node loop = loop(call, scope);
        if (loop == null) return List.of();
        Node clause = loop.is("for_statement") ? loop : clause(loop);
        List<Binding> targets = loop.is("for_statement") ? LoopPasses.targets(loop, scope) : targets(loop, scope);
        if (targets.isEmpty() || targets.stream().anyMatch(ev::pinned)) return List.of();
        ev.budget(LoopPasses.LOOP_BUDGET);
        List<Value> rows = rows(clause.field("right"), ev, Context.at(scope, loop.start()));
        if (rows == null || rows.size() < 2 || rows.size() > LoopPasses.MAX_ENTRIES) return List.of();
        List<Evaluator> out = new ArrayList<>();
        for (Value row : rows) {
            Evaluator pass = ev.fresh();
            for (Binding b : targets) pass.pin(b, Evaluator.unpack(row, b.path()));
            out.add(pass);
        }
        return out;
    }

    /** The items a for loop takes from {@code iterable}, in order: a known list, zip and enumerate of known lists; else null. */
    static List<Value> rows(Node iterable, Evaluator ev, Context c) {
        return rows(iterable, ev, c, null);
    }

    /**
     * {@link #rows}; with {@code cut} given, a zip of known lists and lists of unknown length gives the rows of the known
     * ones with the others' items unknown, and sets {@code cut[0]}: zip may stop sooner (a list of probes zipped with
     * torch.split(x, 1) of a tensor).
     */
    private static List<Value> rows(Node iterable, Evaluator ev, Context c, boolean[] cut) {
        if (iterable == null) return null;
        Value callee = iterable.is("call") ? ev.eval(iterable.field("function"), c) : null;
        if (callee instanceof Lib l && (l.name().equals("zip") || l.name().equals("enumerate"))) {
            List<Node> args = iterable.field("arguments") == null ? List.of() : iterable.field("arguments").named();
            if (args.isEmpty() || args.stream().anyMatch(a -> !a.is("identifier") && !a.is("attribute") && !a.is("call") && !a.is("list") && !a.is("tuple") && !a.is("subscript"))) return null;
            if (l.name().equals("enumerate")) {
                List<Value> items = args.size() == 1 ? rows(args.get(0), ev, c) : null; // a start= keyword shifts the indices
                if (items == null) return null;
                List<Value> out = new ArrayList<>();
                for (int i = 0; i < items.size(); i++) out.add(new Items(List.of(new Literal((double) i), items.get(i))));
                return out;
            }
            List<List<Value>> columns = new ArrayList<>();
            for (Node a : args) {
                List<Value> column = rows(a, ev, c);
                // zip stops at its shortest list: one of unknown length leaves the passes unknown (at most the known ones')
                if (column == null && cut == null) return null;
                if (column == null) cut[0] = true;
                columns.add(column);
            }
            int n = columns.stream().filter(java.util.Objects::nonNull).mapToInt(List::size).min().orElse(-1);
            if (n < 0) return null;
            List<Value> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                List<Value> row = new ArrayList<>();
                for (List<Value> column : columns) row.add(column == null ? Value.UNKNOWN : column.get(i));
                out.add(new Items(row));
            }
            return out;
        }
        List<Value> entries = entries(iterable, ev, c);
        if (entries != null) return entries;
        int[] bounds = range(iterable, ev, c);
        if (bounds != null) {
            if (bounds[1] - bounds[0] > LoopPasses.MAX_ENTRIES) return null;
            List<Value> out = new ArrayList<>();
            for (int i = bounds[0]; i < bounds[1]; i++) out.add(new Literal((double) i));
            return out;
        }
        Value v = ev.eval(iterable, c);
        if (v instanceof Literal l && l.value() instanceof List<?> numbers) return numbers.stream().map(x -> (Value) new Literal(x)).toList(); // (1.0, 0.5)
        if (v instanceof Value.Dict d && !ComputedKeys.any(d)) return d.entries().keySet().stream().map(k -> (Value) new Literal(k)).toList(); // a dict is its keys
        return v instanceof Items items ? items.items() : null;
    }

    /**
     * What a loop over a dict of known entries takes: {@code d.items()} its (key, value) pairs, {@code d.values()} its
     * values, {@code d.keys()} its keys, in order; null for anything else, or a dict whose keys were computed.
     */
    private static List<Value> entries(Node iterable, Evaluator ev, Context c) {
        Node fn = iterable.is("call") ? iterable.field("function") : null;
        if (fn == null || !fn.is("attribute") || iterable.field("arguments") == null || !iterable.field("arguments").named().isEmpty()) return null;
        String view = BuiltinsLibrary.dictView(fn.field("attribute").text());
        if (!List.of("items", "keys", "values").contains(view) || !(ev.eval(fn.field("object"), c) instanceof Value.Dict d) || ComputedKeys.any(d)) return null;
        List<Value> out = new ArrayList<>();
        d.entries().forEach((k, v) -> out.add(switch (view) {
            case "items" -> new Items(List.of(new Literal(k), v));
            case "values" -> v;
            default -> new Literal(k);
        }));
        return out;
    }

    /**
     * The start and stop of {@code range(n)}, {@code range(start, n)} or {@code range(len(items))} when both are known
     * (a stop not above the start, zero or negative too: an empty range), else null; a step is not followed.
     */
    static int[] range(Node iterable, Evaluator ev, Context c) {
        if (iterable == null || !iterable.is("call") || !(ev.eval(iterable.field("function"), c) instanceof Lib l) || !l.name().equals("range")) return null;
        List<Node> bounds = new Args(iterable.field("arguments"), c, ev).positional();
        if (bounds.isEmpty() || bounds.size() > 2) return null;
        Integer start = bounds.size() == 2 ? whole(bounds.get(0), ev, c) : Integer.valueOf(0);
        Integer stop = whole(bounds.get(bounds.size() - 1), ev, c);
        if (start == null || stop == null) return null;
        return new int[] {start, Math.max(start, stop)};
    }

    /** A known whole number, zero and negative ones too ({@code range(num_layers - 2)} with num_layers=2 runs no pass); null when not known. */
    private static Integer whole(Node n, Evaluator ev, Context c) {
        return ev.eval(n, c) instanceof Literal l && l.value() instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e7 ? d.intValue() : null;
    }

    /**
     * The list a comprehension builds ({@code [Block(dims[i], act=acts[i]) for i in range(n)]}) when it has one for clause,
     * if clauses known for each item, and runs over a known list or range of at most MAX_ENTRIES items: its body once per
     * item kept; else unknown.
     */
    static Value built(Evaluator ev, Node comprehension, Context c) {
        boolean[] cut = {false};
        List<Value> out = each(ev, comprehension, comprehension.field("body"), c, cut);
        if (out == null || cut[0] && out.isEmpty()) return Value.UNKNOWN;
        return new Items(out, !cut[0]); // over a zip a list of unknown length may cut short: how many items is not known
    }

    /**
     * The dict a comprehension builds ({@code {name: head(z) for name, head in self.heads.items()}}, {@code {k: v for k, v
     * in ACTS.items() if k != "softmax"}}) on the same terms as
     * {@link #built}: its pair once per item, each key a known string; else unknown.
     */
    static Value builtDict(Evaluator ev, Node comprehension, Context c) {
        Node pair = comprehension.field("body");
        if (pair == null || !pair.is("pair")) return Value.UNKNOWN;
        List<Value> keys = each(ev, comprehension, pair.field("key"), c, null);
        List<Value> values = keys == null ? null : each(ev, comprehension, pair.field("value"), c, null);
        if (values == null) return Value.UNKNOWN;
        java.util.Map<String, Value> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            if (!(keys.get(i) instanceof Literal k && k.value() instanceof String name)) return Value.UNKNOWN;
            out.put(name, values.get(i));
        }
        return new Value.Dict(out);
    }

    /**
     * {@code part} of a comprehension once per item of the known list it runs over, in order, skipping the items its if
     * clauses are known false for; null when not followed or when an if clause is not known for an item. {@code cut}:
     * see {@link #rows(Node, Evaluator, Context, boolean[])}.
     */
    private static List<Value> each(Evaluator ev, Node comprehension, Node part, Context c, boolean[] cut) {
        Node clause = forClause(comprehension);
        if (clause == null || part == null) return null;
        List<Binding> targets = targets(comprehension, c.scope());
        if (targets.isEmpty() || targets.stream().anyMatch(ev::pinned)) return null;
        List<Value> rows = rows(clause.field("right"), ev, c, cut);
        if (rows == null || rows.size() > LoopPasses.MAX_ENTRIES) return null;
        List<Value> out = new ArrayList<>();
        Context inside = c.moved(c.scope(), part.start()); // where the targets are seen
        for (Value row : rows) {
            java.util.Map<Binding, Value> pins = new java.util.LinkedHashMap<>();
            for (Binding b : targets) pins.put(b, Evaluator.unpack(row, b.path()));
            Value kept = ev.holding(List.copyOf(pins.entrySet()), () -> kept(comprehension, ev, c));
            if (!(kept instanceof Literal k && k.value() instanceof Boolean keep)) return null;
            if (!keep) continue;
            Value item = ev.holding(List.copyOf(pins.entrySet()), () -> ev.eval(part, inside));
            // an object of a project class reads its arguments later (self.act = act, used in forward): under this item's pins
            out.add(item instanceof Instance i && i.construction() != null ? new Instance(i.type(), i.construction().pinned(pins), i.patched()) : item);
        }
        return out;
    }

    /** The innermost for loop or comprehension of {@code scope} whose body holds {@code call}, or null. */
    private static Node loop(Node call, Scope scope) {
        for (Node n = call.parent(); n != null && !n.equals(scope.node()); n = n.parent()) {
            if (n.is("for_statement")) return LoopPasses.inBody(n, call) ? n : null;
            if (n.is("generator_expression") || n.is("list_comprehension") || n.is("dictionary_comprehension")) return clause(n) != null && n.field("body") != null && n.field("body").start() <= call.start() && call.end() <= n.field("body").end() ? n : null;
            if (n.is("function_definition") || n.is("lambda") || n.is("class_definition")) return null;
        }
        return null;
    }

    /** The one for clause of a comprehension with no if clause and no nested for; null for any other. */
    private static Node clause(Node comprehension) {
        return comprehension.named().stream().anyMatch(c -> c.is("if_clause")) ? null : forClause(comprehension);
    }

    /** A comprehension's one for clause (if clauses may follow it), or null. */
    private static Node forClause(Node comprehension) {
        Node only = null;
        for (Node c : comprehension.named()) {
            if (c.is("for_in_clause") && only != null) return null;
            if (c.is("for_in_clause")) only = c;
        }
        return only != null && only.field("left") != null && only.field("right") != null ? only : null;
    }

    /** Whether every if clause of a comprehension holds for the item its names are held at: a literal true or false, else unknown. */
    private static Value kept(Node comprehension, Evaluator ev, Context c) {
        for (Node f : comprehension.named()) {
            if (!f.is("if_clause")) continue;
            Boolean holds = f.named().isEmpty() ? null : Branches.truth(f.named().get(0), ev, c.moved(c.scope(), f.start()));
            if (holds == null) return Value.UNKNOWN;
            if (!holds) return new Literal(false);
        }
        return new Literal(true);
    }

    /** The bindings a comprehension's for target makes: those bound for its block. */
    private static List<Binding> targets(Node comprehension, Scope scope) {
        List<Binding> out = new ArrayList<>();
        for (String name : LoopPasses.names(forClause(comprehension).field("left"), new ArrayList<>())) {
            for (Binding b : scope.bindings(name)) if (b.kind() == Binding.Kind.FOR && comprehension.equals(b.block())) out.add(b);
        }
        return out;
    }
}
