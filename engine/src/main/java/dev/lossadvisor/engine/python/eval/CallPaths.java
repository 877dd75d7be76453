package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Function;
import dev.lossadvisor.engine.python.semantic.Binding;
import dev.lossadvisor.engine.python.semantic.CallSites;
import dev.lossadvisor.engine.python.semantic.Scope;
import dev.lossadvisor.engine.python.semantic.SourceFile;
import dev.lossadvisor.engine.python.syntax.Node;
import dev.lossadvisor.engine.python.syntax.SourcePlace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The calls that run a function, each with its arguments bound (k-limited call strings, as context-sensitive
 * analysers keep them): a helper {@code train(net, ...)} called from several scripts with different nets is followed
 * once per call, so the call whose net is wrong is told apart from the others where the join of all calls is unknown.
 * A caller that is itself a function is followed through its own callers, a few levels up. A method is followed
 * through the calls whose receiver evaluates to an object of its class (or of a subclass that does not override it),
 * that object bound as {@code self}: {@code Trainer(model=NetA()).fit(loader)} in one script and
 * {@code trainer.fit(NetB())} in another are two paths, each with its own {@code self.model} or {@code model}.
 */
public final class CallPaths {
    /** Levels of callers followed above the function. */
    private static final int MAX_LEVELS = 3;
    /** Call paths followed for one function, at most: a helper called from more places is left to the join. */
    private static final int MAX_PATHS = 16;

    /**
     * One way the function runs: its scope entered with this call's arguments and object, from {@code entry}, the
     * outermost call of the path (the script's own line).
     */
    public record Path(Context context, SourcePlace entry) {}

    private final Evaluator evaluator;

    public CallPaths(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** The paths that reach {@code fn}, each entering it at {@code offset}; none when there are more than the bound. */
    public List<Path> of(Scope fn, int offset) {
        List<Path> out = new ArrayList<>();
        return paths(fn, offset, 0, new HashSet<>(), out) ? out : List.of();
    }

    /**
     * Whether an expression in {@code fn} may have another value on each call path: it reads a name {@code fn} binds (a
     * parameter, self among them, a local, whose value may come from them, a global it assigns) or super(). Names of the
     * module or of enclosing functions are evaluated alike on every path: only {@code fn}'s own arguments are bound per
     * path.
     */
    public static boolean varies(Node e, Scope fn) {
        if (e == null) return false;
        if (e.is("identifier")) return e.text().equals("super") || !fn.bindings(e.text()).isEmpty();
        if (e.is("attribute")) return varies(e.field("object"), fn); // obj.name: the name is no variable
        if (e.is("keyword_argument")) return varies(e.field("value"), fn);
        for (Node c : e.named()) if (varies(c, fn)) return true;
        return false;
    }

    /**
     * True for a method of a class not wholly the project's own, read from its bindings and those of the project modules
     * its bases are imported from: the library runs an nn.Module's or a test case's methods, and their names are called
     * on objects all over library code, so only a trainer built of the project's classes is followed per call (a
     * subclass in one file of a base trainer imported from another too).
     */
    private boolean libraryMethod(Scope fn) {
        return fn.parent().kind() == Scope.Kind.CLASS && !ownClass(fn.parent(), 0);
    }

    /** A class whose bases are none, object, or classes of the project that are themselves their own. */
    private boolean ownClass(Scope cls, int depth) {
        Node supers = cls.node().field("superclasses");
        if (supers == null) return true;
        for (Node b : supers.named()) {
            if (b.is("keyword_argument") || b.text().equals("object")) continue;
            Scope base = b.is("identifier") ? projectClass(cls.parent().lookup(b.text(), cls.node().start()), 0) : null;
            if (depth > 8 || base == null || !ownClass(base, depth + 1)) return false;
        }
        return true;
    }

    /**
     * The class statement a name is bound to: a class of its own module, or one a {@code from .base import Trainer}
     * brings from a project module (through re-exports, a few levels); null for anything else (a library's class,
     * several bindings).
     */
    private Scope projectClass(List<Binding> bound, int hops) {
        if (bound.size() != 1 || hops > 4) return null;
        Binding b = bound.get(0);
        if (b.kind() == Binding.Kind.CLASS) return b.scope().child(b.value());
        if (b.kind() != Binding.Kind.FROM_IMPORT || b.module() == null) return null;
        SourceFile f = evaluator.project().module(evaluator.project().resolve(b.scope().file(), b.module()));
        return f == null || f == b.scope().file() ? null : projectClass(f.scope().lookup(b.value().text(), Integer.MAX_VALUE), hops + 1);
    }

    /**
     * The calls of {@code fn}'s name that may run it, or null when they are more than the bound. A call whose callee is the
     * same on every path into its caller (a script's line, a name its function does not bind) and is another function is
     * left out: every notebook of a folder defining and calling its own train() would otherwise make the paths of each
     * one's train() too many, so a finding would depend on the folder linted.
     */
    private List<CallSites.Site> running(List<CallSites.Site> calls, Scope fn) {
        List<CallSites.Site> out = new ArrayList<>();
        for (CallSites.Site site : calls) {
            Node callee = site.call().field("function");
            Scope caller = site.file().scopeOf(site.call());
            boolean fixed = caller.kind() != Scope.Kind.FUNCTION || !varies(callee, caller);
            if (fixed && !(evaluator.eval(callee, Context.at(caller, site.call().start())) instanceof Function f && f.scope() == fn)) continue;
            if (out.size() == MAX_PATHS) return null;
            out.add(site);
        }
        return out;
    }

    /** Adds the paths into {@code fn}; false when they are too many. */
    private boolean paths(Scope fn, int offset, int level, Set<Scope> on, List<Path> out) {
        // a dunder method runs by Python's protocols (model(x), len(ds)), not by calls of its name: left to the join
        if (fn.kind() != Scope.Kind.FUNCTION || fn.name().startsWith("__") || fn.name().isEmpty() || level >= MAX_LEVELS || libraryMethod(fn) || !on.add(fn)) return true;
        try {
            if (running(evaluator.project().indexedCalls(fn.name()), fn) == null) return false; // known without parsing the callers
            List<CallSites.Site> sites = running(evaluator.callsOf(fn, fn.name()), fn);
            if (sites == null) return false;
            for (CallSites.Site site : sites) {
                Node call = site.call();
                Scope caller = site.file().scopeOf(call);
                List<Path> outer = new ArrayList<>();
                if (!paths(caller, call.start(), level + 1, on, outer)) return false;
                if (outer.isEmpty()) outer.add(new Path(Context.at(caller, call.start()), call.place())); // a script's line, or a caller no one calls
                for (Path p : outer) {
                    Context at = p.context();
                    // the receiver's class decides: x.fit(...) counts only where x is an object whose fit is this one
                    if (!(evaluator.eval(call.field("function"), at) instanceof Function f) || f.scope() != fn) continue;
                    if (out.size() >= MAX_PATHS) return false;
                    Args args = evaluator.arguments(call, at);
                    out.add(new Path(new Context(fn, offset, f.self(), fn, args, at.depth() + 1), p.entry()));
                }
            }
            return true;
        } finally {
            on.remove(fn);
        }
    }
}
