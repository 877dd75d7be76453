package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.semantic.CallSites;
import dev.lossadvisor.engine.python.semantic.Project;
import dev.lossadvisor.engine.python.semantic.Scope;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Functions run on other processes or threads with the arguments they are handed: multiprocessing's and
 * torch.multiprocessing's {@code Process(target=f, args=(...), kwargs={...})} and {@code threading.Thread} alike,
 * {@code mp.spawn(f, args=(...))} (which passes the process index first), a Pool's {@code apply}/{@code apply_async} and
 * {@code map}/{@code starmap} over an iterable, and concurrent.futures executors' {@code submit(f, *args, **kwargs)} and
 * {@code map(f, *iterables)}, and accelerate's {@code notebook_launcher(f, args=(...))}. Each such launch is a call of {@code f} (hogwild training: {@code Process(target=train,
 * args=(rank, args, model))}). Pools and executors stand as their class, and enter a {@code with} as themselves.
 */
final class Launches implements Library {

    /** The pools and executors: made, and entered by a with, they stand as their class (their methods are the launches). */
    static final Set<String> POOLS = Set.of("multiprocessing.Pool", "multiprocessing.pool.Pool", "multiprocessing.pool.ThreadPool",
            "torch.multiprocessing.Pool", "concurrent.futures.ThreadPoolExecutor", "concurrent.futures.ProcessPoolExecutor");

    /** How each launching callee hands its function arguments. */
    private enum Kind { PROCESS, SPAWN, NOTEBOOK, APPLY, SUBMIT, MAP, STARMAP, EXECUTOR_MAP }

    private static final Map<String, Kind> PROCESSES = Map.of("multiprocessing.Process", Kind.PROCESS, "torch.multiprocessing.Process", Kind.PROCESS,
            "threading.Thread", Kind.PROCESS, "torch.multiprocessing.spawn", Kind.SPAWN, "torch.multiprocessing.start_processes", Kind.SPAWN,
            "torch.multiprocessing.spawn.spawn", Kind.SPAWN, "accelerate.notebook_launcher", Kind.NOTEBOOK, "accelerate.launchers.notebook_launcher", Kind.NOTEBOOK);

    private static final Map<String, Kind> POOL_METHODS = Map.of("apply", Kind.APPLY, "apply_async", Kind.APPLY, "map", Kind.MAP, "map_async", Kind.MAP,
            "imap", Kind.MAP, "imap_unordered", Kind.MAP, "starmap", Kind.STARMAP, "starmap_async", Kind.STARMAP);

    /** The last names of the launching calls, to find their sites, in a fixed order (a Set.of's differs between runs). */
    private static final List<String> CALLED = List.of("Process", "Thread", "spawn", "start_processes", "apply", "apply_async", "map", "map_async", "imap",
            "imap_unordered", "starmap", "starmap_async", "submit", "notebook_launcher");

    @Override
    public Value call(String name, Args args, Node call) {
        if (POOLS.contains(name)) return new Value.Lib(name);
        // a context (mp.get_context("spawn")) has the module's Process and Pool
        if (name.equals("multiprocessing.get_context") || name.equals("torch.multiprocessing.get_context")) return new Value.Lib(name.substring(0, name.lastIndexOf('.')));
        return null;
    }

    @Override
    public Value method(Value receiver, String method, Args args, Node call) {
        return null;
    }

    /** A launch of a function: its site, and what it gives the parameter asked about (null: nothing, so its default). */
    record Launch(CallSites.Site site, Value given) {}

    /** The launches of {@code fn} in the project, each with what it passes for the parameter at {@code index} named {@code name}. */
    static List<Launch> of(Scope fn, int index, String name, Evaluator ev, int depth) {
        List<Launch> out = new ArrayList<>();
        for (CallSites.Site site : ev.launchSites(fn)) {
            Context at = new Context(site.file().scopeOf(site.call()), site.call().start(), null, null, null, depth + 1);
            Kind kind = kind(ev.eval(site.call().field("function"), at));
            Args args = new Args(site.call().field("arguments"), at, ev);
            Node target = kind == null ? null : args.node(kind == Kind.PROCESS ? 1 : 0, kind == Kind.PROCESS ? "target" : kind == Kind.NOTEBOOK ? "function" : kind == Kind.SUBMIT || kind == Kind.SPAWN ? "fn" : "func");
            if (target == null || !(ev.eval(target, at) instanceof Value.Function f) || f.scope() != fn) continue;
            out.add(new Launch(site, given(kind, args, index, name, ev)));
        }
        return out;
    }

