package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.semantic.Binding;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.ArrayList;
import java.util.List;

/** The arguments of a call, evaluated where the call is, on demand. */
public final class Args {
    static final Args NONE = new Args(null, null, null);

    private final Node list;
    private final Context context;
    private final Evaluator evaluator;
    /** True for the arguments registry.build(cfg) passes from a config dict, {@code config} its entries (null: not known). */
    private final boolean fromConfig;
    private final java.util.Map<String, Value> config;
    /** For the keywords a wrapper hands on by a prefix (skorch's module__n_classes=10): the prefix; else "". */
    private final String prefix;
    /** How many leading positional arguments a call hands on without (checkpoint(fn, x): fn is called on x). */
    private final int skipped;
    /** Loop targets the arguments were written under (a comprehension's {@code i} in {@code [Block(act=acts[i]) for i in ...]}), held when they are read later. */
    private final java.util.Map<Binding, Value> pins;

    Args(Node list, Context context, Evaluator evaluator) {
        this(list, context, evaluator, false, null, "", 0, java.util.Map.of());
    }

    private Args(Node list, Context context, Evaluator evaluator, boolean fromConfig, java.util.Map<String, Value> config, String prefix, int skipped,
            java.util.Map<Binding, Value> pins) {
        this.list = list;
        this.context = context;
        this.evaluator = evaluator;
        this.fromConfig = fromConfig;
        this.config = config;
        this.prefix = prefix;
        this.skipped = skipped;
        this.pins = pins;
    }

    /** These arguments read with loop targets held at the values they had where the call was made. */
    Args pinned(java.util.Map<Binding, Value> targets) {
        return new Args(list, context, evaluator, fromConfig, config, prefix, skipped, java.util.Map.copyOf(targets));
    }

    /** What {@code work} gives with this call's loop targets held (see {@link Evaluator#holding}). */
    Value under(Evaluator ev, java.util.function.Supplier<Value> work) {
        return ev.holding(List.copyOf(pins.entrySet()), work);
    }

    /** The dict of a {@code **spec} as it is where the splat is read: LOSSES[spec.pop("type")](**spec) no longer holds "type". */
    private Value splat(Node a) {
        Context at = a.start() > context.offset() ? context.moved(context.scope(), a.start()) : context;
        return under(evaluator, () -> evaluator.eval(a.named().get(0), at));
    }

    private Value evaluated(Node n) {
        return under(evaluator, () -> evaluator.eval(n, context));
    }

    /** The arguments a runner hands to the function it is given first (checkpoint(self.head, x)): those after it. */
    Args afterFirst() {
        return new Args(list, context, evaluator, fromConfig, config, prefix, skipped + 1, pins);
    }

    /** The arguments these hand on by a keyword prefix, as keywords without it (skorch's module__output="proba" is output="proba"); no positional ones. */
    public Args prefixed(String prefix) {
        return new Args(list, context, evaluator, false, null, prefix, 0, pins);
    }

    /**
     * The arguments cls(**cfg) passes: the entries of a known config dict (a parameter it leaves out keeps its default),
     * or, for a config not known (null), every parameter unknown.
     */
    static Args config(java.util.Map<String, Value> entries, Context context, Evaluator evaluator) {
        return new Args(null, context, evaluator, true, entries, "", 0, java.util.Map.of());
    }

    /**
     * These arguments over the keywords a partial fixed ({@code Logits = partial(Dense, activation=None)}, then
     * {@code Logits(1)}): each parameter this call leaves out is read from {@code fixed} as from a config.
     */
    Args over(java.util.Map<String, Value> fixed) {
        return new Args(list, context, evaluator, true, fixed, prefix, skipped, pins);
    }

