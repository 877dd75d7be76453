package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.semantic.Scope;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.Set;

/**
 * Which branches of the if/elif/else statements around a statement run, when their tests have known values (an
 * argparse default, a config literal, a module constant): {@code if args.model == "cnn": ... elif args.model == "mlp":
 * model = MLP()} binds the model of the default's branch, as a conditional expression picks its side. A test of no known
 * value leaves its branches open, to the join rule.
 */
final class Branches {
    /** Whether a statement runs when its scope runs to it. */
    enum Reach { NEVER, ALWAYS, MAYBE }

    private Branches() {}

    /**
     * NEVER when a known test around {@code n} (inside {@code scope}) skips it; ALWAYS when every statement around it up
     * to the scope is an if/elif/else branch whose tests are known to take it; MAYBE otherwise (a loop, a try, a test
     * of no known value, or no statement).
     */
    static Reach of(Node n, Scope scope, Evaluator ev, Context c) {
        return reach(n, -1, false, scope, ev, c);
    }

    /**
     * Whether a change made at {@code n} to a container bound at offset {@code since} runs once the binding has: only the
     * branches between the two are weighed (the binding and the change inside one {@code if __name__ == "__main__":} run
     * together), and a loop, a try or an expression around the change counts as running it, so MAYBE means a branch whose
     * test has no known value ({@code if cfg.probs: layers.append(nn.Softmax(1))} with cfg.probs not known).
     */
    static Reach branch(Node n, int since, Scope scope, Evaluator ev, Context c) {
        return reach(n, since, true, scope, ev, c);
    }

    /**
     * Whether a binding at {@code n} has run by a later use at {@code use} in the same scope: {@link #of}, and where that cannot tell, weighing only
     * the statements around {@code n} up to the first one that holds the use too ({@code h = act(h)} under a known-true
     * {@code if self.act:} in a loop body, read later in that body, has run in that pass).
     */
    static Reach before(Node n, int use, Scope scope, Evaluator ev, Context c) {
        Reach whole = reach(n, -1, false, scope, ev, c);
        if (whole != Reach.MAYBE || n == null) return whole;
        Node common = n.parent();
        while (common != null && !(common.start() <= use && use <= common.end())) common = common.parent();
        // the use in another clause of the same if (dual_encoder bound under the if, used under its else): not this pass
        if (common == null || common.is("if_statement") || common.is("elif_clause") || common.is("else_clause")) return whole;
        return reach(n, use, false, scope, ev, c);
    }

    private static Reach reach(Node n, int since, boolean branchesOnly, Scope scope, Evaluator ev, Context c) {
        if (n == null) return Reach.MAYBE;
        boolean always = true;
        for (Node child = n, p = n.parent(); p != null && !p.equals(scope.node()) && !(p.start() <= since && since <= p.end()); child = p, p = p.parent()) {
            if (p.is("case_clause")) {
                Boolean taken = matched(p, ev, c.moved(scope, p.start()));
                if (Boolean.FALSE.equals(taken)) return Reach.NEVER;
                if (taken == null) always = false;
                continue;
            }
            if (p.is("block") && leftBefore(p, child, ev, c.moved(scope, p.start()))) return Reach.NEVER;
            boolean branch = p.is("if_statement") || p.is("elif_clause") || p.is("else_clause");
            if (!branch) {
                if (!branchesOnly && !p.is("block") && !p.is("expression_statement") && !p.is("with_statement") && !p.is("assignment") && !p.is("match_statement")) {
                    always = false; // a loop, a try, an expression
                }
                continue;
            }
            Boolean taken = p.is("if_statement") && child.equals(p.field("consequence")) ? truth(p.field("condition"), ev, c.moved(scope, p.start()))
                    : p.is("elif_clause") || p.is("else_clause") ? clause(p, ev, c.moved(scope, p.start())) : null;
            if (Boolean.FALSE.equals(taken)) return Reach.NEVER;
            if (taken == null) always = false;
            if (p.is("elif_clause") || p.is("else_clause")) p = p.parent(); // its if_statement: the clause is not its consequence
        }
        return always ? Reach.ALWAYS : Reach.MAYBE;
    }