    /** The calls of a launching name that hand {@code fn} on as an argument (which of them launch it is for {@link #of}). */
    static List<CallSites.Site> handing(Scope fn, Project project) {
        List<CallSites.Site> out = new ArrayList<>();
        for (String called : CALLED) {
            for (CallSites.Site site : project.callsNamed(called, fn.file(), fn.name())) {
                Node list = site.call().field("arguments");
                if (list != null && list.named().stream().anyMatch(a -> names(a, fn.name()))) out.add(site);
            }
        }
        return out;
    }

    private static boolean names(Node argument, String function) {
        Node n = argument.is("keyword_argument") ? argument.field("value") : argument;
        if (n != null && n.is("attribute")) n = n.field("attribute");
        return n != null && n.is("identifier") && n.text().equals(function);
    }

    private static Kind kind(Value callee) {
        if (!(callee instanceof Value.Lib l)) return null;
        Kind k = PROCESSES.get(l.name());
        if (k != null) return k;
        int dot = l.name().lastIndexOf('.');
        if (dot < 0 || !POOLS.contains(l.name().substring(0, dot))) return null;
        String method = l.name().substring(dot + 1);
        if (l.name().startsWith("concurrent.")) return method.equals("submit") ? Kind.SUBMIT : method.equals("map") ? Kind.EXECUTOR_MAP : null;
        return POOL_METHODS.get(method);
    }

    /** What a launch passes for a parameter; null when it passes nothing there, unknown when it cannot be told. */
    private static Value given(Kind kind, Args args, int index, String name, Evaluator ev) {
        Context at = args.context();
        return switch (kind) {
            case PROCESS, SPAWN, APPLY -> {
                boolean process = kind == Kind.PROCESS;
                Node keywords = args.node(process ? 4 : 2, process || kind == Kind.SPAWN ? "kwargs" : "kwds");
                Value kw = keywords == null ? null : ev.eval(keywords, at);
                if (kw != null && !(kw instanceof Value.Dict)) yield Value.UNKNOWN;
                if (kw instanceof Value.Dict d && d.entries().containsKey(name)) yield d.entries().get(name);
                int shift = kind == Kind.SPAWN ? 1 : 0; // spawn calls fn(i, *args)
                if (index < shift) yield Value.UNKNOWN;
                Node positional = args.node(process ? 3 : 1, "args");
                yield positional == null ? null : item(ev.eval(positional, at), index - shift);
            }
            case NOTEBOOK -> { // notebook_launcher(function, args=(), num_processes=None, ...): function(*args)
                Node positional = args.node(1, "args");
                yield positional == null ? null : item(ev.eval(positional, at), index);
            }
            case SUBMIT -> {
                Args handed = args.afterFirst();
                Node n = handed.node(index, name);
                Value splatted = n == null ? handed.splatted(name) : null;
                // given, given by a **kw, after a *args (handed on, or not known), else nothing
                yield n != null ? ev.eval(n, at) : splatted != null ? splatted : handed.onlySplat(index + 1) != -1 ? handed.value(index, name) : null;
            }
            case MAP -> index == 0 ? ev.itemOf(args.value(1, "iterable"), at) : null;
            case STARMAP -> item(ev.itemOf(args.value(1, "iterable"), at), index);
            case EXECUTOR_MAP -> index + 1 < args.positional().size() ? ev.itemOf(args.value(index + 1, null), at) : null;
        };
    }

    /** The item at a place of a tuple of arguments; null past its end (the parameter's default), unknown when it is not known. */
    private static Value item(Value v, int index) {
        if (!(v instanceof Value.Items items) || !items.counted()) return Value.UNKNOWN;
        return index < items.items().size() ? items.items().get(index) : null;
    }
}
