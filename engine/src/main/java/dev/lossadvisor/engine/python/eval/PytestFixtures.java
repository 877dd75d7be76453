package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Function;
import dev.lossadvisor.engine.python.semantic.Binding;
import dev.lossadvisor.engine.python.semantic.Scope;
import dev.lossadvisor.engine.python.semantic.SourceFile;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * pytest's fixtures: pytest calls a test function (and a fixture) itself, giving each parameter the value of the fixture of that name
 * (a function decorated with {@code @pytest.fixture}, with or without arguments) from the test's own module, else from
 * the {@code conftest.py} of its package or of a package above it; a fixture that yields gives what it yields. A
 * fixture's own parameters are fixtures again, so they are read the same way.
 */
final class PytestFixtures {
    private PytestFixtures() {}

    /** The value pytest gives a parameter of {@code fn} in a test module, or null when no fixture is named so. */
    static Value parameter(Scope fn, Binding b, Evaluator ev, Context c) {
        if (!fn.file().isTest() || fn.kind() != Scope.Kind.FUNCTION) return null;
        // pytest calls tests and fixtures only; a helper of the test module gets what its callers pass
        if (!fn.name().startsWith("test") && !fixture(fn.node(), fn.parent(), ev, c)) return null;
        Value parametrized = parametrized(fn, b.name(), ev, c);
        if (parametrized != null) return parametrized;
        for (Scope module : modules(fn.file(), ev)) {
            for (Binding d : module.bindings(b.name())) {
                if (d.kind() != Binding.Kind.DEF || !fixture(d.value(), module, ev, c)) continue;
                Function f = new Function(module.child(d.value()), null);
                Context at = new Context(module, d.offset(), null, null, null, c.depth() + 1);
                return f.scope().yields().isEmpty() ? ev.returned(f, Args.NONE, at) : ev.yieldedBy(f, Args.NONE, at);
            }
        }
        return null;
    }

    /** The test's module, then the conftest.py modules of its package and of each package above it, nearest first. */
    private static List<Scope> modules(SourceFile test, Evaluator ev) {
        List<Scope> out = new ArrayList<>(List.of(test.scope()));
        String name = test.module();
        while (name.contains(".")) {
            name = name.substring(0, name.lastIndexOf('.'));
            SourceFile conftest = ev.project().module(name + ".conftest");
            if (conftest != null && conftest != test) out.add(conftest.scope());
        }
        SourceFile top = ev.project().module("conftest");
        if (top != null && top != test) out.add(top.scope());
        return out;
    }

    /**
     * What {@code @pytest.mark.parametrize("act", [...])} (or {@code ("hidden, act", [(32, "softmax"), ...])}) gives a
     * test's parameter: each listed value is a candidate, joined (known when all agree); null when no parametrize names
     * it or hands its rows to the fixture of that name ({@code indirect=True}), unknown when its values are not a known list.
     */
    private static Value parametrized(Scope fn, String name, Evaluator ev, Context c) {
        Node decorated = fn.node().parent();
        if (decorated == null || !decorated.is("decorated_definition")) return null;
        Context at = new Context(fn.parent(), decorated.start(), null, null, null, c.depth() + 1);
        for (Node d : decorated.named()) {
            Node e = d.is("decorator") && !d.named().isEmpty() ? d.named().get(0) : null;
            if (e == null || !e.is("call") || !(ev.eval(e.field("function"), at) instanceof Value.Lib lib && lib.name().equals("pytest.mark.parametrize"))) continue;
            Args args = new Args(e.field("arguments"), at, ev);
            List<String> names = names(args.value(0, "argnames"));
            int index = names == null ? -1 : names.indexOf(name);
            if (index < 0) continue;
            // indirect=True (or a list naming it) hands each row to the fixture of that name as request.param: the test
            // gets what the fixture makes of it, so the fixture is read
            Value indirect = args.keyword("indirect") == null ? null : args.value(-1, "indirect");
            if (indirect instanceof Value.Literal l && Boolean.TRUE.equals(l.value())
                    || indirect instanceof Value.Items listed && listed.items().contains(new Value.Literal(name))) return null;
            boolean othersListed = indirect instanceof Value.Items listed && listed.items().stream().allMatch(i -> i instanceof Value.Literal);
            if (indirect != null && !(indirect instanceof Value.Literal l && Boolean.FALSE.equals(l.value())) && !othersListed) return Value.UNKNOWN;
            Value given = args.value(1, "argvalues");
            List<Value> rows = given instanceof Value.Items items ? items.items()
                    : given instanceof Value.Literal l && l.value() instanceof List<?> numbers ? numbers.stream().map(n -> (Value) new Value.Literal(n)).toList() : List.of();
            if (rows.isEmpty()) return Value.UNKNOWN;
            List<Value> candidates = new ArrayList<>();
            for (Value row : rows) {
                if (names.size() == 1) candidates.add(row);
                else candidates.add(row instanceof Value.Items cells && cells.items().size() == names.size() ? cells.items().get(index) : Value.UNKNOWN);
            }
            // None is one of the rows here, not a placeholder set before the real value: it must agree too
            boolean none = candidates.stream().anyMatch(v -> v instanceof Value.Literal l && l.value() == null);
            return none && !candidates.stream().allMatch(candidates.get(0)::equals) ? Value.UNKNOWN : Joins.join(candidates);
        }
        return null;
    }

    /** The parameter names of a parametrize: "act", "hidden, act" or a list of names; null when not literal. */
    private static List<String> names(Value v) {
        if (v instanceof Value.Literal l && l.value() instanceof String s) return java.util.Arrays.stream(s.split(",")).map(String::trim).toList();
        if (!(v instanceof Value.Items items)) return null;
        List<String> out = new ArrayList<>();
        for (Value i : items.items()) {
            if (!(i instanceof Value.Literal l && l.value() instanceof String s)) return null;
            out.add(s.trim());
        }
        return out;
    }

    /** Whether a def is decorated with pytest.fixture, as {@code @pytest.fixture} or {@code @pytest.fixture(scope=...)}. */
    private static boolean fixture(Node def, Scope where, Evaluator ev, Context c) {
        Node decorated = def.parent();
        if (decorated == null || !decorated.is("decorated_definition")) return false;
        Context at = new Context(where, decorated.start(), null, null, null, c.depth() + 1);
        for (Node d : decorated.named()) {
            Node e = d.is("decorator") && !d.named().isEmpty() ? d.named().get(0) : null;
            if (e != null && e.is("call")) e = e.field("function");
            if (e != null && ev.eval(e, at) instanceof Value.Lib l && l.name().equals("pytest.fixture")) return true;
        }
        return false;
    }
}
