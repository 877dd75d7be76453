package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.semantic.Binding;
import dev.lossadvisor.engine.python.semantic.Scope;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * functools.partial of a library class with options fixed, or of a project class or function ({@code make = partial(TagNet, vocab, hidden=256)}, then
 * {@code make(num_tags=40)}): the call passes the fixed arguments, then its own, each to the parameter its place or
 * keyword names. An argument whose parameter is not known (a {@code *args}, a {@code **splat}) leaves the call unknown.
 */
final class Partials {
    private Partials() {}

    /** What calling the partial with {@code args} gives. */
    static Value called(Value.Bound b, Args args, Node call, Context c, Evaluator ev) {
        // partial(nn.Softmax, dim=-1)(): the library class made with the options fixed; given more, only a Keras layer's
        // keywords are merged (its handler reads each option through Args.given), a library's other calls are not followed
        if (b.callee() instanceof Value.Lib l) {
            if (args.isEmpty()) return ev.apply(l, b.fixed(), call, c);
            Map<String, Value> fixed = kerasLayer(l) ? keywordsOnly(b.fixed()) : null;
            return fixed == null ? Value.UNKNOWN : ev.apply(l, args.over(fixed), call, c);
        }
        Map<String, Value> given = given(b, args, c, ev);
        return given == null ? Value.UNKNOWN : ev.apply(b.callee(), Args.config(given, c, ev), call, c);
    }

    /** keras.layers.Dense and the like: a class of a Keras layers module. */
    private static boolean kerasLayer(Value.Lib l) {
        int dot = l.name().lastIndexOf('.');
        String prefix = dot < 0 ? "" : l.name().substring(0, dot);
        return (prefix.endsWith(".layers") || prefix.equals("layers")) && KerasLibrary.keras(prefix) && Character.isUpperCase(l.name().charAt(dot + 1));
    }

    /** The keywords a partial fixed, evaluated where it was made; null when it fixed a positional argument or a splat. */
    private static Map<String, Value> keywordsOnly(Args fixed) {
        if (!fixed.positional().isEmpty() || fixed.node() != null && fixed.node().named().stream().anyMatch(a -> a.is("dictionary_splat"))) return null;
        Map<String, Value> out = new LinkedHashMap<>();
        for (Node k : fixed.keywords()) out.put(k.field("name").text(), fixed.value(-1, k.field("name").text()));
        return out;
    }

    /**
     * partial(F.softmax, dim=1)(h): an activation function with only its class axis fixed, applied to the one tensor the
     * call gives, at the call (as a softmax module held in an attribute is); a call giving more is not followed.
     */
    static Value activated(Value.Partial p, Args args, Node call) {
        String activation = activation(p);
        if (activation == null || args.positional().size() != 1 || !args.keywords().isEmpty() || args.positional().get(0).is("list_splat")) return Value.UNKNOWN;
        return Libraries.applied(activation, args.value(0, null), call, Libraries.shortName(p.function().name()));
    }

    /** The activation a partial of a library function applies: one fixing only {@code dim}, to 1 or -1 (the class axis of (N, C)); else null. */
    static String activation(Value.Partial p) {
        Args fixed = p.fixed();
        if (fixed.positional().size() != 1 || fixed.keywords().size() != 1) return null;
        boolean classAxis = fixed.given(-1, "dim") instanceof Value.Literal l && l.value() instanceof Double d && (d == 1 || d == -1);
        return classAxis ? Activations.ofFunction(p.function().name()) : null;
    }

    /**
     * What a call of the partial passes for one parameter of the function or class it binds ({@code train = partial(fit,
     * criterion=nn.BCEWithLogitsLoss())}, then {@code train(net, loader)}): the fixed or the call's argument; null when
     * neither gives it, unknown when they cannot be matched to parameters.
     */
    static Value argument(Value.Bound b, Args args, String parameter, Context c, Evaluator ev) {
        Map<String, Value> given = given(b, args, c, ev);
        return given == null ? Value.UNKNOWN : given.get(parameter);
    }

    /** The fixed arguments, then the call's, by the parameter each fills; null when one cannot be matched to a parameter. */
    private static Map<String, Value> given(Value.Bound b, Args args, Context c, Evaluator ev) {
        Scope fn = signature(b.callee(), c, ev);
        if (fn == null) return null;
        int first = b.callee() instanceof Value.ClassDef || b.callee() instanceof Value.Function f && f.self() != null ? 1 : 0; // self
        Map<String, Value> given = new LinkedHashMap<>();
        int next = put(given, b.fixed(), fn, first);
        return next < 0 || put(given, args, fn, next) < 0 ? null : given;
    }

    /** The function whose parameters the arguments fill: a class's __init__ (its own or inherited), a function itself; null when none. */
    private static Scope signature(Value callee, Context c, Evaluator ev) {
        if (callee instanceof Value.Function f) return f.scope().kind() == Scope.Kind.FUNCTION ? f.scope() : null;
        if (!(callee instanceof Value.ClassDef k)) return null;
        for (Value.ClassDef cls : ev.mro(k, c)) {
            Node init = cls.scope().methods().get("__init__");
            if (init != null) return cls.scope().child(init);
        }
        return null;
    }

    /** Puts one call's arguments by parameter name, its positional ones from place {@code from}; the place after them, or -1 when one names no known parameter. */
    private static int put(Map<String, Value> given, Args args, Scope fn, int from) {
        if (args.node() != null && args.node().named().stream().anyMatch(a -> a.is("dictionary_splat"))) return -1;
        List<Node> positional = args.positional();
        for (int i = 0; i < positional.size(); i++) {
            String name = parameterAt(fn, from + i);
            if (name == null || positional.get(i).is("list_splat")) return -1;
            given.put(name, args.value(i, null));
        }
        for (Node k : args.keywords()) given.put(k.field("name").text(), args.evaluator().eval(k.field("value"), args.context()));
        return from + positional.size();
    }

    private static String parameterAt(Scope fn, int place) {
        for (Binding p : fn.parametersInOrder()) if (p.path().get(0) == place) return p.name();
        return null;
    }
}