    /** What a {@code **kwargs} splat gives for a parameter: its entry, unknown when the dict is not known, null when none gives it. */
    public Value splatted(String parameter) {
        if (list == null) return null;
        for (Node a : list.named()) {
            if (!a.is("dictionary_splat") || a.named().isEmpty()) continue;
            Value v = splat(a);
            if (!(v instanceof Value.Dict d)) return Value.UNKNOWN;
            if (d.entries().containsKey(prefix + parameter)) return d.entries().get(prefix + parameter);
        }
        return null;
    }

    /** The entries of the {@code **spec} splats whose dict is known, in order (BinaryFocalCrossentropy(**FOCAL)); a splat not known gives none. */
    public java.util.Map<String, Value> splattedEntries() {
        java.util.Map<String, Value> out = new java.util.LinkedHashMap<>();
        if (list == null || !prefix.isEmpty()) return out;
        for (Node a : list.named()) {
            if (a.is("dictionary_splat") && !a.named().isEmpty() && splat(a) instanceof Value.Dict d) out.putAll(d.entries());
        }
        return out;
    }

    /**
     * What a function's {@code **kwargs} gets: the keywords naming none of its parameters, those of a known splat too (a
     * builder handing its own {@code **kwargs} on, {@code def small(**kw): return _build("s", **kw)}); unknown when a splat
     * not known passes more; of a known config ({@code cls(**cfg)}), its entries naming none of the parameters.
     */
    Value rest(List<String> named) {
        if (fromConfig && list == null && config != null && prefix.isEmpty()) {
            java.util.Map<String, Value> out = new java.util.LinkedHashMap<>(config);
            out.keySet().removeAll(named);
            return new Value.Dict(out);
        }
        if (fromConfig || !prefix.isEmpty()) return Value.UNKNOWN;
        java.util.Map<String, Value> out = new java.util.LinkedHashMap<>();
        if (list != null) for (Node a : list.named()) {
            if (a.is("dictionary_splat")) {
                if (a.named().isEmpty() || !(splat(a) instanceof Value.Dict d)) return Value.UNKNOWN;
                d.entries().forEach((k, v) -> { if (!named.contains(k)) out.put(k, v); });
                continue;
            }
            String name = a.is("keyword_argument") && a.field("name") != null ? a.field("name").text() : null;
            if (name != null && !named.contains(name)) out.put(name, evaluated(a.field("value")));
        }
        return new Value.Dict(out);
    }

    /** What a config gives for a parameter: its entry, unknown when the config is not known, null when it leaves it out. */
    Value configured(String parameter) {
        if (!fromConfig) return null;
        return config == null ? Value.UNKNOWN : config.get(parameter);
    }

    public Context context() {
        return context;
    }

    /** The positional argument expressions ({@code *xs} included as list_splat). */
    public List<Node> positional() {
        List<Node> out = new ArrayList<>();
        if (list == null || !prefix.isEmpty()) return out;
        if (list.is("generator_expression")) out.add(list); // nn.ModuleList(Block(d) for d in dims): the generator is the one argument
        else for (Node a : list.named()) if (!a.is("keyword_argument") && !a.is("dictionary_splat")) out.add(a);
        return skipped == 0 ? out : out.subList(Math.min(skipped, out.size()), out.size());
    }

    public Node keyword(String name) {
        if (list == null) return null;
        for (Node a : list.named()) {
            if (a.is("keyword_argument") && a.field("name") != null && a.field("name").text().equals(prefix + name)) return a.field("value");
        }
        return null;
    }

    /** The keyword arguments, by name. */
    public List<Node> keywords() {
        List<Node> out = new ArrayList<>();
        if (list != null) for (Node a : list.named()) if (a.is("keyword_argument") && a.field("name") != null && a.field("name").text().startsWith(prefix)) out.add(a);
        return out;
    }

    /** An argument by keyword, else by position; null when not given. */
    public Node node(int position, String keyword) {
        Node k = keyword == null ? null : keyword(keyword);
        if (k != null) return k;
        List<Node> p = positional();
        if (position < 0 || position >= p.size()) return null;
        for (int i = 0; i <= position; i++) if (p.get(i).is("list_splat")) return null; // *args before it: the position is unknown
        return p.get(position);
    }

