package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.semantic.Scope;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What holds where a statement of a method runs: the {@code self.attr == literal} and {@code self.attr in (literals)}
 * tests of the ifs and elifs around it. A model that dispatches on a task ({@code if self.method == "multiclass":
 * return F.softmax(...)} in one helper, {@code if self.method == "multiclass": return F.cross_entropy(...)} in another)
 * is followed task by task: a loss call under one test sees only the returns of its class's methods whose tests of the
 * same attribute allow a value it allows.
 *
 * @param cls     the class whose methods the tests are about, or null when there are none
 * @param allowed each attribute of {@code self} tested, with the literal values it may have there
 */
public record Guards(Scope cls, Map<String, Set<Object>> allowed) {
    public static final Guards NONE = new Guards(null, Map.of());

    /** The tests around node {@code n} inside function {@code fn} (a method: its parent is a class). */
    public static Guards at(Node n, Scope fn) {
        if (fn == null || fn.kind() != Scope.Kind.FUNCTION || fn.parent() == null || fn.parent().kind() != Scope.Kind.CLASS) return NONE;
        Map<String, Set<Object>> allowed = new LinkedHashMap<>();
        for (Node c = n, p = n.parent(); p != null && !p.equals(fn.node()); c = p, p = p.parent()) {
            boolean branch = (p.is("if_statement") || p.is("elif_clause")) && c.equals(p.field("consequence"));
            if (branch) test(p.field("condition"), allowed);
        }
        return allowed.isEmpty() ? NONE : new Guards(fn.parent(), Map.copyOf(allowed));
    }

    /** {@code self.attr == literal} (either way round) or {@code self.attr in (literals)} read into {@code allowed}. */
    private static void test(Node condition, Map<String, Set<Object>> allowed) {
        if (condition == null || !condition.is("comparison_operator") || condition.named().size() != 2) return;
        Node left = condition.named().get(0);
        Node right = condition.named().get(1);
        Node operator = condition.field("operators"); // read as the evaluator reads a comparison
        String op = operator == null ? "" : operator.text();
        Node attr = selfAttribute(left) ? left : op.equals("==") && selfAttribute(right) ? right : null;
        if (attr == null || allowed.containsKey(attr.text())) return; // the innermost test of an attribute is the one that holds
        Node other = attr == left ? right : left;
        Set<Object> values = new HashSet<>();
        if (op.equals("==")) {
            if (!literal(other, values)) return;
        } else if (op.equals("in") && (other.is("tuple") || other.is("list") || other.is("set"))) {
            for (Node item : other.named()) if (!literal(item, values)) return;
        } else {
            return;
        }
        allowed.put(attr.text(), Set.copyOf(values));
    }

    private static boolean literal(Node e, Set<Object> into) {
        if (!(e.is("string") || e.is("integer") || e.is("float") || e.is("true") || e.is("false"))) return false;
        Value v = Literals.of(e);
        if (!(v instanceof Literal l) || l.value() == null) return false;
        into.add(l.value());
        return true;
    }

    private static boolean selfAttribute(Node e) {
        Node object = e.is("attribute") ? e.field("object") : null;
        return object != null && object.is("identifier") && object.text().equals("self");
    }

    public boolean isEmpty() {
        return allowed.isEmpty();
    }

    /** True when a method of the class returns under a test of an attribute these test: only then can they change a value. */
    public boolean bearOnReturns() {
        if (cls == null) return false;
        for (Node def : cls.methods().values()) {
            Scope method = cls.child(def);
            for (Node r : method.returns()) {
                Guards around = at(r, method);
                if (around.cls == cls && !Collections.disjoint(around.allowed.keySet(), allowed.keySet())) return true;
            }
        }
        return false;
    }

    /** True when the other tests, of the same class, allow an attribute no value these allow. */
    boolean contradicts(Guards other) {
        if (cls == null || other.cls != cls) return false;
        for (Map.Entry<String, Set<Object>> e : other.allowed.entrySet()) {
            Set<Object> mine = allowed.get(e.getKey());
            if (mine != null && Collections.disjoint(mine, e.getValue())) return true;
        }
        return false;
    }
}
