package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.semantic.Binding;
import dev.lossadvisor.engine.python.semantic.Scope;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A store made on every pass of a for loop ({@code for units, act in LAYERS: model.add(Dense(units, activation=act))}):
 * its statement sits in the loop's body itself, not under an if, and nothing in the body ends a pass early, so the last
 * pass over a known, non-empty list surely made it, with the loop's names at the list's last item.
 */
final class LoopPasses {
    private static final Set<String> EXITS = Set.of("break_statement", "continue_statement", "return_statement", "raise_statement");
    /** Entries followed one by one by DictLoops and ListLoops, at most: a bigger container is left to the join. */
    static final int MAX_ENTRIES = 16;
    /** The steps evaluating the container a loop runs over may take. */
    static final int LOOP_BUDGET = 20_000;
    /**
     * Passes of a longer known loop still counted, each with the loop's names not held ({@code range(num_layers - 2)} at
     * num_layers=20): a layer list then has its true length, which a test of the index against num_layers reads.
     */
    private static final int MAX_COUNTED = 64;

    private LoopPasses() {}

    /** The for loop whose every pass makes the store of {@code stored}, or null. */
    static Node loop(Node stored) {
        Node statement = stored == null ? null : stored.ancestor("expression_statement");
        Node body = statement == null ? null : statement.parent();
        Node loop = body == null ? null : body.parent();
        return loop != null && loop.is("for_statement") && body.equals(loop.field("body")) && !exits(body) ? loop : null;
    }

    /**
     * The for loop whose body holds the store of {@code stored} under if/elif/else branches only ({@code for w in WIDTHS:
     * if w > 10: model.add(Dropout(0.2))}), nothing in the body ending a pass early; null when the store is not under a
     * branch or not in such a loop.
     */
    static Node branchLoop(Node stored) {
        Node child = stored == null ? null : stored.ancestor("expression_statement");
        boolean branched = false;
        for (Node p = child == null ? null : child.parent(); p != null; child = p, p = p.parent()) {
            if (p.is("if_statement") || p.is("elif_clause") || p.is("else_clause")) branched = true;
            else if (p.is("for_statement")) return branched && child.equals(p.field("body")) && !exits(child) ? p : null;
            else if (!p.is("block")) return null;
        }
        return null;
    }

    /**
     * Whether {@code stored} sits in the body of a for or while loop that starts after {@code from} (the container's
     * binding) in the same function: the store then runs once per pass, however many passes there are.
     */
    static boolean inLoopAfter(Node stored, int from) {
        for (Node child = stored, p = stored == null ? null : stored.parent(); p != null; child = p, p = p.parent()) {
            if (p.is("function_definition") || p.is("class_definition") || p.start() <= from) return false;
            if ((p.is("for_statement") || p.is("while_statement")) && child.equals(p.field("body"))) return true;
        }
        return false;
    }

    /** The bindings the loop's target makes in {@code scope}: {@code units} and {@code act} of {@code for units, act in ...}. */
    static List<Binding> targets(Node loop, Scope scope) {
        Node left = loop.field("left");
        List<Binding> out = new ArrayList<>();
        for (String name : names(left, new ArrayList<>())) {
            for (Binding b : scope.bindings(name)) if (b.kind() == Binding.Kind.FOR && b.offset() == left.start()) out.add(b);
        }
        return out;
    }

    /**
     * The loop's names at each entry of the known list it runs over ({@code for name, make in LAYOUT}), in order, for
     * {@link Evaluator#holding}: none for a list known empty ({@code range(num_layers - 2)} with num_layers=2), empty
     * entries past MAX_ENTRIES; null when the list is not known or longer than MAX_COUNTED, or a name is already held.
     */
    static List<List<Map.Entry<Binding, Value>>> passes(Node loop, Scope scope, Evaluator ev, Context at) {
        List<Binding> targets = targets(loop, scope);
        if (targets.isEmpty() || targets.stream().anyMatch(ev::pinned)) return null;
        Context before = at.moved(scope, loop.start());
        List<Value> rows = ListLoops.rows(loop.field("right"), ev, before);
        if (rows == null || rows.size() > MAX_ENTRIES) { // too many to hold one by one: still so many passes, the names not held
            int[] range = rows == null ? ListLoops.range(loop.field("right"), ev, before) : new int[] {0, rows.size()};
            return range != null && range[1] - range[0] <= MAX_COUNTED ? java.util.Collections.nCopies(range[1] - range[0], List.of()) : null;
        }
        List<List<Map.Entry<Binding, Value>>> out = new ArrayList<>();
        for (Value row : rows) out.add(targets.stream().map(t -> Map.entry(t, Evaluator.unpack(row, t.path()))).toList());
        return out;
    }

    /** Whether {@code loop} is a whole for statement whose body holds {@code call}. */
    static boolean inBody(Node loop, Node call) {
        Node body = loop.field("body");
        return body != null && body.start() <= call.start() && call.end() <= body.end() && loop.field("right") != null && loop.field("left") != null;
    }

    static List<String> names(Node n, List<String> out) {
        if (n.is("identifier")) out.add(n.text());
        else for (Node c : n.named()) names(c, out);
        return out;
    }

    private static boolean exits(Node n) {
        for (Node c : n.named()) if (EXITS.contains(c.type()) || exits(c)) return true;
        return false;
    }
}
