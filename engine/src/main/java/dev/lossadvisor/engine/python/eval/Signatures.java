package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.ClassDef;
import dev.lossadvisor.engine.python.eval.Value.Function;
import dev.lossadvisor.engine.python.semantic.Scope;
import dev.lossadvisor.engine.python.syntax.Node;
import dev.lossadvisor.engine.python.syntax.Tree;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a call can reach one of several candidate callees (a registry's entries, a module's names looked up by a
 * key, the classes two branches pick): Python raises TypeError before the body runs when a call passes a keyword the
 * signature has no parameter for and no {@code **kwargs}, more positional arguments than it takes, or leaves a
 * parameter without default unfilled. A {@code **kwargs} the function only hands on whole ({@code return _build("s",
 * **kwargs)}) accepts what the callee it hands them to accepts. Anything not known (a library callee, a decorator's
 * wrapper, a splat) may be reached.
 */
final class Signatures {
    private Signatures() {}

    private static final int MAX_HOPS = 4;

    /** False only when calling {@code callee} with {@code args} certainly raises TypeError. */
    static boolean reaches(Value callee, Args args, Evaluator ev, Context c) {
        List<String> keywords = args.keywordNames();
        return keywords == null || accepts(callee, args.positionalCount(), keywords, ev, c, 0);
    }

    private static boolean accepts(Value callee, int positional, List<String> keywords, Evaluator ev, Context c, int hops) {
        if (hops > MAX_HOPS) return true;
        if (callee instanceof Function f) return accepts(f.scope(), f.self() != null, positional, keywords, ev, c, hops);
        if (callee instanceof ClassDef k) {
            if (!k.scope().node().parent().startsWith("@")) { // a decorated class (a dataclass) has an __init__ not written
                for (ClassDef cls : ev.mro(k, c)) {
                    if (cls.scope().methods().containsKey("__new__")) return true;
                    Node init = cls.scope().methods().get("__init__");
                    if (init != null) return accepts(cls.scope().child(init), true, positional, keywords, ev, c, hops);
                }
            }
        }
        return true;
    }

    private static boolean accepts(Scope fn, boolean bound, int positional, List<String> keywords, Evaluator ev, Context c, int hops) {
        Node params = fn.node().field("parameters");
        if (params == null || fn.node().parent().startsWith("@")) return true; // a decorator's wrapper may take anything
        List<String> byPosition = new ArrayList<>();
        Set<String> byKeyword = new HashSet<>();
        Set<String> required = new HashSet<>();
        boolean varargs = false;
        boolean keywordOnly = false;
        String varkw = null;
        for (Node written : params.named()) {
            Node p = Scope.unannotated(written);
            if (p.is("positional_separator")) {
                byKeyword.removeAll(byPosition);
                continue;
            }
            if (p.is("keyword_separator") || p.is("list_splat_pattern")) {
                varargs |= p.is("list_splat_pattern");
                keywordOnly = true;
                continue;
            }
            Node id = p.is("identifier") ? p : p.field("name");
            if (id == null && !p.named().isEmpty()) id = p.named().get(0);
            if (id == null || !id.is("identifier")) return true;
            if (p.is("dictionary_splat_pattern")) {
                varkw = id.text();
                continue;
            }
            if (bound && byPosition.isEmpty() && byKeyword.isEmpty()) { // self, given by the call
                byPosition.add(id.text());
                continue;
            }
            if (!keywordOnly) byPosition.add(id.text());
            byKeyword.add(id.text());
            if (p.field("value") == null) required.add(id.text());
        }
        int self = bound && !byPosition.isEmpty() ? 1 : 0;
        List<String> handedOn = new ArrayList<>();
        if (positional >= 0) {
            if (!varargs && positional + self > byPosition.size()) return false;
            byPosition.subList(0, Math.min(byPosition.size(), positional + self)).forEach(required::remove);
        }
        for (String k : keywords) {
            if (byKeyword.contains(k)) required.remove(k);
            else if (varkw != null) handedOn.add(k);
            else return false;
        }
        if (positional >= 0 && !required.isEmpty()) return false;
        return handedOn.isEmpty() || handedOnAccept(fn, varkw, handedOn, ev, c, hops);
    }

    /**
     * True unless every call the function hands its {@code **kwargs} to whole rejects one of these keywords and the
     * function reads them nowhere else ({@code kwargs.pop("depth")} takes one out).
     */
    private static boolean handedOnAccept(Scope fn, String varkw, List<String> keywords, Evaluator ev, Context c, int hops) {
        List<Node> splats = new ArrayList<>();
        if (reads(fn.node().field("body"), varkw, splats) > splats.size()) return true;
        List<Node> calls = new ArrayList<>();
        for (Tree.Call call : fn.node().tree().calls()) {
            Node n = call.node();
            Node list = n.field("arguments");
            if (list != null && fn.file().scopeOf(n) == fn && splats.stream().anyMatch(s -> s.parent() != null && s.parent().equals(list))) calls.add(n);
        }
        if (calls.isEmpty()) return true;
        for (Node call : calls) {
            Context at = new Context(fn, call.start(), null, null, null, c.depth() + 1);
            // only the keywords handed on are checked: the call's own positional arguments and keywords are its own
            if (accepts(ev.eval(call.field("function"), at), -1, keywords, ev, c, hops + 1)) return true;
        }
        return false;
    }

    /** How often {@code name} is read under {@code n}; the {@code **name} splats among the reads go to {@code splats}. */
    private static int reads(Node n, String name, List<Node> splats) {
        if (n == null) return 0;
        if (n.is("identifier")) return n.text().equals(name) ? 1 : 0;
        if (n.is("dictionary_splat") && n.named().size() == 1 && n.named().get(0).is("identifier") && n.named().get(0).text().equals(name)) {
            splats.add(n);
            return 1;
        }
        int count = 0;
        for (Node child : n.named()) count += reads(child, name, splats);
        return count;
    }
}