    /**
     * True when {@code n} sits in a branch that the call being followed skips for sure: the if's test reads only a
     * parameter that call passes as a literal ({@code if not training: x = tf.nn.softmax(x)} in a method run as
     * {@code net(x, training=True)}). An option's default may change in another run, and a parameter no call gives may
     * be passed by code outside the project, so their branches stay candidates of the join; this call's literal does not
     * change, so what the branch binds or returns is no value of this call.
     */
    static boolean skippedByCall(Node n, Scope scope, Evaluator ev, Context c) {
        for (Node child = n, p = n == null ? null : n.parent(); p != null && !p.equals(scope.node()); child = p, p = p.parent()) {
            Node statement = p.is("else_clause") ? p.parent() : p;
            if (statement == null || !statement.is("if_statement")) continue;
            boolean consequence = p == statement && child.equals(statement.field("consequence"));
            boolean otherwise = p != statement && statement.named().stream().noneMatch(x -> x.is("elif_clause"));
            if (!consequence && !otherwise) continue;
            Node test = statement.field("condition");
            Context there = c.moved(scope, statement.start());
            if (!ev.passedLiteral(flag(test), there)) continue;
            Boolean taken = truth(test, ev, there);
            if (taken != null && taken != consequence) return true;
        }
        return false;
    }

    /** The name a test reads under parentheses and {@code not}s, or null when it reads more than one name. */
    private static Node flag(Node test) {
        Node t = Node.bare(test);
        while (t != null && t.is("not_operator")) t = Node.bare(t.field("argument"));
        return t != null && t.is("identifier") ? t : null;
    }

    /**
     * True when a statement of the block before {@code child} is an if whose test is known true and whose body ends in a
     * return or a raise: {@code if kind == LossKind.NLL: return nn.NLLLoss()} leaves the function before the fallback
     * return after it.
     */
    private static boolean leftBefore(Node block, Node child, Evaluator ev, Context c) {
        for (Node s : block.named()) {
            if (s.equals(child)) return false;
            Node body = s.is("if_statement") ? s.field("consequence") : null;
            Node last = body == null || body.named().isEmpty() ? null : body.named().get(body.named().size() - 1);
            if (last != null && (last.is("return_statement") || last.is("raise_statement")) && Boolean.TRUE.equals(truth(s.field("condition"), ev, c.moved(c.scope(), s.start())))) {
                return true;
            }
        }
        return false;
    }

    /** An elif or else clause runs when every test before it is false (and, for an elif, its own is true). */
    private static Boolean clause(Node clause, Evaluator ev, Context c) {
        Node statement = clause.parent();
        if (statement == null || !statement.is("if_statement")) return null;
        Boolean before = truth(statement.field("condition"), ev, c);
        for (Node other : statement.named()) {
            if (other.equals(clause)) break;
            if (other.is("elif_clause")) before = or(before, truth(other.field("condition"), ev, c));
        }
        if (Boolean.TRUE.equals(before)) return false;
        Boolean mine = clause.is("elif_clause") ? truth(clause.field("condition"), ev, c) : Boolean.TRUE;
        if (Boolean.FALSE.equals(mine)) return false;
        return before == null || mine == null ? null : true;
    }

    /** The truth of a test, or null when it is not known: {@code not}, {@code and}, {@code or} over known parts. */
    static Boolean truth(Node test, Evaluator ev, Context c) {
        test = Node.bare(test);
        if (test == null) return null;
        if (test.is("not_operator")) {
            Boolean inner = truth(test.field("argument"), ev, c);
            return inner == null ? null : !inner;
        }
        if (test.is("boolean_operator") && test.field("operator") != null) {
            Boolean left = truth(test.field("left"), ev, c);
            boolean and = test.field("operator").text().equals("and");
            if (left != null && left != and) return left; // false and ..., true or ...: the right side is not run
            Boolean right = truth(test.field("right"), ev, c);
            if (left == null) return right != null && right != and ? right : null;
            return right;
        }
        Boolean assumed = ev.decides(test, c.scope()); // a task's test met again in another method of the class
        if (assumed != null) return assumed;
        Boolean none = noneTest(test, ev, c);
        if (none != null) return none;
        Value tested = ev.eval(test, c);
        if (tested instanceof Value.Unset) return false;
        if (callable(tested)) return true;
        // exist=dict(type="ExistHead"): a dict with entries is true ({@code build_head(exist) if exist else None})
        if (tested instanceof Value.Dict d && !d.entries().isEmpty() || trueModule(tested, ev, c)) return true;
        if (!(tested instanceof Literal l)) return null;
        Object v = l.value();
        if (v == null) return false;
        if (v instanceof Boolean b) return b;
        if (v instanceof Double d) return d != 0;
        if (v instanceof String s) return !s.isEmpty();
        return null;
    }

    /**
     * A project nn.Module's object is true ({@code if self.exist:} on the head built for it): Python asks its __bool__ or
     * __len__, which neither its classes nor nn.Module define (nn.Sequential and nn.ModuleList do, so another library
     * base leaves it unknown).
     */
    private static boolean trueModule(Value v, Evaluator ev, Context c) {
        if (!(v instanceof Value.Instance i) || i.type() == null) return false;
        boolean module = false;
        for (Value.ClassDef cls : ev.mro(i.type(), c)) {
            if (!cls.scope().bindings("__bool__").isEmpty() || !cls.scope().bindings("__len__").isEmpty()) return false;
            for (Value b : ev.bases(cls, c)) {
                if (b instanceof Value.ClassDef) continue;
                if (!(b instanceof Value.Lib l && l.name().equals("torch.nn.Module"))) return false;
                module = true;
            }
        }
        return module;
    }

