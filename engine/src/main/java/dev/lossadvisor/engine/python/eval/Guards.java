package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.semantic.Binding;
import dev.lossadvisor.engine.python.semantic.Scope;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What holds where a statement of a method runs: the {@code self.attr == literal} and {@code self.attr in (literals)}
 * tests of the ifs and elifs around it. A model that dispatches on a task ({@code if self.method == "multiclass":
 * return F.softmax(...)} in one helper, {@code if self.method == "multiclass": return F.cross_entropy(...)} in another)
 * is followed task by task: a loss call under one test sees only the returns of its class's methods, and the stores to
 * {@code self} attributes ({@code if self.action_type == "discrete": self.inverse_loss = nn.CrossEntropyLoss() else:
 * self.inverse_loss = nn.MSELoss()}), whose tests of the same attribute allow a value it allows.
 *
 * @param cls      the class whose methods the tests are about, or null when there are none
 * @param allowed  each attribute of {@code self} tested, with the literal values it may have there
 * @param excluded each attribute of {@code self} whose tests an else or elif branch passed over, with the values it cannot have there
 */
public record Guards(Scope cls, Map<String, Set<Object>> allowed, Map<String, Set<Object>> excluded) {
    public static final Guards NONE = new Guards(null, Map.of(), Map.of());

    /** The tests around node {@code n} inside function {@code fn} (a method: its parent is a class). */
    public static Guards at(Node n, Scope fn) {
        if (n == null || fn == null || fn.kind() != Scope.Kind.FUNCTION || fn.parent() == null || fn.parent().kind() != Scope.Kind.CLASS) return NONE;
        Map<String, Set<Object>> allowed = new LinkedHashMap<>();
        Map<String, Set<Object>> excluded = new LinkedHashMap<>();
        for (Node c = n, p = n.parent(); p != null && !p.equals(fn.node()); c = p, p = p.parent()) {
            boolean branch = (p.is("if_statement") || p.is("elif_clause")) && c.equals(p.field("consequence"));
            if (branch) test(p.field("condition"), allowed);
            if (branch && p.is("elif_clause") || p.is("else_clause")) passed(p, excluded);
        }
        return allowed.isEmpty() && excluded.isEmpty() ? NONE : new Guards(fn.parent(), Map.copyOf(allowed), Map.copyOf(excluded));
    }

    /** The tests an elif or else clause runs after, all false there: the if's and those of the elifs before the clause. */
    private static void passed(Node clause, Map<String, Set<Object>> excluded) {
        Node statement = clause.parent();
        if (statement == null || !statement.is("if_statement")) return;
        List<Node> tests = new ArrayList<>();
        tests.add(statement.field("condition"));
        for (Node other : statement.named()) {
            if (other.equals(clause)) break;
            if (other.is("elif_clause")) tests.add(other.field("condition"));
        }
        for (Node t : tests) {
            Map<String, Set<Object>> one = new LinkedHashMap<>();
            test(t, one);
            one.forEach((attr, values) -> excluded.merge(attr, values, (a, b) -> {
                Set<Object> union = new HashSet<>(a);
                union.addAll(b);
                return Set.copyOf(union);
            }));
        }
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

    /**
     * The tests under which the stores of the {@code self} attribute a loss call's callee reads ({@code self.loss(pred, y)})
     * are made, one per distinct set, when every store of the class's methods is under a test of a {@code self}
     * attribute ({@code if self.task == "class": self.loss = nn.CrossEntropyLoss()} in {@code set_loss}); empty
     * otherwise. The call, outside any test, is then followed once per task, as if it were under each store's test.
     */
    public static List<Guards> ofStores(Node callee, Scope fn) {
        Node attr = Node.bare(callee);
        if (attr == null || !selfAttribute(attr) || fn.kind() != Scope.Kind.FUNCTION || fn.parent() == null || fn.parent().kind() != Scope.Kind.CLASS) return List.of();
        String name = attr.field("attribute") == null ? null : attr.field("attribute").text();
        List<Guards> out = new ArrayList<>();
        for (Node def : fn.parent().methods().values()) {
            Scope method = fn.parent().child(def);
            for (Binding b : method.attributeStores("self", name)) {
                Guards around = b.value() == null ? NONE : at(b.value(), method);
                if (around.isEmpty()) return List.of(); // a store under no test: the call's value is the join
                if (!out.contains(around)) out.add(around);
            }
        }
        return out;
    }

    /**
     * The truth of a test of a {@code self} attribute in a method of the class these are about, when they decide it:
     * under {@code self.task == "class"}, {@code if self.task == "class":} in another method is true and
     * {@code self.task in ("reg", "ranking")} false; null otherwise.
     */
    Boolean decides(Node condition, Scope fn) {
        if (cls == null || fn == null || fn.parent() != cls) return null;
        Map<String, Set<Object>> one = new LinkedHashMap<>();
        test(Node.bare(condition), one);
        if (one.size() != 1) return null;
        Map.Entry<String, Set<Object>> e = one.entrySet().iterator().next();
        Set<Object> mine = allowed.get(e.getKey());
        if (mine != null && Collections.disjoint(mine, e.getValue())) return false;
        if (mine != null && e.getValue().containsAll(mine)) return true;
        Set<Object> ruledOut = excluded.get(e.getKey());
        return ruledOut != null && ruledOut.containsAll(e.getValue()) ? false : null;
    }

    public boolean isEmpty() {
        return allowed.isEmpty() && excluded.isEmpty();
    }

    /**
     * True when a method of the class returns, or stores a {@code self} attribute, under a test of an attribute these
     * test: only then can they change a value.
     */
    public boolean bear() {
        if (cls == null) return false;
        for (Node def : cls.methods().values()) {
            Scope method = cls.child(def);
            for (Node r : method.returns()) if (shares(at(r, method))) return true;
            for (Binding b : method.attributeStores("self")) if (b.value() != null && shares(at(b.value(), method))) return true;
        }
        return false;
    }

    private boolean shares(Guards around) {
        if (around.cls != cls) return false;
        Set<String> mine = new HashSet<>(allowed.keySet());
        mine.addAll(excluded.keySet());
        return !Collections.disjoint(mine, around.allowed.keySet()) || !Collections.disjoint(mine, around.excluded.keySet());
    }

    /**
     * True when the other tests, of the same class, allow an attribute no value these allow, or only values these
     * exclude (or the other way round).
     */
    boolean contradicts(Guards other) {
        if (cls == null || other.cls != cls) return false;
        for (Map.Entry<String, Set<Object>> e : other.allowed.entrySet()) {
            Set<Object> mine = allowed.get(e.getKey());
            if (mine != null && Collections.disjoint(mine, e.getValue())) return true;
            Set<Object> ruledOut = excluded.get(e.getKey());
            if (ruledOut != null && ruledOut.containsAll(e.getValue())) return true;
        }
        for (Map.Entry<String, Set<Object>> e : allowed.entrySet()) {
            Set<Object> ruledOut = other.excluded.get(e.getKey());
            if (ruledOut != null && ruledOut.containsAll(e.getValue())) return true;
        }
        return false;
    }
}
