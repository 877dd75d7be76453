package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Dict;
import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.semantic.Binding;
import dev.lossadvisor.engine.python.semantic.Scope;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code for task, crit in self.criteria.items(): crit(out[task], y[task])} (also {@code .keys()}, {@code .values()} and
 * the dict itself): a loop over a dict of known entries runs its body once per entry, so a call in it is followed once
 * per entry, the loop's targets held at that entry's key and value. Joined, a CE entry and an MSE entry would say
 * nothing; each pass is certain to run, so what one shows is a finding.
 */
public final class DictLoops {

    private DictLoops() {}

    /** One evaluator per entry of the dict the innermost loop around {@code call} runs over; none outside such a loop. */
    public static List<Evaluator> passes(Evaluator ev, Node call, Scope scope) {
        Node loop = loop(call, scope);
        if (loop == null) return List.of();
        Node right = loop.field("right");
        String view = "keys";
        if (right.is("call") && right.field("function") != null && right.field("function").is("attribute")
                && right.field("arguments") != null && right.field("arguments").named().isEmpty()) {
            view = BuiltinsLibrary.dictView(right.field("function").field("attribute").text());
            right = right.field("function").field("object");
        }
        if (!List.of("items", "keys", "values").contains(view) || right == null) return List.of();
        List<Binding> targets = LoopPasses.targets(loop, scope);
        if (targets.isEmpty() || targets.stream().anyMatch(ev::pinned)) return List.of();
        ev.budget(LoopPasses.LOOP_BUDGET);
        if (!(ev.eval(right, Context.at(scope, loop.start())) instanceof Dict d) || d.entries().size() < 2 || d.entries().size() > LoopPasses.MAX_ENTRIES || ComputedKeys.any(d)) return List.of();
        List<Evaluator> out = new ArrayList<>();
        for (Map.Entry<String, Value> e : d.entries().entrySet()) {
            Value key = new Literal(e.getKey());
            Evaluator pass = ev.fresh();
            for (Binding b : targets) {
                Value v = switch (view) {
                    case "items" -> b.path().size() == 1 ? (b.path().get(0) == 0 ? key : b.path().get(0) == 1 ? e.getValue() : null) : null;
                    case "values" -> b.path().isEmpty() ? e.getValue() : null;
                    default -> b.path().isEmpty() ? key : null;
                };
                if (v == null) return List.of(); // a target shape not followed (for k, (a, b) in ...)
                pass.pin(b, v);
            }
            out.add(pass);
        }
        return out;
    }

    /** The innermost for loop of {@code scope} whose body holds {@code call}, or null. */
    private static Node loop(Node call, Scope scope) {
        for (Node n = call.parent(); n != null && !n.equals(scope.node()); n = n.parent()) {
            if (n.is("for_statement")) return LoopPasses.inBody(n, call) ? n : null;
            if (n.is("function_definition") || n.is("lambda") || n.is("class_definition")) return null;
        }
        return null;
    }
}