    /**
     * A function, a class or a partial is always true ({@code if self.activation:} on {@code activation=partial(F.softmax,
     * dim=1)} or {@code F.relu}); a library name only when it is an activation function, as another may be a flag.
     */
    private static boolean callable(Value v) {
        if (v instanceof Value.Lib l) return Activations.ofFunction(l.name()) != null;
        return v instanceof Value.Partial || v instanceof Value.Bound || v instanceof Value.Function || v instanceof Value.ClassDef;
    }

    /**
     * {@code x is None}, {@code x is not None} on a value known to be something (a library function such as the
     * {@code activation=tf.nn.softmax} a layer keeps, a project function, class or object, a layer, a loss, a tensor,
     * a list, a dict): what the test says then; null otherwise. A None is not decisive: a parameter no call site gives
     * reads as its default, and code outside the project may pass something; but an option read as None (its default,
     * or no default: {@link Value.Unset}) is the run's: {@code if args.load_checkpoint is not None:} loads no checkpoint
     * in the run without the flag.
     */
    private static Boolean noneTest(Node test, Evaluator ev, Context c) {
        Node operator = test.is("comparison_operator") && test.named().size() == 2 && test.named().get(1).is("none") ? test.field("operators") : null;
        String op = operator == null ? "" : operator.text(" ");
        if (!op.equals("is") && !op.equals("is not")) return null;
        Value v = ev.eval(test.named().get(0), c);
        Boolean isNone = v instanceof Value.Unset ? Boolean.TRUE
                : v instanceof Literal l ? (l.value() != null ? Boolean.FALSE : ev.options().isRead(l) ? Boolean.TRUE : null)
                : v instanceof Value.Lib || v instanceof Value.Function || v instanceof Value.ClassDef || v instanceof Value.Instance || v instanceof Value.Partial
                || v instanceof Value.Layer || v instanceof Value.Loss || v instanceof Value.Tensor || v instanceof Value.Items || v instanceof Value.Dict
                ? Boolean.FALSE : null;
        return isNone == null ? null : op.equals("is") == isNone;
    }

    /**
     * A case of {@code match subject:} on a known literal runs when no case before it matches and its own pattern does:
     * a literal pattern equal to the subject, or the wildcard {@code _}; another pattern, or a guard, is not known.
     */
    private static Boolean matched(Node clause, Evaluator ev, Context c) {
        Node body = clause.parent();
        Node statement = body == null ? null : body.parent();
        if (statement == null || !statement.is("match_statement") || !(ev.eval(statement.field("subject"), c) instanceof Literal subject)) return null;
        java.util.List<Object> cases = new java.util.ArrayList<>(); // match args.model: each case is a value the option may take
        for (Node other : body.named()) if (other.is("case_clause") && literalPattern(other) instanceof Literal l) cases.add(l.value());
        ev.options().values(subject, cases);
        Boolean before = false;
        for (Node other : body.named()) {
            if (other.equals(clause)) break;
            if (other.is("case_clause")) before = or(before, pattern(other, subject));
        }
        if (Boolean.TRUE.equals(before)) return false;
        Boolean mine = pattern(clause, subject);
        if (Boolean.FALSE.equals(mine)) return false;
        return before == null || mine == null ? null : true;
    }

    private static Boolean pattern(Node clause, Literal subject) {
        if (clause.field("guard") != null) return null;
        java.util.List<Node> patterns = clause.named().stream().filter(n -> n.is("case_pattern")).toList();
        if (patterns.size() != 1) return null;
        if (patterns.get(0).text().trim().equals("_")) return true;
        Value literal = literalPattern(clause);
        return literal == null ? null : literal.equals(subject);
    }

    /** The literal a case's one pattern is ({@code case "lstm":}), or null. */
    private static Value literalPattern(Node clause) {
        java.util.List<Node> patterns = clause.named().stream().filter(n -> n.is("case_pattern")).toList();
        Node p = patterns.size() == 1 ? patterns.get(0) : null;
        if (p == null || p.named().size() != 1 || !Set.of("string", "integer", "float", "true", "false", "none").contains(p.named().get(0).type())) return null;
        return Literals.of(p.named().get(0));
    }

    private static Boolean or(Boolean a, Boolean b) {
        if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) return true;
        return a == null || b == null ? null : false;
    }
}
