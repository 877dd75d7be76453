package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.semantic.Scope;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What holds where a statement of a method runs: the {@code self.attr == literal} tests of the ifs and elifs around it.
 * A model that dispatches on a task ({@code if self.method == "multiclass": return F.softmax(...)} in one helper,
 * {@code if self.method == "multiclass": return F.cross_entropy(...)} in another) is followed task by task: a loss call
 * under one test sees only the returns of its class's methods that do not test the same attribute for another value.
 *
 * @param cls   the class whose methods the tests are about, or null when there are none
 * @param equal each attribute of {@code self} tested, with the literal value it equals there
 */
public record Guards(Scope cls, Map<String, Object> equal) {
    public static final Guards NONE = new Guards(null, Map.of());

    /** The tests around node {@code n} inside function {@code fn} (a method: its parent is a class). */
    public static Guards at(Node n, Scope fn) {
        if (fn == null || fn.kind() != Scope.Kind.FUNCTION || fn.parent() == null || fn.parent().kind() != Scope.Kind.CLASS) return NONE;
        Map<String, Object> equal = new LinkedHashMap<>();
        for (Node c = n, p = n.parent(); p != null && !p.equals(fn.node()); c = p, p = p.parent()) {
            boolean branch = (p.is("if_statement") || p.is("elif_clause")) && c.equals(p.field("consequence"));
            if (branch) test(p.field("condition"), equal);
        }
        return equal.isEmpty() ? NONE : new Guards(fn.parent(), Map.copyOf(equal));
    }

    /** {@code self.attr == literal} (either way round) read into {@code equal}; any other test says nothing. */
    private static void test(Node condition, Map<String, Object> equal) {
        if (condition == null || !condition.is("comparison_operator") || condition.named().size() != 2) return;
        Node left = condition.named().get(0);
        Node right = condition.named().get(1);
        String op = condition.text().substring(left.end() - condition.start(), right.start() - condition.start()).trim();
        if (!op.equals("==")) return;
        Node attr = selfAttribute(left) ? left : selfAttribute(right) ? right : null;
        if (attr == null) return;
        Value v = Literals.of(attr == left ? right : left);
        if (v instanceof Literal l && l.value() != null && !(l.value() instanceof java.util.List)) equal.putIfAbsent(attr.text(), l.value());
    }

    private static boolean selfAttribute(Node e) {
        Node object = e.is("attribute") ? e.field("object") : null;
        return object != null && object.is("identifier") && object.text().equals("self");
    }

    public boolean isEmpty() {
        return equal.isEmpty();
    }

    /** True when the other tests, of the same class, ask an attribute for a value other than this one's. */
    boolean contradicts(Guards other) {
        if (cls == null || other.cls != cls) return false;
        for (Map.Entry<String, Object> e : other.equal.entrySet()) {
            Object mine = equal.get(e.getKey());
            if (mine != null && !Objects.equals(mine, e.getValue())) return true;
        }
        return false;
    }
}
