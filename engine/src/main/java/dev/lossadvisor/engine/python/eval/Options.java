package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.semantic.Scope;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options a user picks a run with (an argparse argument, a click option) and the other values the code shows they
 * may take. A read of an option gives its default as a literal of its own (known by identity, so a copy in a local
 * or a parameter is still that option); where the code followed compares that literal with literals ({@code ==},
 * {@code !=}, {@code in (...)}, a case of {@code match}, a dict looked up by it) or lists its {@code choices=}, those
 * are the option's other values. A loss flow is then followed again with one option pinned to one other value
 * ({@link Evaluator#pinnedTo}): the run the user makes with {@code --model Transformer}; then with two pinned together
 * ({@code --model cnn --dataset cifar}). A value the code rejects (a test of it whose branch raises or exits, an assert)
 * is no run.
 */
public final class Options {
    private static final int MAX_OPTIONS = 4;
    private static final int MAX_VALUES = 8;
    /** Runs with two options pinned together, at most. */
    private static final int MAX_PAIRS = 16;

    /** One option: {@code key} tells it apart (its file, place and name), {@code shown} is how a user writes it (--model). */
    public record Option(String key, String shown) {}

    /** An option held at one value for a run, with another option held too ({@code also}) or null. */
    public record Pin(Option option, Object value, Pin also) {
        public Pin(Option option, Object value) {
            this(option, value, null);
        }

        /** True when this run holds {@code o} at a value of its own. */
        boolean holds(Option o) {
            return option.equals(o) || also != null && also.holds(o);
        }

        /** The value this run holds {@code o} at (see {@link #holds}). */
        Object valueOf(Option o) {
            return option.equals(o) ? value : also.valueOf(o);
        }

        public String shown() {
            String one = option.shown() + (option.shown().isEmpty() || option.shown().endsWith("=") ? "" : " ") + text(value); // --model Transformer, model=transformer, configs/a.py
            return also == null ? one : one + " " + also.shown();
        }
    }

    private final Map<Literal, Option> reads = new IdentityHashMap<>();
    private final Map<Option, Map<Object, Literal>> literals = new HashMap<>();
    private final Map<Option, Object> defaults = new HashMap<>();
    private final Map<Option, Scope> declared = new HashMap<>();
    private final Map<Option, Set<Object>> values = new HashMap<>();
    private final Map<Option, Set<Object>> rejected = new HashMap<>();
    private final Map<Option, Set<Object>> allowed = new HashMap<>();
    /** Runs with two options pinned that a test rejects together. */
    private final Set<Pin> ruledOut = new HashSet<>();
    /** The options the loss call being followed read, in order. */
    private final Set<Option> read = new LinkedHashSet<>();

    /** The options read while values that are cached were worked out, innermost last (see {@link #recording}). */
    private final java.util.Deque<Set<Option>> recording = new java.util.ArrayDeque<>();

    /** A new loss call: the options it reads are found afresh. */
    public void clear() {
        read.clear();
    }

    /** What {@code work} gives, with the options read while it ran (a cached parameter's value reads them again on each use: see {@link #reread}). */
    <T> T recording(Set<Option> into, java.util.function.Supplier<T> work) {
        recording.push(into);
        try {
            return work.get();
        } finally {
            recording.pop();
            if (!recording.isEmpty()) recording.peek().addAll(into);
        }
    }

    /** A cached value used again: the options read when it was worked out are read by this loss call too. */
    void reread(Set<Option> options) {
        read.addAll(options);
        if (!recording.isEmpty()) recording.peek().addAll(options);
    }

    /** The literal a read of {@code o} gives at {@code value}: one instance per option and value, known as that option's. */
    Literal read(Option o, Object dflt, Object value, Scope where) {
        defaults.putIfAbsent(o, dflt);
        declared.putIfAbsent(o, where);
        read.add(o);
        if (!recording.isEmpty()) recording.peek().add(o);
        return literals.computeIfAbsent(o, k -> new HashMap<>()).computeIfAbsent(value == null ? NULL : value, v -> {
            Literal l = new Literal(value);
            reads.put(l, o);
            return l;
        });
    }

    private static final Object NULL = new Object();

    /** A read of an option the user must give, in a run that does not pin it: not known, but known as {@code o}'s. */
    Value required(Option o, Scope where) {
        declared.putIfAbsent(o, where);
        read.add(o);
        if (!recording.isEmpty()) recording.peek().add(o);
        return new Value.Required(o);
    }

    /**
     * Whether a value that read these options belongs to another script's runs than {@code run}: it read an option
     * declared in another module and none declared in the run's (train.py's --config pinned, detect.py's read).
     */
    boolean otherScript(Set<Option> options, Pin run) {
        Scope mine = declared.get(run.option());
        if (mine == null) return false;
        boolean other = false;
        for (Option o : options) {
            Scope s = declared.get(o);
            if (s == null) continue;
            if (s.module().equals(mine.module())) return false;
            other = true;
        }
        return other;
    }

    /** Whether {@code v} is what a read of an option gives: the option's default, or the value its run holds it at. */
    boolean isRead(Value v) {
        return v instanceof Literal l && reads.containsKey(l);
    }

    /** Other values an option may take ({@code choices=}, the keys of a dict it looks up). */
    void values(Value read, Iterable<?> more) {
        Option o = read instanceof Literal l ? reads.get(l) : read instanceof Value.Required r ? r.option() : null;
        if (o == null) return;
        Set<Object> known = values.computeIfAbsent(o, k -> new LinkedHashSet<>());
        for (Object v : more) if ((v instanceof String || v instanceof Double) && known.size() < 4 * MAX_VALUES) known.add(v);
    }

    /**
     * A comparison of an option with literals ({@code op} is ==, !=, in or not in; {@code with} the literals): their
     * values are the option's; when the comparison is the test of an if whose branch raises or exits, or of an assert,
     * the values it rules out are no run.
     */
    void compared(Value left, String op, List<Object> with, Node test) {
        Option o = left instanceof Literal l ? reads.get(l) : null;
        if (o == null) return;
        values(left, with);
        Node p = test.parent();
        boolean assertion = p != null && p.is("assert_statement");
        boolean guard = p != null && (p.is("if_statement") || p.is("elif_clause")) && test.equals(p.field("condition")) && stops(p.field("consequence"));
        if (!assertion && !guard) return;
        boolean equal = op.equals("==") || op.equals("in");
        if (guard == equal) rejected.computeIfAbsent(o, k -> new LinkedHashSet<>()).addAll(with); // if x == v: raise; assert x != v
        else allowed.computeIfAbsent(o, k -> new LinkedHashSet<>()).addAll(with); // if x not in (...): parser.error(...); assert x in (...)
    }

    /** A block that ends in a raise, a parser.error(...) or an exit. */
    private static boolean stops(Node block) {
        List<Node> body = block == null ? List.of() : block.named();
        Node last = body.isEmpty() ? null : body.get(body.size() - 1);
        if (last == null) return false;
        if (last.is("raise_statement")) return true;
        Node call = last.is("expression_statement") && last.named().size() == 1 ? last.named().get(0) : null;
        Node fn = call != null && call.is("call") ? call.field("function") : null;
        if (fn == null) return false;
        String name = fn.is("attribute") ? fn.field("attribute").text() : fn.text();
        return Set.of("error", "exit", "quit", "_exit").contains(name);
    }

    /** The runs to follow after the default one: each option the call read, pinned to each other value it may take. */
    public List<Pin> pins() {
        List<Pin> out = new ArrayList<>();
        for (List<Pin> mine : byOption()) out.addAll(mine);
        return out;
    }

    /**
     * Runs with two options pinned together ({@code --model cnn --dataset cifar}: a network picked by both), a bounded
     * number; asked for after the one-option runs, so an option only those runs read ({@code args.dataset} on the right of
     * {@code args.model == "cnn" and ...}) is one of them.
     */
    public List<Pin> pairs() {
        List<List<Pin>> byOption = byOption();
        List<Pin> out = new ArrayList<>();
        for (int i = 0; i < byOption.size(); i++)
            for (int j = i + 1; j < byOption.size(); j++)
                if (sameScript(byOption.get(i), byOption.get(j))) for (Pin a : byOption.get(i))
                    for (Pin b : byOption.get(j))
                        if (out.size() < MAX_PAIRS) out.add(new Pin(a.option(), a.value(), b));
        return out;
    }

    /** Options declared in one module: two scripts' parsers (train.py's and detect.py's config) never hold values in one run. */
    private boolean sameScript(List<Pin> a, List<Pin> b) {
        Scope x = a.isEmpty() ? null : declared.get(a.get(0).option());
        Scope y = b.isEmpty() ? null : declared.get(b.get(0).option());
        return x == null || y == null || x.module().equals(y.module());
    }

    /** For each option read that has other values (at most {@link #MAX_OPTIONS}), the runs with it at each of them. */
    private List<List<Pin>> byOption() {
        List<List<Pin>> out = new ArrayList<>();
        for (Option o : List.copyOf(read)) {
            Set<Object> vs = values.getOrDefault(o, Set.of());
            if (vs.isEmpty() || out.size() >= MAX_OPTIONS) continue;
            List<Pin> mine = new ArrayList<>();
            for (Object v : vs) if (!v.equals(defaults.get(o)) && mine.size() < MAX_VALUES) mine.add(new Pin(o, v));
            out.add(mine);
        }
        return out;
    }

    /** False when the code rejects a pinned value: a test of it where the option is declared, or one met in the run. */
    public boolean rejects(Pin p) {
        Set<Object> only = allowed.get(p.option());
        return rejected.getOrDefault(p.option(), Set.of()).contains(p.value()) || only != null && !only.contains(p.value())
                || ruledOut.contains(p) || p.also() != null && rejects(p.also());
    }

    /**
     * Evaluates, under the pinned evaluator, the tests of the asserts and ifs of the scope that declares the option, of
     * the loss call's scope and of their modules' top level ({@code if args.model not in MODELS: parser.error(...)},
     * {@code if args.model == "rnn_v2": raise NotImplementedError}), so that {@link #compared} sees those that stop; for
     * two options, the scopes that declare either.
     */
    public void check(Pin p, Evaluator pinned, Scope loss) {
        Set<Scope> scopes = new LinkedHashSet<>();
        for (Pin q = p; q != null; q = q.also()) {
            Scope where = declared.get(q.option());
            if (where != null) scopes.addAll(List.of(where, where.module()));
        }
        if (scopes.isEmpty()) return;
        scopes.addAll(List.of(loss, loss.module()));
        for (Scope s : scopes) walk(s.node(), s, pinned, p);
    }

    /**
     * The tests under {@code n}, evaluated in the run; a run with two options pinned whose values a test rejects together
     * ({@code if args.model == "cnn" and args.dataset == "svhn": raise ...}) is ruled out.
     */
    private void walk(Node n, Scope s, Evaluator ev, Pin run) {
        for (Node child : n.named()) {
            if (child.is("function_definition") || child.is("class_definition") || child.is("decorated_definition")) continue;
            boolean assertion = child.is("assert_statement");
            Node test = assertion ? (child.named().isEmpty() ? null : child.named().get(0))
                    : child.is("if_statement") || child.is("elif_clause") ? child.field("condition") : null;
            if (test != null) {
                ev.budget(500);
                Boolean holds = Branches.truth(test, ev, Context.at(s, child.start()));
                boolean stopped = assertion ? Boolean.FALSE.equals(holds) : Boolean.TRUE.equals(holds) && stops(child.field("consequence"));
                if (stopped && run.also() != null) ruledOut.add(run);
            }
            if (child.is("block") || child.is("if_statement") || child.is("elif_clause") || child.is("else_clause") || child.is("module")) walk(child, s, ev, run);
        }
    }

    /** A value as a user types it: 3 for 3.0. */
    static String text(Object v) {
        return v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : String.valueOf(v);
    }
}
