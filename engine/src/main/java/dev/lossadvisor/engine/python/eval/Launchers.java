package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.semantic.CallSites;
import dev.lossadvisor.engine.python.semantic.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Launchers that call a function of the project in processes of their own with a tuple of arguments:
 * {@code torch.multiprocessing.spawn(fn, args=(a, b))} calls {@code fn(rank, a, b)} in each process (the rank not
 * known), accelerate's {@code notebook_launcher(fn, args=(a, b))} calls {@code fn(a, b)}. Such a call is one more call
 * site of the function; a tuple not written out leaves its parameters unknown.
 */
final class Launchers {
    /** Each launcher and the number of arguments it passes before the tuple's items. */
    private static final Map<String, Integer> LEADING = Map.of("torch.multiprocessing.spawn", 1, "torch.multiprocessing.start_processes", 1,
            "torch.multiprocessing.spawn.spawn", 1, "accelerate.notebook_launcher", 0, "accelerate.launchers.notebook_launcher", 0);

    private Launchers() {}

    /** What each launch of module function {@code fn} passes for its parameter at {@code index}; empty when none launches it. */
    static List<Value> passed(Scope fn, int index, Evaluator ev, Context c) {
        List<Value> out = new ArrayList<>();
        if (fn.parent() == null || fn.parent().kind() != Scope.Kind.MODULE || fn.name().isEmpty()) return out;
        for (String called : List.of("spawn", "start_processes", "notebook_launcher")) {
            for (CallSites.Site site : ev.project().callsNamed(called, fn.file(), fn.name())) {
                Context at = new Context(site.file().scopeOf(site.call()), site.call().start(), null, null, null, c.depth() + 1);
                if (!(ev.eval(site.call().field("function"), at) instanceof Value.Lib l) || !LEADING.containsKey(l.name())) continue;
                Args args = new Args(site.call().field("arguments"), at, ev);
                if (!(args.value(0, l.name().contains("notebook") ? "function" : "fn") instanceof Value.Function f) || f.scope() != fn || f.self() != null) continue;
                int item = index - LEADING.get(l.name());
                if (item < 0) {
                    out.add(Value.UNKNOWN);
                } else if (args.node(1, "args") == null) {
                    continue; // args=() by default: the parameter keeps its own default
                } else if (args.value(1, "args") instanceof Value.Items given && given.items().size() > item) {
                    out.add(given.items().get(item));
                } else {
                    out.add(Value.UNKNOWN);
                }
            }
        }
        return out;
    }
}