    /**
     * An argument given by keyword or position, by a {@code **kwargs} splat (Dense(**spec)) or by a config; unknown when a
     * splat not known may give it, null when it is left to its default.
     */
    public Value given(int position, String keyword) {
        Node n = node(position, keyword);
        if (n != null) return evaluated(n);
        if (keyword == null) return null;
        Value splat = splatted(keyword);
        return splat != null ? splat : configured(keyword);
    }

    public Value value(int position, String keyword) {
        Node n = node(position, keyword);
        if (n != null) return evaluated(n);
        Value handed = handedOn(position);
        return handed == null ? Value.UNKNOWN : handed;
    }

    /**
     * The argument at a position that a {@code *args} of the calling function hands on ({@code def __call__(self, *args):
     * return self.fn(*args)}): that function's argument so many places into its {@code *args}; null when no such splat
     * (the only one before the position) gives it.
     */
    private Value handedOn(int position) {
        List<Node> p = positional();
        int splat = onlySplat(position + 1);
        if (splat < 0 || p.get(splat).named().isEmpty() || !p.get(splat).named().get(0).is("identifier")) return null;
        return evaluator.restItem(p.get(splat).named().get(0).text(), position - splat, context);
    }

    /**
     * The place of the one {@code *xs} splat among the first {@code upTo} positional arguments: -1 when there is none,
     * -2 when there are several (the places after the first are not known).
     */
    int onlySplat(int upTo) {
        List<Node> p = positional();
        int splat = -1;
        for (int i = 0; i < Math.min(upTo, p.size()); i++) {
            if (!p.get(i).is("list_splat")) continue;
            if (splat >= 0) return -2;
            splat = i;
        }
        return splat;
    }

    /** The values of the positional arguments, a {@code *xs} of known items expanded; null when one cannot be expanded. */
    public List<Value> values() {
        List<Value> out = new ArrayList<>();
        for (Node a : positional()) {
            if (a.is("list_splat")) {
                Value v = a.named().isEmpty() ? Value.UNKNOWN : evaluated(a.named().get(0));
                if (!(v instanceof Value.Items items)) return null;
                out.addAll(items.items());
            } else {
                out.add(evaluated(a));
            }
        }
        return out;
    }

    /** The values of the positional arguments after the last {@code *xs} (all of them when there is none); empty when it is the last. */
    public List<Value> afterSplat() {
        List<Node> p = positional();
        int from = 0;
        for (int i = 0; i < p.size(); i++) if (p.get(i).is("list_splat")) from = i + 1;
        List<Value> out = new ArrayList<>();
        for (Node a : p.subList(from, p.size())) out.add(evaluated(a));
        return out;
    }

    /**
     * The keywords this call passes by name, or null when a {@code **spec} splat, a config or a prefix may pass others
     * (what the callee's signature must accept: see {@link Signatures}).
     */
    List<String> keywordNames() {
        if (fromConfig || !prefix.isEmpty() || list == null) return list == null && !fromConfig ? List.of() : null;
        List<String> out = new ArrayList<>();
        for (Node a : list.named()) {
            if (a.is("dictionary_splat")) return null;
            if (a.is("keyword_argument") && a.field("name") != null) out.add(a.field("name").text());
        }
        return out;
    }

    /** How many positional arguments this call passes, or -1 when a {@code *xs} splat leaves it unknown. */
    int positionalCount() {
        List<Node> p = positional();
        return p.stream().anyMatch(a -> a.is("list_splat")) ? -1 : p.size();
    }

    public boolean isEmpty() {
        return list == null || list.named().isEmpty();
    }

    public Node node() {
        return list;
    }

    public Evaluator evaluator() {
        return evaluator;
    }
}
