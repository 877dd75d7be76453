package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.ClassDef;
import dev.lossadvisor.engine.python.eval.Value.Dict;
import dev.lossadvisor.engine.python.eval.Value.Function;
import dev.lossadvisor.engine.python.eval.Value.Instance;
import dev.lossadvisor.engine.python.eval.Value.Items;
import dev.lossadvisor.engine.python.eval.Value.KerasModel;
import dev.lossadvisor.engine.python.eval.Value.Layer;
import dev.lossadvisor.engine.python.eval.Value.Lib;
import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.eval.Value.Loss;
import dev.lossadvisor.engine.python.eval.Value.Module;
import dev.lossadvisor.engine.python.eval.Value.Tensor;
import dev.lossadvisor.engine.python.semantic.Binding;
import dev.lossadvisor.engine.python.semantic.CallSites;
import dev.lossadvisor.engine.python.semantic.ItemStore;
import dev.lossadvisor.engine.python.semantic.Project;
import dev.lossadvisor.engine.python.semantic.Scope;
import dev.lossadvisor.engine.python.semantic.SourceFile;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Evaluates expressions to abstract values, one case per kind of node and per kind of binding, as astroid infers:
 * names through the semantic model's bindings, calls into the project's functions and classes with their arguments
 * bound, library calls through the library models. A name with several possible values is a join: all candidates
 * must agree, or it is unknown. Each query has a budget of steps, and the thread's interruption stops it.
 */
public final class Evaluator {
    private static final int MAX_DEPTH = 40;
    private static final int MAX_CALL_SITES = 16;

    private final Project project;
    private final Libraries libraries = new Libraries();
    private final Map<String, Value> parameters = new HashMap<>();
    /** The options read while each cached parameter was worked out. */
    private final Map<String, Set<Options.Option>> parameterOptions = new HashMap<>();
    /** Loop targets held at one item while a loop's last iteration is evaluated. */
    private final Map<Binding, Value> pinned = new HashMap<>();
    /** The list a loop's last pass enumerates while its counter is pinned ({@link #lastIteration}), else null. */
    private Items enumerating;
    /** Nodes whose value is being worked out (a load_model while the saves of its path are evaluated). */
    private final Set<Node> following = new HashSet<>();
    /** Stores to self.attr whose tests are being worked out. */
    private final Set<Binding> reaching = new HashSet<>();
    private final Registries registries = new Registries(this);
    /** The tests a loss call is followed under: returns of its class that test the same attribute otherwise are left out. */
    private final Guards assumed;
    /** The options read and the values the code compares them with, shared by the evaluators of one analysis. */
    private final Options options;
    /** The option held at another value than its default for this run, or null. */
    private final Options.Pin option;
    /** Whether members of a str or int enum are kept as members (for {@code is}), not read as their values. */
    private final boolean identities;
    private int steps;

    /** The steps taken by this evaluator and those made from it (its runs, tests, loop passes), all queries together. */
    private final long[] spent;

    public Evaluator(Project project) {
        this(project, Guards.NONE, new Options(), null, false, new long[1]);
    }

    private Evaluator(Project project, Guards assumed, Options options, Options.Pin option, boolean identities, long[] spent) {
        this.project = project;
        this.assumed = assumed;
        this.options = options;
        this.option = option;
        this.identities = identities;
        this.spent = spent;
    }

    /** An evaluator that follows code under these tests, with caches of its own (values differ by the tests). */
    public Evaluator assuming(Guards tests) {
        Evaluator e = new Evaluator(project, tests, options, option, identities, spent);
        e.pinned.putAll(pinned);
        return e;
    }

    /** Whether a known test around {@code n} skips it ({@code if self.task == "class": return ...} before it, under that task). */
    public boolean skips(Node n, Scope fn) {
        return Branches.of(n, fn, this, Context.at(fn, n.start())) == Branches.Reach.NEVER;
    }

    /** The truth of a test of a self attribute under the tests the loss call is followed under, or null. */
    Boolean decides(Node test, Scope fn) {
        return assumed.isEmpty() ? null : assumed.decides(test, fn);
    }

    /** An evaluator for the run with an option at another value, everywhere (model and loss alike), with caches of its own. */
    public Evaluator pinnedTo(Options.Pin pin) {
        Evaluator e = new Evaluator(project, assumed, options, pin, identities, spent);
        e.pinned.putAll(pinned);
        return e;
    }

    /** An evaluator under the same tests with caches of its own that keeps str and int enum members as members. */
    private Evaluator keepingMembers() {
        Evaluator e = new Evaluator(project, assumed, options, option, true, spent);
        e.pinned.putAll(pinned);
        return e;
    }

    boolean keepsMembers() {
        return identities;
    }

    public Options options() {
        return options;
    }

    /** What a read of an option gives in this run: its default, or the value it is pinned to (a literal known as the option's). */
    Value option(Options.Option o, Value dflt, Scope where) {
        if (dflt instanceof Value.Required) return option != null && option.holds(o) ? options.read(o, null, option.valueOf(o), where) : options.required(o, where);
        if (!(dflt instanceof Literal l)) return dflt;
        return options.read(o, l.value(), option != null && option.holds(o) ? option.valueOf(o) : l.value(), where);
    }

    /** An evaluator under the same tests with empty caches, for a pass with loop targets pinned (see {@link DictLoops}). */
    Evaluator fresh() {
        return assuming(assumed);
    }

    void pin(Binding b, Value v) {
        pinned.put(b, v);
    }

    boolean pinned(Binding b) {
        return pinned.containsKey(b);
    }

    public Project project() {
        return project;
    }

    /** A new query: its own budget of steps. */
    public void budget(int budget) {
        steps = budget;
    }

    /** The steps this evaluator and those made from it have taken so far, over all their queries. */
    public long spent() {
        return spent[0];
    }

    public Value eval(Node e, Context c) {
        if (e == null || c.depth() > MAX_DEPTH) return Value.UNKNOWN;
        if (--steps < 0) return Value.UNKNOWN;
        spent[0]++;
        if ((steps & 255) == 0 && Thread.currentThread().isInterrupted()) throw new CancellationException("interrupted");
        Context d = new Context(c.scope(), c.offset(), c.self(), c.frame(), c.args(), c.depth() + 1);
        return switch (e.type()) {
            case "identifier" -> name(e.text(), d);
            case "attribute" -> attribute(e, d);
            case "call" -> call(e, d);
            case "subscript" -> subscript(e, d);
            case "parenthesized_expression", "await", "named_expression" -> e.is("named_expression") ? eval(e.field("value"), d)
                    : e.named().isEmpty() ? Value.UNKNOWN : eval(e.named().get(e.named().size() - 1), d);
            case "tuple", "list", "expression_list" -> items(e, d);
            case "list_comprehension", "generator_expression" -> ListLoops.built(this, e, d); // a generator read once, as a list is
            case "dictionary_comprehension" -> ListLoops.builtDict(this, e, d);
            case "dictionary" -> dictionary(e, d);
            case "conditional_expression" -> conditional(e, d);
            case "boolean_operator" -> or(e, d);
            case "string" -> FStrings.of(e, this, d);
            case "integer", "float", "true", "false", "none", "unary_operator", "concatenated_string" -> Literals.of(e);
            case "binary_operator" -> binary(e, d);
            case "comparison_operator" -> comparison(e, d);
            case "lambda" -> new Function(c.scope().file().scopeOf(e).child(e), null); // a function scope with its parameters
            default -> Value.UNKNOWN;
        };
    }

    // ---- names -------------------------------------------------------------------------------------------------

    private Value name(String name, Context c) {
        List<Binding> candidates = c.scope().lookup(name, c.offset());
        if (candidates.isEmpty()) {
            Value star = starImported(c.scope().module(), name, c);
            return star != null ? star : new Lib(name.equals("xrange") ? "range" : name); // Python 2's lazy range
        }
        Value afterLoop = lastIteration(candidates, c);
        if (afterLoop != null) return afterLoop;
        candidates = unskipped(candidates, c);
        List<Binding> reached = reachable(candidates, c);
        // the candidates the tests take first: following a skipped branch first (net(X) on a model whose forward takes
        // keywords) must not change what they give
        Map<Binding, Value> of = new HashMap<>();
        for (Binding b : reached) of.put(b, binding(b, c));
        for (Binding b : candidates) if (!of.containsKey(b)) of.put(b, binding(b, c));
        List<Value> values = new ArrayList<>();
        List<Value> taken = new ArrayList<>();
        for (Binding b : candidates) {
            values.add(of.get(b));
            if (reached.contains(b)) taken.add(of.get(b));
        }
        return Joins.decided(values, taken);
    }

    /** The candidates left when those in a branch the followed call skips for sure are dropped (all of them if none is left). */
    private List<Binding> unskipped(List<Binding> candidates, Context c) {
        if (candidates.size() < 2 || c.args() == null) return candidates;
        List<Binding> out = candidates.stream().filter(b -> !b.conditional() || !Branches.skippedByCall(b.value(), b.scope(), this, at(b, c))).toList();
        return out.isEmpty() ? candidates : out;
    }

    /**
     * Whether {@code name} is a parameter of the function this context follows a call into, bound nowhere else in it,
     * that the call passes as a literal (True, a number, a string, None).
     */
    boolean passedLiteral(Node name, Context c) {
        if (name == null || c.frame() == null || c.args() == null) return false;
        Scope fn = c.frame();
        List<Binding> bound = fn.bindings(name.text());
        if (bound.size() != 1 || bound.get(0).kind() != Binding.Kind.PARAMETER || bound.get(0).scope() != fn) return false;
        int index = bound.get(0).path().get(0);
        boolean method = fn.parent() != null && fn.parent().kind() == Scope.Kind.CLASS && !staticMethod(fn);
        Node arg = c.args().node(method ? index - 1 : index, name.text());
        return arg != null && Set.of("true", "false", "none", "integer", "float", "string").contains(arg.type());
    }

    /**
     * The candidates whose if/elif/else tests do not rule them out (a known test skips a branch), and of those, from the
     * last one every known test takes on: it replaces those before it when the use comes after it.
     */
    private List<Binding> reachable(List<Binding> candidates, Context c) {
        if (candidates.size() < 2) return candidates;
        List<Binding> out = new ArrayList<>();
        for (Binding b : candidates) {
            Branches.Reach reach = !b.conditional() ? Branches.Reach.ALWAYS
                    : c.scope() == b.scope() && b.offset() < c.offset() ? Branches.before(b.value(), c.offset(), b.scope(), this, at(b, c))
                    : Branches.of(b.value(), b.scope(), this, at(b, c));
            if (reach == Branches.Reach.NEVER) continue;
            if (reach == Branches.Reach.ALWAYS && (c.scope() != b.scope() ? !afterReader(b, c) : b.offset() < c.offset())) out.clear();
            out.add(b);
        }
        return out.isEmpty() ? candidates : out;
    }

    /**
     * A module's binding made after the function reading it was defined: a call run before it (a notebook's cell, a
     * magic's) reads the binding that reached the definition, so this one replaces none.
     */
    private static boolean afterReader(Binding b, Context c) {
        if (b.scope().kind() != Scope.Kind.MODULE || c.scope().module() != b.scope()) return false;
        Scope top = c.scope();
        while (top.parent() != b.scope()) top = top.parent();
        return b.offset() > top.node().start();
    }

    /**
     * After {@code for layer in self.layers: x = layer(x)}, x holds what the last item gave: a loop over a known, non-empty
     * list ran its body, so the binding made in the body on every pass replaces those before the loop. A layer of the
     * list is then found on its own line, the loop's call line being every layer's.
     */
    private Value lastIteration(List<Binding> candidates, Context c) {
        Binding last = candidates.get(candidates.size() - 1);
        Node loop = enclosingLoop(last.block());
        if (!last.conditional() || loop == null || last.scope() != c.scope() || c.offset() < loop.end()) return null;
        Node target = loop.field("left");
        Node over = loop.field("right");
        Context before = c.moved(c.scope(), loop.start());
        // for i, layer in enumerate(self.layers): i at the last index, layer at the last item
        Node counted = enumerated(target, over, before);
        int offset = target == null ? -1 : target.start(); // every name of the target binds at its start
        Binding counter = counted == null ? null : forBinding(last.scope(), target.named().get(0).text(), offset);
        if (counted != null) {
            target = target.named().get(1);
            over = counted;
        }
        if (target == null || !target.is("identifier")) return null;
        Binding each = forBinding(last.scope(), target.text(), offset);
        if (each == null || pinned.containsKey(each) || counted != null && (counter == null || pinned.containsKey(counter))) return null;
        int index = counted == null ? lastIndex(over, before) : -1;
        java.util.function.Supplier<Value> pass = () -> lastPass(candidates, loop, c);
        if (index >= 0) return pinning(each, new Literal((double) index), pass);
        if (!(eval(over, before) instanceof Items items) || items.items().isEmpty()) return null;
        Value item = items.items().get(items.items().size() - 1);
        Value lastItem = item instanceof Layer l ? new Layer(l.activation(), l.units(), l.place(), l.shown(), l.name(), true) : item;
        if (counter == null) return pinning(each, lastItem, pass);
        Value at = new Literal((double) (items.items().size() - 1));
        // the counter stands at len(xs) - 1 on the last pass however many entries a loop appended: len(xs) is then
        // answered with the same count, so i != len(xs) - 1 is decided without knowing it
        Items outer = enumerating;
        enumerating = items;
        try {
            return pinning(counter, at, () -> pinning(each, lastItem, pass));
        } finally {
            enumerating = outer;
        }
    }

    /** Whether len() of {@code items} is the count its entries show: a list filled in no loop, or the one being enumerated. */
    boolean counted(Items items) {
        return items.counted() || items.equals(enumerating);
    }

    /** The for loop whose body holds {@code block} itself or under if/elif/else branches only, or null. */
    private static Node enclosingLoop(Node block) {
        for (Node child = block, p = block == null ? null : block.parent(); p != null; child = p, p = p.parent()) {
            if (p.is("for_statement")) return child.equals(p.field("body")) ? p : null;
            if (!p.is("block") && !p.is("if_statement") && !p.is("elif_clause") && !p.is("else_clause")) return null;
        }
        return null;
    }

    /**
     * What the loop's last pass binds, its names held at their last values: the latest binding of its body whose branches
     * run on that pass ({@code if l != len(self.layers) - 1: h = self.activation(h)} skips the last layer's); null when
     * a branch's test is not known there.
     */
    private Value lastPass(List<Binding> candidates, Node loop, Context c) {
        Node body = loop.field("body");
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Binding b = candidates.get(i);
            if (b.offset() < body.start() || b.offset() > body.end() || !loop.equals(enclosingLoop(b.block()))) return null;
            Branches.Reach reach = b.block() == body ? Branches.Reach.ALWAYS : Branches.branch(b.value(), body.start(), b.scope(), this, at(b, c));
            if (reach == Branches.Reach.ALWAYS) return binding(b, c);
            if (reach == Branches.Reach.MAYBE) return null;
        }
        return null;
    }

    /** The list {@code for i, item in enumerate(xs)} runs over (xs, nothing else given), or null for another loop. */
    private Node enumerated(Node target, Node over, Context c) {
        if (target == null || !(target.is("pattern_list") || target.is("tuple_pattern")) || target.named().size() != 2) return null;
        if (!target.named().get(0).is("identifier") || over == null || !over.is("call")) return null;
        if (!(eval(over.field("function"), c) instanceof Lib l) || !l.name().equals("enumerate")) return null;
        Node arguments = over.field("arguments");
        return arguments != null && arguments.named().size() == 1 && !arguments.named().get(0).is("list_splat")
                && !arguments.named().get(0).is("keyword_argument") ? arguments.named().get(0) : null;
    }

    /** The binding of {@code name} by the for loop whose target starts at {@code offset}. */
    private static Binding forBinding(Scope scope, String name, int offset) {
        Binding each = null;
        for (Binding b : scope.bindings(name)) if (b.kind() == Binding.Kind.FOR && b.offset() == offset) each = b;
        return each;
    }

    /** The index of the last pass of {@code for i in range(n)} when the range is known and not empty (x = self.blocks[i](x) then holds what the last block gave), else -1. */
    private int lastIndex(Node right, Context c) {
        int[] bounds = ListLoops.range(right, this, c);
        return bounds == null || bounds[1] <= bounds[0] ? -1 : bounds[1] - 1;
    }

    /** Evaluates with a binding held at one value (a loop's target at its last item, a decorator's argument at the class decorated). */
    Value pinning(Binding b, Value v, java.util.function.Supplier<Value> work) {
        pinned.put(b, v);
        try {
            return work.get();
        } finally {
            pinned.remove(b);
        }
    }

    /** Evaluates with several bindings held (a comprehension's targets for one item); one already held keeps its value. */
    Value holding(List<Map.Entry<Binding, Value>> pins, java.util.function.Supplier<Value> work) {
        if (pins.isEmpty()) return work.get();
        java.util.function.Supplier<Value> rest = () -> holding(pins.subList(1, pins.size()), work);
        Binding b = pins.get(0).getKey();
        return pinned.containsKey(b) ? rest.get() : pinning(b, pins.get(0).getValue(), rest);
    }

    /** What {@code work} gives for node {@code n}, or {@code reentry} when the work meets {@code n} again. */
    Value once(Node n, Value reentry, java.util.function.Supplier<Value> work) {
        if (!following.add(n)) return reentry;
        try {
            return work.get();
        } finally {
            following.remove(n);
        }
    }

    /** A name from {@code from x import *}: a project module's name (its own star imports followed), or the library's. */
    private Value starImported(Scope module, String name, Context c) {
        if (c.depth() > MAX_DEPTH) return null;
        for (Binding b : module.starImports()) {
            SourceFile f = importedModule(module.file(), b.module());
            if (f == null || f.scope() == module) continue;
            Value v = global(f, name, c);
            if (v != null) return v;
        }
        for (Binding b : module.starImports()) if (importedModule(module.file(), b.module()) == null) return new Lib(project.resolve(module.file(), b.module()) + "." + name);
        return null;
    }

    /** A module-level name of a project file, or null when the file does not bind it. */
    Value global(SourceFile f, String name, Context c) {
        List<Binding> found = f.scope().lookup(name, Integer.MAX_VALUE);
        if (!found.isEmpty()) {
            Context at = new Context(f.scope(), Integer.MAX_VALUE, null, null, null, c.depth() + 1);
            List<Value> values = new ArrayList<>();
            for (Binding b : found) values.add(binding(b, at));
            return Joins.join(values);
        }
        return starImported(f.scope(), name, new Context(f.scope(), Integer.MAX_VALUE, null, null, null, c.depth() + 1));
    }

    /** The value of one binding. */
    Value binding(Binding b, Context c) {
        Value pin = pinned.get(b);
        if (pin != null) return pin;
        Scope s = b.scope();
        Context at = at(b, c);
        Value v = switch (b.kind()) {
            case ASSIGNMENT, ANNOTATED, WALRUS -> unpack(eval(b.value(), at), b.path());
            case AUGMENTED -> augmented(b, at);
            case FOR -> unpack(element(b.value(), at), b.path());
            case WITH -> unpack(entered(b.value(), at), b.path());
            case PARAMETER -> parameter(b, c);
            // **kwargs where the call being followed is known: the keywords it passes beyond the named parameters
            case KEYWORDS -> c.frame() == s && c.args() != null ? c.args().rest(s.parametersInOrder().stream().map(Binding::name).toList()) : Value.UNKNOWN;
            case DEF -> new Function(s.child(b.value()), null);
            case CLASS -> decorated(new ClassDef(s.child(b.value())), b.value(), at);
            case IMPORT -> imported(s.file(), b.module(), null, at);
            case FROM_IMPORT -> imported(s.file(), b.module(), b.value().text(), at);
            default -> Value.UNKNOWN;
        };
        return mutated(v, b, c);
    }

    /**
     * {@code @d class C} is {@code C = d(C)}: a decorator of the project that returns another class (a subclass it defines
     * around C, its forward wrapped) leaves C not known; one that returns its argument (a registering decorator), one not
     * known and a library's ({@code @dataclass}) keep C.
     */
    private Value decorated(ClassDef k, Node def, Context c) {
        Node outer = def.parent();
        if (outer == null || !outer.is("decorated_definition")) return k;
        return once(outer, k, () -> {
            for (Node d : outer.named()) {
                if (!d.is("decorator") || d.named().isEmpty() || !(eval(d.named().get(0), c) instanceof Function f) || f.self() != null) continue;
                List<Binding> params = f.scope().parametersInOrder();
                if (params.isEmpty()) continue;
                Value made = apply(f, Args.config(Map.of(params.get(0).name(), k), c, this), d.named().get(0), c);
                if (!(made instanceof Value.Unknown) && !made.equals(k)) return Value.UNKNOWN;
            }
            return k;
        });
    }

    /** logits /= self.temperature, scores *= 2: the name's value before, scaled as {@code logits / T} is; other operators are not followed. */
    private Value augmented(Binding b, Context at) {
        Node e = b.value();
        Node op = e == null || !e.is("augmented_assignment") ? null : e.field("operator");
        if (op == null || !op.text().equals("/=") && !op.text().equals("*=") || !e.field("left").is("identifier")) return Value.UNKNOWN;
        Context before = at.moved(b.scope(), e.start());
        return once(e, Value.UNKNOWN, () -> TorchLibrary.scaled(name(b.name(), before), e.field("right"), eval(e.field("right"), before), op.text().substring(0, 1)));
    }

    /** Where a binding runs, seen from a use: the use's object and call when it is in the same function. */
    private static Context at(Binding b, Context c) {
        Scope s = b.scope();
        if (sameFunction(c, s)) return new Context(s, b.offset(), c.self(), c.frame(), c.args(), c.depth());
        return new Context(s, b.offset(), s.kind() == Scope.Kind.MODULE ? null : c.self(), null, null, c.depth());
    }

    private static boolean sameFunction(Context c, Scope s) {
        for (Scope p = c.scope(); p != null; p = p.parent()) if (p == s) return true;
        return false;
    }

    /**
     * A list, dict, Keras Sequential or nn.Sequential bound to a name, with the appends, item stores and adds made to it
     * since (labels changed in place are no longer known); a module's dict with the entries its decorators register.
     */
    private Value mutated(Value v, Binding b, Context c) {
        if (b.scope().kind() == Scope.Kind.MODULE) v = v instanceof Dict d ? registries.filled(d, b, c) : registries.classes(v, b, c);
        else if (b.scope().kind() == Scope.Kind.CLASS && v instanceof Dict d) v = registries.filled(d, b, c); // registry = {} filled by __init_subclass__
        int until = c.scope() == b.scope() ? c.offset() : Integer.MAX_VALUE;
        Context at = new Context(b.scope(), b.offset(), c.self(), c.frame(), c.args(), c.depth());
        return stored(v, b.name(), b.offset(), until, at);
    }

    /** The changes made in {@code at}'s scope to the container named {@code name} between two offsets, applied to it. */
    private Value stored(Value v, String name, int from, int until, Context at) {
        if (v instanceof Value.Hooked h) return new Value.Hooked(stored(h.module(), name, from, until, at), h.hook()); // a hook runs whatever module it wraps
        boolean tensor = v instanceof Tensor;
        if (!(tensor || v instanceof Items || v instanceof Dict || v instanceof KerasModel || v instanceof Layer || v instanceof Value.Labels || v instanceof Value.Pretrained
                || v instanceof Instance && !at.scope().ownSelf(name) // self.x = ... in its own methods: read by classMember
                || v instanceof Value.Unknown && at.scope().trainsInPlace() // W = torch.randn(d, K); W.requires_grad_()
                || v instanceof Value.Unknown && at.scope().stores(name).stream().anyMatch(LoopFills::candidate))) return v; // hs = [...]; for i in range(len(hs)): hs[i] = h
        List<ItemStore> stores = at.scope().stores(name);
        if (v instanceof Instance || v instanceof Layer || v instanceof Value.Pretrained) stores = withAliasStores(stores, name, from, at.scope(), HOOKS);
        if (v instanceof Instance i && bareTorchModule(i.type(), at)) { // model = DDP(net); model.module.head = ...: a store on the module wrapped
            stores = new ArrayList<>(stores);
            stores.addAll(at.scope().stores(name + ".module"));
            stores.sort(java.util.Comparator.comparingInt(ItemStore::offset));
        }
        if (v instanceof Dict) stores = DictFills.merged(withAliasStores(stores, name, from, at.scope(), ENTRY_CHANGES), name, from, until, at); // ret = {}; self.head(x, ret)
        if (v instanceof KerasModel) stores = HelperAdds.merged(stores, name, from, until, at); // add_head(model, n): the helper's adds
        if (v instanceof Value.Pretrained p) { // model.classifier[-1] = ...: a store on the head, in source order with those on the model
            stores = new ArrayList<>(stores);
            stores.addAll(at.scope().stores(name + "." + p.head()));
            stores.sort(java.util.Comparator.comparingInt(ItemStore::offset));
            if (p.module() != null && HeadEscapes.escapes(p.head(), name, from, until, at, this)) return new Value.Pretrained(p.head(), p.length(), null, p.packs());
        }
        for (ItemStore st : stores) {
            if (st.offset() <= from || st.offset() >= until) continue;
            if (tensor && !st.how().equals("sigmoid_")) continue; // of the changes in place, only an activation changes what a tensor is
            // a list, dict or nn.Sequential changed under a test: skipped when the test is known false, both ways joined when not known
            boolean weighed = (tensor || v instanceof Items || v instanceof Dict || v instanceof Layer || v instanceof Value.Unknown || v instanceof Value.Filled)
                    && !st.how().equals("attribute") // a conditional attribute store is already not known
                    || st.how().equals("register_forward_hook");
            Branches.Reach reach = weighed ? Branches.branch(st.value(), from, at.scope(), this, at) : Branches.Reach.ALWAYS;
            if (reach == Branches.Reach.NEVER || v instanceof KerasModel && skippedOnLastPass(st, stores, at)) continue;
            Value unrolled = LoopFills.unrolled(v, st, from, this, at.moved(at.scope(), st.offset()));
            Value changed = unrolled != null ? unrolled : applyStore(v, st, at.moved(at.scope(), st.offset()));
            if (unrolled == null && changed instanceof Items grown && grown.counted() && !(v instanceof Items same && same.items().size() == grown.items().size())
                    && LoopPasses.inLoopAfter(st.value(), from)) changed = new Items(grown.items(), false);
            v = reach == Branches.Reach.MAYBE ? Joins.maybe(v, changed) : changed;
        }
        return v instanceof Instance i ? Patches.escaped(i, name, from, until, at, this) : v;
    }

    /**
     * The value stored in one entry of a dict, on at most half the steps left: a model's output dict gathers entries the
     * loss never reads ({@code ret["vq_loss"]} of a VQ encoder), and one of them must not spend the steps the others and
     * the reads of the dict need.
     */
    private Value entry(Node value, Context here) {
        int left = steps;
        steps = left / 2;
        try {
            return eval(value, here);
        } finally {
            steps = left - (left / 2 - Math.max(steps, 0));
        }
    }

    private static final Set<String> HOOKS = Set.of("register_forward_hook");
    private static final Set<String> ENTRY_CHANGES = Set.of("item", "update", "del", "pop", "clear", "setdefault");

    /**
     * m = model; m.register_forward_hook(fn), opts = cfg; opts["reduction"] = "mean": a change of one of {@code hows} made
     * through a plain alias of {@code name} (bound after it, and before the alias is bound again) is to the same object, in
     * source order with the changes made on the name itself.
     */
    private static List<ItemStore> withAliasStores(List<ItemStore> stores, String name, int from, Scope scope, Set<String> hows) {
        List<ItemStore> all = null;
        for (ItemStore st : scope.stores()) {
            if (!hows.contains(st.how()) || st.name().equals(name)) continue;
            Binding alias = null; // the alias's binding in force at the hook
            for (Binding a : scope.bindings(st.name())) if (a.offset() < st.offset() && (alias == null || a.offset() > alias.offset())) alias = a;
            Node value = alias == null ? null : alias.value();
            if (value == null || alias.kind() != Binding.Kind.ASSIGNMENT || !alias.path().isEmpty() || !value.is("identifier") || !value.text().equals(name)
                    || alias.offset() <= from) continue;
            int at = alias.offset();
            if (scope.bindings(name).stream().anyMatch(b -> b.offset() > from && b.offset() < at)) continue; // the name was bound again before the alias
            if (all == null) all = new ArrayList<>(stores);
            all.add(st);
        }
        if (all == null) return stores;
        all.sort(java.util.Comparator.comparingInt(ItemStore::offset));
        return all;
    }

    /**
     * An nn.Sequential of known modules grown by append/add_module, insert(i, m) (Python's list insert: a negative index
     * counts from the end) or extend([...]); one ending in a module not known stays open to the next change.
     */
    private Value grown(Layer l, ItemStore st, Context here) {
        List<Value> modules = new ArrayList<>(l.modules());
        if (st.how().equals("extend")) { // net.extend([...]), net += other_sequential
            Value more = eval(st.value(), here);
            List<Value> added = more instanceof Items items ? items.items() : more instanceof Layer m ? m.modules() : null;
            if (added == null) return Value.UNKNOWN;
            modules.addAll(added);
        } else if (st.how().equals("insert")) {
            int at = insertAt(st, modules.size(), here);
            if (at < 0) return Value.UNKNOWN;
            modules.add(at, eval(st.value(), here));
        } else {
            modules.add(eval(st.value(), here));
        }
        return TorchLibrary.listed(modules, l.place());
    }

    /** Where xs.insert(i, v) puts v in a list of n items, as Python's list.insert (a negative index counts from the end); -1 when i is not known. */
    private int insertAt(ItemStore st, int n, Context here) {
        if (st.key() == null || !(eval(st.key(), here) instanceof Literal i && i.value() instanceof Double d && d == Math.rint(d))) return -1;
        return Math.max(0, Math.min(n, d < 0 ? n + d.intValue() : d.intValue()));
    }

    /** A container made at {@code from} in {@code at}'s scope under {@code name}, with the changes that scope makes to it after. */
    Value grownIn(Value v, String name, int from, Context at) {
        return stored(v, name, from, Integer.MAX_VALUE, at);
    }

    /** One change to a container: an append, an extend, an item store, an update, a Keras model.add. */
    private Value applyStore(Value v, ItemStore st, Context here) {
        String how = st.how();
        if (how.equals("changed")) return Value.UNKNOWN; // model.get_submodule("head").append(m): a change not followed
        if (how.equals("register_forward_hook")) { // model.register_forward_hook(fn): on a module, its calls run fn; a hook on anything else is not read
            boolean module = v instanceof Instance || v instanceof Layer || v instanceof Value.Pretrained p && !st.name().endsWith("." + p.head());
            return module ? forwardHook(v, arguments(st.value(), here)) : v;
        }
        if (v instanceof Value.Pretrained p) {
            if (how.equals("attribute")) return VisionLibrary.replaced(p, st.key().text(), null, st.value() == null ? Value.UNKNOWN : eval(st.value(), here));
            if ((how.equals("add_module") || how.equals("append")) && st.name().endsWith("." + p.head())) return VisionLibrary.added(p, eval(st.value(), here));
            return how.equals("item") && st.name().endsWith("." + p.head()) ? VisionLibrary.replaced(p, p.head(), eval(st.key(), here), eval(st.value(), here)) : p;
        }
        if (v instanceof Instance i) return how.equals("attribute") ? Patches.patched(i, st.key().text(), st.value() == null ? Value.UNKNOWN : eval(st.value(), here)) : i;
        if (how.equals("attribute")) { // args.n = 3 on a namespace or config; an attribute set on anything else leaves it as it is
            if (!(v instanceof Dict d)) return v;
            Map<String, Value> m = new LinkedHashMap<>(d.entries());
            m.put(st.key().text(), st.value() == null ? Value.UNKNOWN : eval(st.value(), here));
            return new Dict(m);
        }
        if (v instanceof Items items && (how.equals("append") || how.equals("insert"))) {
            List<Value> l = new ArrayList<>(items.items()); // an append on every pass of a known loop is unrolled (LoopFills)
            int at = how.equals("insert") ? insertAt(st, l.size(), here) : l.size();
            if (at < 0) return Value.UNKNOWN;
            l.add(at, eval(st.value(), here));
            return new Items(l, items.counted());
        }
        if (v instanceof Items items && how.equals("extend") && eval(st.value(), here) instanceof Items more) {
            List<Value> l = new ArrayList<>(items.items());
            l.addAll(more.items());
            return new Items(l, items.counted() && more.counted());
        }
        Value loopFilled = how.equals("item") ? LoopFills.filled(v, st, this, here) : null;
        if (loopFilled != null) return loopFilled;
        if (v instanceof Dict d && how.equals("item")) {
            Value key = eval(st.key(), here);
            if (key instanceof Value.Unknown) return ComputedKeys.stored(d, st.key(), eval(st.value(), here));
            if (!(key instanceof Literal l && l.value() instanceof String k) || ComputedKeys.mayRename(d, k)) return Value.UNKNOWN;
            Map<String, Value> m = new LinkedHashMap<>(d.entries());
            m.put(k, entry(st.value(), here));
            return new Dict(m);
        }
        if (v instanceof Items items && how.equals("item")) { // layers[-1] = nn.Softmax(dim=1): that entry replaced
            int n = items.items().size();
            int i = eval(st.key(), here) instanceof Literal l && l.value() instanceof Double d && d == Math.rint(d) ? (d < 0 ? n + d.intValue() : d.intValue()) : -1;
            if (i < 0 || i >= n) return Value.UNKNOWN;
            List<Value> l = new ArrayList<>(items.items());
            l.set(i, eval(st.value(), here));
            return new Items(l, items.counted());
        }
        if (v instanceof Dict d && how.equals("update") && eval(st.value(), here) instanceof Dict more) {
            Map<String, Value> m = new LinkedHashMap<>(d.entries());
            m.putAll(more.entries());
            return new Dict(m);
        }
        if (v instanceof Layer l && l.modules() != null && (how.equals("insert") || how.equals("extend"))) return grown(l, st, here);
        if (v instanceof Layer l && (how.equals("add_module") || how.equals("append"))) { // Sequential.append (torch 1.13) adds at the end too
            if (l.modules() != null) return grown(l, st, here);
            // the Sequential ends in the module added last; one not known leaves it open to the next add_module
            Value grown = TorchLibrary.sequential(java.util.Arrays.asList(l, eval(st.value(), here)));
            return grown instanceof Layer ? grown : new Layer(null, 0, l.place(), l.shown(), null, true);
        }
        if (v instanceof Tensor && how.equals("sigmoid_")) { // out.sigmoid_(): the same tensor, now through a sigmoid
            Value applied = libraries.method(v, "sigmoid", arguments(st.value(), here), st.value());
            return applied == null ? Value.UNKNOWN : applied;
        }
        if (how.equals("requires_grad_")) return TorchLibrary.trained(v, arguments(st.value(), here), st.value());
        if (v instanceof Value.Labels && how.endsWith("_")) { // t.zero_(), t.scatter_(1, y, 1): the tensor filled in place
            Value filled = libraries.method(v, how, arguments(st.value(), here), st.value());
            return filled == null ? Value.UNKNOWN : filled;
        }
        if (v instanceof Value.Labels l && how.equals("item")) {
            // outputs = torch.zeros(T, B, K); outputs[t] = decoder_step(...): a buffer written row by row holds what is
            // written into it (a second write to it, even an agreeing one, leaves it not known)
            Value written = TorchLibrary.BUFFERS.contains(l.kind()) ? eval(st.value(), here) : null;
            return written instanceof Tensor ? written : NumpyLibrary.stored(l, st.key(), st.value(), this, here);
        }
        if (v instanceof Dict d && (how.equals("add_argument") || how.equals("set_defaults"))) return ArgparseLibrary.added(d, how, arguments(st.value(), here));
        if (how.equals("layer")) { // model.layers[i].attr = value: a Keras model's layer; on anything else, nothing the analysis reads
            if (!(v instanceof KerasModel m)) return v;
            Node layer = st.key().field("object");
            return KerasStack.reset(m, eval(layer.field("subscript"), here), st.key().field("attribute").text(),
                    st.value() == null ? Value.UNKNOWN : eval(st.value(), here), st.key().place());
        }
        if (v instanceof Dict || v instanceof Items) { // cfg.pop("type"), xs.pop(), d.clear(), d.setdefault(k, v), del cfg["name"]
            Value left = how.equals("del") ? Containers.deleted(v, eval(st.key(), here)) : Containers.removed(v, how, arguments(st.value(), here));
            if (left != null) return left;
        }
        if (how.equals(HelperAdds.HOW)) return HelperAdds.added(v, st.value(), st.name(), here, this);
        if (how.equals(DictFills.HOW)) return v instanceof Dict ? DictFills.filled(v, st.value(), st.name(), here, this) : v;
        if (v instanceof KerasModel m && how.equals("pop")) { // Sequential.pop(): its last layer removed (a functional model keeps no layer list)
            List<Layer> layers = m.layers().isEmpty() || !m.heads().isEmpty() ? null : m.layers().subList(0, m.layers().size() - 1);
            return layers == null ? Value.UNKNOWN : new KerasModel(KerasStack.output(layers), layers, Map.of());
        }
        if (v instanceof KerasModel && how.equals("add")) {
            List<Layer> layers = new ArrayList<>(((KerasModel) v).layers());
            layers.add(lastPass(st.value(), here) instanceof Layer l ? l : null);
            return new KerasModel(KerasStack.output(layers), layers, Map.of());
        }
        return Value.UNKNOWN;
    }

    /** model.register_forward_hook(fn): fn on every call; one given keywords (the inputs as keywords too, a hook run first) is not followed. */
    private static Value forwardHook(Value module, Args args) {
        if (!args.keywords().isEmpty() || args.positional().size() != 1) return Value.UNKNOWN;
        return new Value.Hooked(module, args.value(0, "hook"));
    }

    /**
     * What a forward hook makes of its module's output: what it returns for (module, inputs, output) when every path ends in
     * a return of a value (a lambda, a def whose last statement returns one), the output itself when it returns nothing; any other hook is not known.
     */
    private Value hooked(Value.Hooked h, Value output, Context c) {
        if (!(h.hook() instanceof Function f) || f.scope().kind() != Scope.Kind.FUNCTION) return Value.UNKNOWN;
        List<Binding> params = f.scope().parametersInOrder();
        if (f.self() != null && !params.isEmpty()) params = params.subList(1, params.size()); // self._hook: bound to its object
        if (params.size() != 3 || params.stream().anyMatch(p -> p.path().size() != 1)) return Value.UNKNOWN;
        Node def = f.scope().node();
        List<Node> returns = f.scope().returns();
        if (!def.is("lambda") && returns.stream().allMatch(r -> r.named().isEmpty())) return output; // it only looks (logs, stores)
        Node body = def.field("body");
        Node last = body == null || def.is("lambda") || body.named().isEmpty() ? null : body.named().get(body.named().size() - 1);
        if (!def.is("lambda") && (last == null || !last.is("return_statement") || returns.stream().anyMatch(r -> r.named().isEmpty()))) return Value.UNKNOWN;
        List<Map.Entry<Binding, Value>> pins = List.of(Map.entry(params.get(0), h.module()), Map.entry(params.get(1), Value.UNKNOWN), Map.entry(params.get(2), output));
        Value v = holding(pins, () -> returned(f, Args.NONE, c));
        return v instanceof Literal l && l.value() == null ? output : v;
    }

    /**
     * The layer a model.add in the body of a for loop over a known, non-empty list (zip or enumerate of known lists too) adds on its last pass, the loop's
     * names held at the last item; the layers of the passes before only come before it. A layer whose width is its
     * input's (an Activation) would take the width of the pass before: it is the join of every pass, as any other value.
     */
    private Value lastPass(Node stored, Context here) {
        Node loop = LoopPasses.loop(stored);
        Value last = loop == null ? null : atLastRow(loop, here, () -> eval(stored, here));
        return last instanceof Layer l && KerasStack.ownWidth(l) ? last : eval(stored, here);
    }

    /** What {@code work} gives with a for loop's names held at the last row of a known, non-empty list (zip, enumerate too), or null. */
    private Value atLastRow(Node loop, Context at, java.util.function.Supplier<Value> work) {
        List<Value> rows = ListLoops.rows(loop.field("right"), this, at.moved(at.scope(), loop.start()));
        return rows == null || rows.isEmpty() ? null : pinningAll(LoopPasses.targets(loop, at.scope()), rows.get(rows.size() - 1), work);
    }

    /**
     * A model.add under an if in the body of a for loop over a known, non-empty list whose last pass surely adds another
     * layer to the model ({@code model.add(Dense(width, activation=act))} unconditional beside {@code if width > 10:
     * model.add(Dropout(0.2))}): the test, weighed with the loop's names at the last item, is known false, so the layer
     * it adds comes only before the last pass's own. A test of no known value keeps the add.
     */
    private boolean skippedOnLastPass(ItemStore st, List<ItemStore> stores, Context at) {
        if (!st.how().equals("add")) return false;
        Node loop = LoopPasses.branchLoop(st.value());
        if (loop == null || stores.stream().noneMatch(o -> o.how().equals("add") && loop.equals(LoopPasses.loop(o.value())))) return false;
        Value skipped = atLastRow(loop, at,
                () -> new Literal(Branches.branch(st.value(), loop.start(), at.scope(), this, at) == Branches.Reach.NEVER));
        return skipped instanceof Literal l && Boolean.TRUE.equals(l.value());
    }

    private Value pinningAll(List<Binding> targets, Value item, java.util.function.Supplier<Value> work) {
        if (targets.isEmpty()) return work.get();
        Binding b = targets.get(0);
        if (pinned.containsKey(b)) return Value.UNKNOWN;
        return pinning(b, unpack(item, b.path()), () -> pinningAll(targets.subList(1, targets.size()), item, work));
    }

    /** What "with expr as name" binds: the yield of a @contextmanager function called there, a file opened; nothing else is followed. */
    private Value entered(Node expr, Context c) {
        if (expr == null || !expr.is("call")) return Value.UNKNOWN;
        Value callee = eval(expr.field("function"), c);
        // a file, a pool or an executor enters as itself
        if (callee instanceof Lib l && (l.name().equals("open") || l.name().equals("io.open") || Launches.POOLS.contains(l.name()))) return apply(callee, arguments(expr, c), expr, c);
        Value yielded = yielded(callee, expr, c);
        return yielded == null ? Value.UNKNOWN : yielded;
    }

    /** What a project generator function called at {@code call} yields, every yield agreeing; null when the callee is not one. */
    private Value yielded(Value callee, Node call, Context c) {
        if (!(callee instanceof Function f) || f.scope().yields().isEmpty()) return null;
        return yieldedBy(f, new Args(call.field("arguments"), c, this), c);
    }

    /** What generator {@code f} yields given {@code args}, every yield agreeing. */
    public Value yieldedBy(Function f, Args args, Context c) {
        List<Value> values = new ArrayList<>();
        for (Node y : f.scope().yields()) {
            Node v = y.named().isEmpty() ? null : y.named().get(0);
            Context at = new Context(f.scope(), y.start(), f.self(), f.scope(), args, c.depth() + 1);
            // yield from ((model(x), y) for x, y in loader): each item of what it runs over
            if (v != null) values.add(y.startsWith("yield from") ? element(v, at) : eval(v, at));
        }
        return values.isEmpty() ? Value.UNKNOWN : Joins.join(values);
    }

    /**
     * nn.Sequential(*layers()) of a generator that yields blocks in a loop and then its head: what it yields, in the
     * order written, when its last yield is a statement of the function's own body, so that yield surely comes last.
     */
    private Value generated(Scope fn, Value self, Args args, Context c) {
        List<Node> yields = fn.yields();
        Node last = yields.get(yields.size() - 1);
        Node statement = last.parent();
        if (statement == null || !statement.is("expression_statement") || !fn.node().field("body").equals(statement.parent())) return Value.UNKNOWN;
        List<Value> items = new ArrayList<>();
        boolean counted = true;
        for (Node y : yields) {
            if (y.named().isEmpty()) return Value.UNKNOWN;
            Value v = eval(y.named().get(0), new Context(fn, y.start(), self, fn, args, c.depth() + 1));
            counted &= !LoopPasses.inLoopAfter(y, fn.node().start());
            if (!y.startsWith("yield from")) {
                items.add(v);
            } else if (v instanceof Items from) { // yield from conv_block(3, 32): what that generator yields, in its order
                items.addAll(from.items());
                counted &= from.counted();
            } else {
                return Value.UNKNOWN;
            }
        }
        return new Items(items, counted);
    }

    /** An element of a for loop's iterable: a row of a tensor, an item of a list, zip and enumerate followed. */
    private Value element(Node iterable, Context c) {
        Node bare = iterable == null ? null : Node.bare(iterable);
        // ((model(x), y) for x, y in loader): its expression, read where its names are bound to an element of theirs
        if (bare != null && (bare.is("generator_expression") || bare.is("list_comprehension")) && bare.field("body") != null) {
            return eval(bare.field("body"), c.moved(c.scope(), bare.field("body").start()));
        }
        Value callee = iterable != null && iterable.is("call") ? eval(iterable.field("function"), c) : null;
        Value yielded = yielded(callee, iterable, c); // for out, y in batches(model, loader): what the generator yields
        if (yielded != null) return yielded;
        if (callee instanceof Lib l && (l.name().equals("zip") || l.name().equals("enumerate"))) {
            Args args = new Args(iterable.field("arguments"), c, this);
            List<Value> parts = new ArrayList<>();
            if (l.name().equals("enumerate")) parts.add(Value.UNKNOWN);
            for (Node a : args.positional()) parts.add(itemOf(eval(a, c), c));
            return new Items(parts);
        }
        return itemOf(eval(iterable, c), c);
    }

    /** One item of a value a for loop runs over: a row of a tensor, an item of a list or of a project class's object. */
    Value itemOf(Value v, Context c) {
        if (v instanceof Tensor t) return t.via("a row");
        if (v instanceof Items items) return Joins.join(items.items());
        if (v instanceof Instance i) return item(i, c);
        return Value.UNKNOWN;
    }

    /**
     * An item of an object of a project class (a Dataset, which a DataLoader batches): what its generator __iter__
     * yields, else what its __getitem__ returns for an index not known; unknown for a class with neither.
     */
    private Value item(Instance i, Context c) {
        if (attributeOf(i, "__iter__", c) instanceof Function iter) return iter.scope().yields().isEmpty() ? Value.UNKNOWN : yieldedBy(iter, Args.NONE, c);
        return attributeOf(i, "__getitem__", c) instanceof Function get ? returned(get, Args.NONE, c) : Value.UNKNOWN;
    }

    /** The part of a value an unpacking target gets: probs, feats = model(x). */
    static Value unpack(Value v, List<Integer> path) {
        for (int i : path) {
            if (v instanceof Items items && i < 0 && -i <= items.items().size()) v = items.items().get(items.items().size() + i);
            else if (i < 0) return Value.UNKNOWN;
            else if (v instanceof Items items && i < items.items().size()) v = items.items().get(i);
            else if (v instanceof Value.Fields f) v = f.at(i);
            else if (v instanceof Value.MaxPair p && i < 2) v = p.part(i);
            else return Value.UNKNOWN;
        }
        return v;
    }

    // ---- parameters --------------------------------------------------------------------------------------------

    private Value parameter(Binding b, Context c) {
        Scope fn = b.scope();
        int index = b.path().get(0);
        boolean method = fn.parent() != null && fn.parent().kind() == Scope.Kind.CLASS && !staticMethod(fn);
        if (method && index == 0 && classMethod(fn)) return c.self() instanceof ClassDef k ? k : c.self() instanceof Instance i ? i.type() : new ClassDef(fn.parent());
        if (method && index == 0) return c.self() != null ? c.self() : new Instance(new ClassDef(fn.parent()), null);
        if (c.frame() == fn && c.args() != null) {
            Value configured = c.args().configured(b.name());
            if (configured != null) return configured;
            Node arg = c.args().node(method ? index - 1 : index, b.name());
            if (arg != null) return c.args().under(this, () -> eval(arg, c.args().context()));
            Value splatted = c.args().splatted(b.name());
            if (splatted != null) return splatted;
            return byDefault(fn, b, c);
        }
        String key = fn.file().path() + "@" + fn.node().start() + ":" + b.name();
        Value known = parameters.get(key);
        if (known != null) {
            options.reread(parameterOptions.getOrDefault(key, Set.of())); // the options it read, for this loss call's other runs
            return known;
        }
        parameters.put(key, Value.UNKNOWN); // a recursive function asking about itself gets no answer, not a loop
        Set<Options.Option> read = new LinkedHashSet<>();
        parameterOptions.put(key, read);
        Value v = options.recording(read, () -> parameterFromCalls(fn, b, index, method, c));
        parameters.put(key, v);
        return v;
    }

    /**
     * The argument so many places into a function's {@code *args}, named as written: a parameter at that place, given by the
     * call being followed or by every call site; null when the name is not a {@code *args}.
     */
    Value restItem(String name, int offset, Context c) {
        List<Binding> bound = c.scope().lookup(name, c.offset());
        if (bound.size() != 1 || bound.get(0).kind() != Binding.Kind.REST) return null;
        Binding rest = bound.get(0);
        int at = rest.path().get(0) + offset;
        // a parameter of its own at that place, named so no keyword can give it
        return parameter(new Binding(Binding.Kind.PARAMETER, "*" + name + at, null, List.of(at), rest.offset(), false, rest.scope(), null, null), c);
    }

    /** A parameter of a function not being followed from one call: what the caller that runs it gives (Hydra, a trainer, click, pytest), else every call site. */
    private Value parameterFromCalls(Scope fn, Binding b, int index, boolean method, Context c) {
        Value hydra = index == 0 ? HydraLibrary.config(fn, this) : null; // Hydra calls main(cfg) with the YAML config
        Value trainer = hydra == null && method ? HfTrainer.model(fn, b, this, c) : null; // transformers calls compute_loss(model, inputs)
        if (trainer == null && hydra == null && method) trainer = KerasSubclasses.predicted(fn, b, this, c); // Keras calls compute_loss(x, y, self(x))
        if (trainer == null && hydra == null && method) trainer = LightningSteps.batch(fn, b, this, c); // Lightning calls training_step(batch, i) with the fit's loader's batches
        Value click = hydra == null && trainer == null ? ClickOptions.parameter(fn, b, this, c) : null; // click calls a command with its options
        Value given = hydra != null ? hydra : trainer != null ? trainer : click;
        if (given == null) given = PytestFixtures.parameter(fn, b, this, c); // pytest calls a test with its fixtures
        return given != null ? given : callSites(fn, b, method ? index - 1 : index, c);
    }

    private static boolean property(Scope fn) {
        Node p = fn.node().parent();
        if (p == null || !p.is("decorated_definition")) return false;
        for (Node d : p.named()) if (d.is("decorator") && Set.of("@property", "@functools.cached_property", "@cached_property").contains(d.text().trim())) return true;
        return false;
    }

    /** A @classmethod: its first parameter is the class it is looked up on (Model.from_config(cfg) makes cls(...) a Model). */
    private static boolean classMethod(Scope fn) {
        return decoratedFirst(fn, "@classmethod");
    }

    private static boolean staticMethod(Scope fn) {
        return decoratedFirst(fn, "@staticmethod");
    }

    /** Whether a function's first decorator is this one. */
    private static boolean decoratedFirst(Scope fn, String decorator) {
        Node p = fn.node().parent();
        return p != null && p.is("decorated_definition") && p.startsWith(decorator);
    }

    /** What every call of the function passes for a parameter (its default where one passes nothing); all must agree. */
    private Value callSites(Scope fn, Binding b, int index, Context c) {
        boolean init = fn.name().equals("__init__") && fn.parent() != null && fn.parent().kind() == Scope.Kind.CLASS;
        String called = init ? fn.parent().name() : fn.name();
        if (called.isEmpty()) return byDefault(fn, b, c); // a lambda stored under no name
        List<Value> values = new ArrayList<>();
        List<Value> checks = new ArrayList<>(); // what tests pass, hand-made inputs: read only when nothing else calls it
        int sites = 0;
        boolean moduleFunction = !init && fn.parent() != null && fn.parent().kind() == Scope.Kind.MODULE;
        for (CallSites.Site site : init ? initSites(fn, c) : sitesOf(fn, called)) {
            List<Value> into = site.file().isTest() && !fn.file().isTest() ? checks : values;
            Context at = new Context(site.file().scopeOf(site.call()), site.call().start(), null, null, null, c.depth() + 1);
            if (moduleFunction && methodOfObject(site.call(), at)) continue;
            Value callee = eval(site.call().field("function"), at);
            if (callee instanceof Value.Wrapped w && w.dropped() == 0) callee = w.fn(); // jax.value_and_grad(loss_fn)(params, x): loss_fn's arguments
            boolean match = init ? callee instanceof ClassDef k && initOf(k, at) == fn || callee instanceof Function f && f.scope() == fn
                    : callee instanceof Function f && (f.scope() == fn || overridden(f, fn, at)) || callee instanceof Instance i && runs(i, fn, at);
            Value.Bound bound = callee instanceof Value.Bound bd && (init ? bd.callee() instanceof ClassDef k && k.scope() == fn.parent()
                    : bd.callee() instanceof Function f && f.scope() == fn && f.self() == null) ? bd : null;
            if (!match && bound == null) continue;
            if (++sites > MAX_CALL_SITES) return Value.UNKNOWN;
            // a base class's self.state_loss(self.forward(x), y) reaches a subclass's override only when self is one of
            // the subclass: its other names (self.forward) are then the subclass's too
            if (!init && callee instanceof Function f && f.scope() != fn) at = new Context(at.scope(), at.offset(), new Instance(new ClassDef(fn.parent()), null), null, null, at.depth());
            Args args = new Args(site.call().field("arguments"), at, this);
            Set<Options.Option> read = new LinkedHashSet<>();
            // Base.__init__(self, n) in a subclass's __init__ passes self first, as a call of a plain function does
            int place = init && callee instanceof Function f && f.self() == null ? index + 1 : index;
            Value given = options.recording(read, () -> passed(site, args, bound, fn, b, place, c));
            // in a run of one script (train.py --config x), a call whose value only another script's option makes does not run
            if (!(given instanceof Value.Unknown && option != null && options.otherScript(read, option))) into.add(given);
        }
        // a function a process, thread or pool runs (Process(target=train, args=(rank, model))): the arguments it is handed
        for (Launches.Launch l : init ? List.<Launches.Launch>of() : Launches.of(fn, index, b.name(), this, c.depth())) {
            if (++sites > MAX_CALL_SITES) return Value.UNKNOWN;
            (l.site().file().isTest() && !fn.file().isTest() ? checks : values).add(l.given() == null ? byDefault(fn, b, c) : l.given());
        }
        // a class a registry builds (build(cfg.net, NETS, ...)): the arguments each build gives it too
        for (Registries.Built made : init ? registries.built(fn.parent(), c) : List.<Registries.Built>of()) {
            (made.inTest() && !fn.file().isTest() ? checks : values).add(parameter(b, new Context(fn, fn.node().start(), made.made(), fn, made.made().construction(), c.depth() + 1)));
        }
        if (values.isEmpty()) values.addAll(checks);
        if (values.isEmpty() && b.value() != null) return eval(b.value(), c.within(fn.parent(), fn.node().start()));
        // a call inside a jitted step that is itself never called passes a value not known: the annotation still says what it is
        if (!values.isEmpty() && !values.stream().allMatch(v -> v instanceof Value.Unknown)) return Joins.join(values);
        Value annotated = annotated(fn, b, c);
        return annotated instanceof Value.Unknown ? JaxLibrary.scriptModel(fn, b, this, c) : annotated;
    }

    /**
     * {@code encoder.train()}, {@code super().train(mode)}: a method of an object a parameter holds (or of the base class),
     * never a call of a module's function of the same name ({@code def train(loader, model, ...)}), so its callee is not
     * worked out: each such object is a parameter whose own call sites would be searched, and in a project of scripts
     * that each define train() that search spent the steps the loss needed.
     */
    private static boolean methodOfObject(Node call, Context at) {
        Node fn = call.field("function");
        if (fn == null || !fn.is("attribute")) return false;
        Node object = Node.bare(fn.field("object"));
        if (object != null && object.is("call") && object.field("function") != null && object.field("function").is("identifier")) {
            Node callee = object.field("function");
            return callee.text().equals("super") && at.scope().lookup("super", at.offset()).isEmpty();
        }
        if (object == null || !object.is("identifier")) return false;
        List<Binding> bound = at.scope().lookup(object.text(), at.offset());
        return !bound.isEmpty() && bound.stream().allMatch(b -> b.kind() == Binding.Kind.PARAMETER);
    }

    /**
     * The calls that run a class's {@code __init__}: the constructions of the class and of its project subclasses that
     * inherit it ({@code M(n, act)} for {@code class M(Base)} without an {@code __init__} of its own), and the calls of
     * it in the subclasses' own {@code __init__} ({@code Base.__init__(self, n, act)}, {@code super().__init__(n, act)}).
     */
    private List<CallSites.Site> initSites(Scope init, Context c) {
        List<CallSites.Site> out = new ArrayList<>(sitesOf(init, init.parent().name()));
        List<Instance> subclasses = subclassSelves(new ClassDef(init.parent()), c);
        if (subclasses.isEmpty()) return out;
        Set<Scope> inits = new HashSet<>();
        for (Instance sub : subclasses) {
            Node own = sub.type().scope().methods().get("__init__");
            if (own != null) inits.add(sub.type().scope().child(own));
            else out.addAll(project.callsNamed(sub.type().name(), sub.type().scope().file()));
        }
        for (CallSites.Site site : project.callsNamed("__init__", init.file())) if (inits.contains(site.file().scopeOf(site.call()))) out.add(site);
        return out;
    }

    /** The {@code __init__} that making an object of class k runs: the first of its project classes, in MRO order, to define one. */
    private Scope initOf(ClassDef k, Context c) {
        for (ClassDef cls : mro(k, c)) {
            Node init = cls.scope().methods().get("__init__");
            if (init != null) return cls.scope().child(init);
        }
        return null;
    }

    /** What one call site passes for a parameter: the argument, a partial's fixed one, what a wrapper hands on, or the default. */
    private Value passed(CallSites.Site site, Args args, Value.Bound bound, Scope fn, Binding b, int index, Context c) {
        Context at = args.context();
        if (bound != null) { // trainer = partial(fit, criterion=...); trainer(net, loader): the fixed arguments and the call's
            Value given = Partials.argument(bound, args, b.name(), at, this);
            return given != null ? given : byDefault(fn, b, c);
        }
        Node arg = args.node(index, b.name());
        Value splatted = arg == null ? args.splatted(b.name()) : null;
        Value forwarded = arg == null && (splatted == null || splatted instanceof Value.Unknown) ? forwarded(site, args, index, b.name(), c) : null;
        if (arg != null) return eval(arg, at);
        if (forwarded != null) return forwarded;
        if (splatted != null) return splatted;
        return byDefault(fn, b, c);
    }

    /** A parameter's default value, unknown when it has none. */
    private Value byDefault(Scope fn, Binding b, Context c) {
        return b.value() == null ? Value.UNKNOWN : eval(b.value(), c.within(fn.parent(), fn.node().start()));
    }

    /**
     * A parameter that a wrapper hands on with its own {@code *args}/{@code **kwargs} ({@code def fit_logged(*args,
     * **kwargs): return fit(*args, **kwargs)}): what the calls of the wrapper pass at the place the splat moves it to; null
     * when the call site forwards no splat of its function that can hold it.
     */
    private Value forwarded(CallSites.Site site, Args args, int index, String name, Context c) {
        Scope wrapper = site.file().scopeOf(site.call());
        if (wrapper.kind() != Scope.Kind.FUNCTION || c.depth() > MAX_DEPTH) return null;
        Node params = wrapper.node().field("parameters");
        if (params == null) return null;
        Node rest = null, keywords = null;
        int restAt = -1, i = 0;
        for (Node written : params.named()) {
            Node p = Scope.unannotated(written);
            if (p.is("list_splat_pattern")) { rest = p; restAt = i; }
            if (p.is("dictionary_splat_pattern")) keywords = p;
            if (!p.is("keyword_separator") && !p.is("positional_separator")) i++;
        }
        List<Node> positional = args.positional();
        int splatAt = args.onlySplat(positional.size());
        if (splatAt == -2) return null; // two splats: the place is not known
        // *args as the last positional argument: the parameter at index is the wrapper's argument that many places into its *args
        boolean byPlace = rest != null && splatAt >= 0 && splatAt == positional.size() - 1 && index >= splatAt && KerasSubclasses.splatOf(positional.get(splatAt), "list_splat", rest);
        Node kw = keywords;
        boolean byName = kw != null && args.node().named().stream().anyMatch(a -> KerasSubclasses.splatOf(a, "dictionary_splat", kw));
        if (!byPlace && !byName) return null;
        boolean method = wrapper.parent() != null && wrapper.parent().kind() == Scope.Kind.CLASS && !staticMethod(wrapper);
        int at = byPlace ? restAt + index - splatAt - (method ? 1 : 0) : -1;
        // by place only: a name no keyword can have
        Binding handed = new Binding(Binding.Kind.PARAMETER, byName ? name : "*" + name, null, List.of(at), wrapper.node().start(), false, wrapper, null, null);
        return callSites(wrapper, handed, at, new Context(c.scope(), c.offset(), c.self(), c.frame(), c.args(), c.depth() + 1));
    }

    /**
     * A parameter no call of the project passes, annotated with a network class of the project ({@code def loss_fn(model:
     * CNN, batch)}, handed to nnx.value_and_grad or called from outside): an object of that class, made with arguments not known.
     */
    private Value annotated(Scope fn, Binding b, Context c) {
        Node parameters = fn.node().field("parameters");
        if (parameters == null) return Value.UNKNOWN;
        for (Node p : parameters.named()) {
            Node name = p.is("typed_parameter") ? p.named().get(0) : p.is("typed_default_parameter") ? p.field("name") : null;
            if (name == null || !name.is("identifier") || !name.text().equals(b.name()) || p.field("type") == null) continue;
            Value type = eval(p.field("type").named().isEmpty() ? p.field("type") : p.field("type").named().get(0), c.within(fn.parent(), fn.node().start()));
            // a network only (nn.Module, keras.Model, flax's and equinox's Module): a config's fields would be read as set by default
            return type instanceof ClassDef k && extendsLibrary(k, c, ".Module", ".Model") ? new Instance(k, null) : Value.UNKNOWN;
        }
        return Value.UNKNOWN;
    }

    /**
     * True when {@code self.method(...)} in a base class's method, on a self of no known class, runs {@code fn}: the same
     * method overridden in a subclass (a template method: MSNLoss.forward calls self.regularization_loss, which
     * PMSNLoss overrides).
     */
    private boolean overridden(Function called, Scope fn, Context c) {
        Scope base = called.scope().parent();
        Scope sub = fn.parent();
        if (!called.scope().name().equals(fn.name()) || base == null || sub == null || base.kind() != Scope.Kind.CLASS || sub.kind() != Scope.Kind.CLASS) return false;
        if (!(called.self() instanceof Instance self && self.construction() == null && self.type().scope() == base)) return false;
        return mro(new ClassDef(sub), c).stream().anyMatch(k -> k.scope() == base);
    }

    /** True when calling the object runs this method (its class's forward, inherited or its own). */
    private boolean runs(Instance i, Scope method, Context c) {
        Function f = invoked(i, c);
        return f != null && f.scope() == method;
    }

    /**
     * The calls that may reach a function: by its name, and for a model's forward (a Keras call, any object's __call__) the calls of its
     * objects by the names they are stored under ({@code self.net = MatchingNet(...)}, then {@code self.net(x, y)}).
     */
    private List<CallSites.Site> sitesOf(Scope fn, String called) {
        Map.Entry<Integer, List<CallSites.Site>> known = siteAnswers.get(fn);
        if (known != null && known.getKey() == project.parses()) return known.getValue();
        // read before the search: a file it parses for one name may hold calls of a name it asked about before
        int parses = project.parses();
        List<CallSites.Site> found = List.copyOf(findSites(fn, called));
        siteAnswers.put(fn, Map.entry(parses, found));
        return found;
    }

    /**
     * {@link #sitesOf}'s answers by function (its called name follows from it), with the project's {@link Project#parses}
     * before they were worked out: each parameter of a function asks again, and the answer stays while no file is parsed.
     */
    private final Map<Scope, Map.Entry<Integer, List<CallSites.Site>>> siteAnswers = new HashMap<>();

    /**
     * The calls that may launch a function on a process, thread or pool ({@link Launches#handing}), kept as
     * {@link #sitesOf}'s answers are: every parameter of the function asks, and the search reads every site of map, apply, ...
     */
    List<CallSites.Site> launchSites(Scope fn) {
        Map.Entry<Integer, List<CallSites.Site>> known = launchAnswers.get(fn);
        if (known != null && known.getKey() == project.parses()) return known.getValue();
        int parses = project.parses();
        List<CallSites.Site> found = List.copyOf(Launches.handing(fn, project));
        launchAnswers.put(fn, Map.entry(parses, found));
        return found;
    }

    private final Map<Scope, Map.Entry<Integer, List<CallSites.Site>>> launchAnswers = new HashMap<>();

    private List<CallSites.Site> findSites(Scope fn, String called) {
        List<CallSites.Site> sites = new ArrayList<>(callsOf(fn, called));
        sites.addAll(JaxLibrary.wrappedCalls(called, fn.file(), project)); // eqx.filter_value_and_grad(loss)(model, x, y)
        // trainer = partial(fit, ...): the calls of trainer
        for (Map.Entry<String, SourceFile> alias : partialAliases(called, fn.file())) sites.addAll(project.callsNamed(alias.getKey(), alias.getValue()));
        Scope cls = fn.parent();
        if (cls == null || cls.kind() != Scope.Kind.CLASS || !Set.of("forward", "call", "__call__").contains(fn.name())) return sites;
        Set<String> stored = new LinkedHashSet<>();
        for (CallSites.Site made : project.callsNamed(cls.name(), fn.file())) {
            Node assigned = made.call().parent();
            Node left = assigned != null && assigned.is("assignment") ? assigned.field("left") : null;
            if (left != null && left.is("attribute")) left = left.field("attribute");
            if (left != null && left.is("identifier") && stored.add(left.text())) sites.addAll(project.callsNamed(left.text(), made.file()));
        }
        return sites;
    }

    /**
     * The calls by {@code called} of a module-level function, and by the names modules import it under
     * ({@code from .train_classifier import main as train_classifier}, then {@code train_classifier(...)} wherever that
     * module's name is imported). Only files whose text writes the name right before " as " and holds the module's last name are read.
     */
    public List<CallSites.Site> callsOf(Scope fn, String called) {
        List<CallSites.Site> sites = new ArrayList<>(project.callsNamed(called, fn.file()));
        if (fn.parent() == null || fn.parent().kind() != Scope.Kind.MODULE || !called.equals(fn.name())) return sites;
        for (Map.Entry<String, SourceFile> alias : importAliases.computeIfAbsent(fn, this::importAliases)) sites.addAll(project.callsNamed(alias.getKey(), alias.getValue()));
        return sites;
    }

    private final Map<Scope, List<Map.Entry<String, SourceFile>>> importAliases = new HashMap<>();

    private List<Map.Entry<String, SourceFile>> importAliases(Scope fn) {
        List<Map.Entry<String, SourceFile>> out = new ArrayList<>();
        String module = fn.file().module();
        String last = module.substring(module.lastIndexOf('.') + 1);
        for (java.nio.file.Path p : project.renaming(fn.name())) {
            SourceFile file = project.text(p).contains(last) ? project.file(p) : null;
            if (file == null) continue;
            for (String name : file.scope().names()) {
                if (name.equals(fn.name())) continue;
                for (Binding b : file.scope().bindings(name)) {
                    if (b.kind() != Binding.Kind.FROM_IMPORT || b.value() == null || !b.value().text().equals(fn.name())) continue;
                    if (imported(file, b.module(), fn.name(), Context.at(file.scope(), b.offset())) instanceof Function f && f.scope() == fn) out.add(Map.entry(name, file));
                }
            }
        }
        return out;
    }

    /** The partials indexed so far, in the project's order of partial(...) calls, which only grows as files are parsed. */
    private int partialsIndexed;
    private final Map<String, List<Map.Entry<String, SourceFile>>> partialsOf = new HashMap<>();

    /**
     * The names {@code trainer = partial(fit, ...)} (or {@code partial(engine.fit, ...)}) binds for the function named
     * {@code called}, with their files, in the order of the partial calls: indexed once per call as files are parsed.
     */
    private List<Map.Entry<String, SourceFile>> partialAliases(String called, SourceFile home) {
        // only the files that pass the function as an argument can hold a partial of it; the others need no parse for it
        List<CallSites.Site> partials = project.callsNamed("partial", home, called);
        for (; partialsIndexed < partials.size(); partialsIndexed++) {
            CallSites.Site made = partials.get(partialsIndexed);
            Node args = made.call().field("arguments");
            Node first = args == null || args.named().isEmpty() ? null : args.named().get(0);
            Node assigned = first == null ? null : made.call().parent();
            Node left = assigned != null && assigned.is("assignment") ? assigned.field("left") : null;
            if (left == null || !left.is("identifier")) continue;
            String target = first.text().substring(first.text().lastIndexOf('.') + 1);
            if (!left.text().equals(target)) partialsOf.computeIfAbsent(target, k -> new ArrayList<>()).add(Map.entry(left.text(), made.file()));
        }
        return partialsOf.getOrDefault(called, List.of());
    }

    // ---- modules -----------------------------------------------------------------------------------------------

    SourceFile importedModule(SourceFile from, String module) {
        String absolute = project.resolve(from, module);
        return Libraries.ownSource(absolute, from.module()) ? null : project.module(absolute);
    }

    /**
     * import m / from m import name: a project module's name, or a library's. The other module's global is read at the
     * depth reached, so a cycle of imports through star imports (a package re-exporting its submodules, one of which
     * imports the package back) ends.
     */
    private Value imported(SourceFile from, String module, String name, Context c) {
        String absolute = project.resolve(from, module);
        if (Libraries.ownSource(absolute, from.module())) return new Lib(name == null ? absolute : absolute + "." + name);
        if (name == null) {
            SourceFile f = project.module(absolute);
            return f == null ? new Lib(absolute) : new Module(f);
        }
        SourceFile sub = project.isModule(absolute + "." + name) ? project.module(absolute + "." + name) : null;
        SourceFile f = project.module(absolute);
        if (f != null && f != from) {
            if (c.depth() > MAX_DEPTH) return Value.UNKNOWN;
            Value v = global(f, name, c.within(f.scope(), Integer.MAX_VALUE));
            if (v != null && !(sub != null && v instanceof Lib)) return v;
        }
        if (sub != null) return new Module(sub);
        return f == null && !project.isModule(absolute) ? new Lib(absolute + "." + name) : Value.UNKNOWN;
    }

    // ---- attributes --------------------------------------------------------------------------------------------

    private Value attribute(Node e, Context c) {
        Node attrNode = e.field("attribute");
        if (attrNode == null) return Value.UNKNOWN;
        String attr = attrNode.text();
        Value own = ownStore(e.field("object"), attr, c);
        if (own != null) return own;
        Value o = eval(e.field("object"), c);
        Value set = o instanceof Value.Unknown ? unknownAttribute(e.field("object"), attr, c) : PandasLibrary.attribute(o, attr, e);
        return set != null ? set : attributeOf(o, attr, c);
    }

    /**
     * self.y read in a method after the method itself stored it ({@code self.y = tf.one_hot(self.y, K)} before
     * {@code self.classify(sims, self.y)}): the latest store that surely ran before the read, as a local name's; null when
     * the method stores none before the read, or a branch of it may have stored another since (then every method's store
     * counts, see classMember).
     */
    private Value ownStore(Node object, String attr, Context c) {
        if (object == null || !object.is("identifier") || !c.scope().ownSelf(object.text())) return null;
        List<Binding> before = c.scope().attributeStores(object.text(), attr).stream().filter(b -> b.offset() < c.offset()).toList();
        Binding last = null;
        for (Binding b : before) if (b.kind() == Binding.Kind.ASSIGNMENT && b.runsBefore(c.offset()) && (last == null || b.offset() > last.offset())) last = b;
        if (last == null) return null;
        for (Binding b : before) if (b.offset() > last.offset()) return null; // a store in a branch since, or an augmented one
        Binding store = last;
        Context at = c.moved(c.scope(), store.offset());
        return stored(once(store.value(), new Literal(null), () -> unpack(eval(store.value(), at), store.path())), object.text() + "." + attr, store.offset(), c.offset(), at);
    }

    /** An attribute of a value not known: what a hook's methods set on it, else a Flax TrainState's apply_fn; null when neither. */
    private Value unknownAttribute(Node object, String attr, Context c) {
        Value set = hookAttribute(object, attr, c);
        return set == null && attr.equals("apply_fn") ? JaxLibrary.stateApply(c, this) : set;
    }

    /**
     * module.probe where module is a hook's argument no call site gives (Lightning calls on_fit_start(trainer, module)):
     * what the class's methods set on their argument of that name ({@code module.probe = ...} in on_fit_start), all
     * agreeing; null when none sets it.
     */
    private Value hookAttribute(Node object, String attr, Context c) {
        if (object == null || !object.is("identifier")) return null;
        List<Binding> bound = c.scope().lookup(object.text(), c.offset());
        if (bound.size() != 1 || bound.get(0).kind() != Binding.Kind.PARAMETER || bound.get(0).path().get(0) == 0) return null;
        Scope cls = bound.get(0).scope().parent();
        if (cls == null || cls.kind() != Scope.Kind.CLASS) return null;
        List<Value> values = new ArrayList<>();
        for (Node def : cls.methods().values()) {
            Scope method = cls.child(def);
            boolean takes = method.parametersInOrder().stream().anyMatch(p -> p.name().equals(object.text()) && p.path().get(0) > 0);
            if (!takes) continue;
            for (Binding b : method.attributeStores(object.text(), attr)) {
                values.add(b.kind() == Binding.Kind.ASSIGNMENT ? unpack(eval(b.value(), new Context(method, b.offset(), c.self(), null, null, c.depth())), b.path()) : Value.UNKNOWN);
            }
        }
        return values.isEmpty() ? null : Joins.join(values);
    }

    Value attributeOf(Value o, String attr, Context c) {
        if (o instanceof Value.Either either) return Joins.each(either, v -> attributeOf(v, attr, c));
        if (o instanceof Lib l && l.name().equals(AbslFlags.FLAGS)) {
            Value flag = AbslFlags.flag(attr, this, c);
            if (flag != null) return flag;
        }
        if (o instanceof Lib l) {
            // import pkg.mod where pkg is a folder of the project without __init__.py (a namespace package): pkg.mod is the project's
            SourceFile sub = project.module(l.name() + "." + attr);
            return sub != null ? new Module(sub) : new Lib(l.name() + "." + attr);
        }
        if (o instanceof Module m) {
            String dotted = m.file().module() + "." + attr;
            SourceFile sub = project.isModule(dotted) ? project.module(dotted) : null;
            // a submodule spelled otherwise (models/erfnet.py for models.ERFNet) yields to the name the package binds
            if (sub != null && (sub.module().equals(dotted) || m.file().scope().lookup(attr, Integer.MAX_VALUE).isEmpty())) return new Module(sub);
            if (attr.equals("__dict__")) return m; // models.__dict__[args.arch]: read by key, as the module's names
            return name(attr, c.within(m.file().scope(), Integer.MAX_VALUE));
        }
        if (o instanceof Instance i) {
            Value m = member(i, attr, c);
            return m instanceof Value.Unknown && attr.equals("apply") ? JaxLibrary.flaxApply(i, this, c) : m;
        }
        if (o instanceof Value.Hooked h) return attributeOf(h.module(), attr, c);
        if (o instanceof Value.Super s) return superMember(s, attr, c);
        if (o instanceof ClassDef k) {
            Value v = attr.equals("__name__") ? new Literal(k.name()) : Enums.member(this, k, attr, classMember(k, attr, null, c), c);
            return v instanceof Function f && f.self() == null && classMethod(f.scope()) ? new Function(f.scope(), k) : v;
        }
        if (o instanceof Literal l && l.value() instanceof Enums.Member) return Enums.attribute(l, attr);
        if (o instanceof Tensor t && (attr.equals("data") || attr.equals("T"))) return t;
        if (o instanceof Value.Parameter w && attr.equals("T")) return w; // x @ self.weight.T + self.bias, as nn.Linear's (out, in) weight
        if (o instanceof Value.MaxPair p && (attr.equals("values") || attr.equals("indices"))) return p.part(attr.equals("values") ? 0 : 1); // y.max(1).values
        if (o instanceof Dict d) return d.entries().getOrDefault(attr, Value.UNKNOWN); // cfg.model.head: a ConfigDict, a DictConfig
        if (o instanceof Value.Fields f) return f.field(attr); // out.probs of a namedtuple, outputs.logits of a ModelOutput
        // loss.forward(fx, y), model.forward(x) on a library module (a torchvision network too): the bound method calls what calling the module does
        if ((o instanceof Loss || o instanceof Layer || o instanceof Value.Pretrained) && (attr.equals("forward") || attr.equals("__call__"))) return o;
        // TrainState.create(apply_fn=model.apply) of a Flax layer or stack: called with the variables, then the inputs
        if (o instanceof Layer && attr.equals("apply")) return new Value.Wrapped(o, 1, false);
        return Value.UNKNOWN;
    }

    /**
     * super().forward: the first method of that name in the classes after the one {@code super} names, in the MRO of the
     * object's class, bound to the object; not known when none of the project's classes defines it (a library base's).
     */
    private Value superMember(Value.Super s, String attr, Context c) {
        List<ClassDef> order = mro(s.self().type(), c);
        int at = order.indexOf(s.above());
        if (at < 0) return Value.UNKNOWN;
        for (ClassDef cls : order.subList(at + 1, order.size())) {
            Node def = cls.scope().methods().get(attr);
            if (def != null) return new Function(cls.scope().child(def), s.self());
            if (!cls.scope().bindings(attr).isEmpty()) return Value.UNKNOWN; // a class attribute: not read through super
        }
        return Value.UNKNOWN;
    }

    /**
     * super() in a method (the class whose body defines it, and the object the method runs on) or super(Cls, obj); not
     * known elsewhere, or when the object is not known.
     */
    private Value superOf(Args args, Context c) {
        if (args.isEmpty()) {
            Scope fn = c.scope();
            while (fn != null && !(fn.kind() == Scope.Kind.FUNCTION && fn.parent() != null && fn.parent().kind() == Scope.Kind.CLASS)) fn = fn.parent();
            if (fn == null) return Value.UNKNOWN;
            Value self = c.self() != null ? c.self() : new Instance(new ClassDef(fn.parent()), null); // as the method's self parameter is
            return self instanceof Instance i ? new Value.Super(i, new ClassDef(fn.parent())) : Value.UNKNOWN;
        }
        return args.positional().size() == 2 && args.value(0, null) instanceof ClassDef k && args.value(1, null) instanceof Instance i
                ? new Value.Super(i, k) : Value.UNKNOWN;
    }

    /** obj.attr on an object of a project class: a method bound to it, or what its methods assign to self.attr. */
    private Value member(Instance i, String attr, Context c) {
        Value patched = i.patched().get(attr); // model.head = ... after it was made: what its methods read since
        if (patched != null) return patched;
        Value v = classMember(i.type(), attr, i, c);
        if (v instanceof Value.Unknown && attr.equals("hparams")) { // Lightning's, after self.save_hyperparameters()
            Value saved = LightningHparams.of(i, this, c);
            if (saved != null) return saved;
        }
        return v instanceof Value.Unknown && attr.equals("module") && bareTorchModule(i.type(), c) ? i : v;
    }

    /**
     * model.module where DataParallel or DDP wrapped the model (handed back as the module itself, see {@link StackLibrary}):
     * an nn.Module whose classes (none from another library) declare no {@code module} has no such member, so the code reads
     * the wrapper's, the module it wraps.
     */
    private boolean bareTorchModule(ClassDef k, Context c) {
        boolean torch = false;
        for (ClassDef cls : mro(k, c)) {
            Scope s = cls.scope();
            if (!s.bindings("module").isEmpty()) return false;
            for (Node def : s.methods().values()) {
                String selfName = firstParameter(s.child(def));
                if (selfName != null && !s.child(def).attributeStores(selfName, "module").isEmpty()) return false;
            }
            for (Value b : bases(cls, c)) {
                if (b instanceof Lib l && l.name().equals("torch.nn.Module")) torch = true;
                else if (!(b instanceof ClassDef)) return false;
            }
        }
        return torch;
    }

    private Value classMember(ClassDef k, String attr, Instance self, Context c) {
        for (ClassDef cls : mro(k, c)) {
            Scope s = cls.scope();
            List<Value> values = new ArrayList<>();
            List<Value> taken = new ArrayList<>();
            for (Map.Entry<String, Node> m : s.methods().entrySet()) {
                Scope method = s.child(m.getValue());
                String selfName = firstParameter(method);
                if (selfName == null) continue;
                int method0 = taken.size();
                List<Binding> stores = method.attributeStores(selfName, attr);
                boolean set = stores.stream().anyMatch(b -> b.kind() != Binding.Kind.AUGMENTED);
                for (Binding b : stores) {
                    // self.layers = []; then self.layers += [...]: an extend of the list the method stored (see stored)
                    if (b.kind() == Binding.Kind.AUGMENTED && set && ItemStore.grows(b.value())) continue;
                    if (b.kind() == Binding.Kind.AUGMENTED) {
                        values.add(Value.UNKNOWN);
                        taken.add(Value.UNKNOWN);
                        continue;
                    }
                    if (!assumed.isEmpty() && assumed.contradicts(Guards.at(b.value(), method))) continue; // a store under another task's test
                    Context at = storeContext(m.getKey(), method, b.offset(), self, c);
                    // self.loss = self.loss.cuda() reads the other stores: met again inside itself it is a placeholder, as None is
                    Value v = stored(once(b.value(), new Literal(null), () -> unpack(eval(b.value(), at), b.path())), selfName + "." + attr, b.offset(), Integer.MAX_VALUE, at);
                    values.add(v);
                    Branches.Reach reach = b.conditional() ? storeReach(b, method, at) : Branches.Reach.ALWAYS;
                    if (reach == Branches.Reach.NEVER) continue; // self.loss = FocalLoss() under a test known false
                    if (reach == Branches.Reach.ALWAYS) taken.subList(method0, taken.size()).clear(); // the method's later store replaces its earlier ones
                    taken.add(v);
                }
                for (Scope.KeyedStore ks : method.keyedStores(selfName)) {
                    Value v = keyed(ks, attr, method, storeContext(m.getKey(), method, ks.store().offset(), self, c));
                    if (v == null) continue;
                    values.add(v);
                    if (!ks.store().conditional() || LoopPasses.loop(ks.store().value()) != null) taken.add(v);
                }
            }
            if (!values.isEmpty()) return Joins.decided(values, taken);
            Value patched = classPatch(cls, attr, self, c);
            if (patched != null) return patched;
            List<Binding> own = s.bindings(attr);
            if (own.isEmpty()) { // a field declared without a default (logits: torch.Tensor) binds no name
                Value field = dataclassField(s, attr, self);
                if (field != null) return field;
            }
            if (!own.isEmpty()) {
                Binding last = own.get(own.size() - 1);
                if (last.kind() == Binding.Kind.ANNOTATED || last.kind() == Binding.Kind.ASSIGNMENT && last.value() == null) {
                    Value field = dataclassField(s, attr, self);
                    if (field != null) return field;
                }
                if (last.kind() == Binding.Kind.DEF) {
                    Function f = new Function(s.child(last.value()), self);
                    return property(f.scope()) ? returned(f, Args.NONE, c) : f; // self.head of a @property: what it returns
                }
                Value v = binding(last, c.within(s, Integer.MAX_VALUE));
                // forward = predict_proba, post = lambda self, z: ...: one wrapped in staticmethod(...) is no method
                return staticWrapped(last, c.within(s, Integer.MAX_VALUE)) ? v : boundTo(v, self);
            }
        }
        return Value.UNKNOWN;
    }

    /**
     * Net.forward = calibrated_forward at the top level of the module defining Net, after the class: the class attribute
     * from the import on, a function bound to the object it is read from as a def in the body is; a store under a test
     * or in a loop leaves it not known. Null when the module makes no such store.
     */
    private Value classPatch(ClassDef cls, String attr, Instance self, Context c) {
        Scope home = cls.scope().parent();
        if (home == null || home.kind() != Scope.Kind.MODULE || home.bindings(cls.name()).size() != 1) return null;
        Binding last = null;
        for (Binding b : home.attributeStores(cls.name(), attr)) {
            if (b.offset() < cls.scope().node().start()) continue;
            if (b.conditional() || b.kind() != Binding.Kind.ASSIGNMENT || !b.path().isEmpty()) return Value.UNKNOWN;
            last = b;
        }
        if (last == null) return null;
        return boundTo(eval(last.value(), c.within(home, last.offset())), self);
    }

    /** A function kept as a class attribute, read from an object: a method of that object, as Python binds it (not a static or class method). */
    private Value boundTo(Value v, Instance self) {
        return self != null && v instanceof Function f && f.self() == null && !staticMethod(f.scope()) && !classMethod(f.scope()) ? new Function(f.scope(), self) : v;
    }

    /** post = staticmethod(lambda z: z.softmax(-1)) in a class body. */
    private boolean staticWrapped(Binding b, Context c) {
        Node v = b.kind() == Binding.Kind.ASSIGNMENT ? b.value() : null;
        return v != null && v.is("call") && eval(v.field("function"), c) instanceof Lib l && l.name().equals("staticmethod");
    }

    /** Where a method of the object's class runs a store to self: in __init__, its parameters bound to the construction's arguments. */
    private static Context storeContext(String method, Scope scope, int offset, Instance self, Context c) {
        boolean init = method.equals("__init__");
        return new Context(scope, offset, self, init && self != null && self.construction() != null ? scope : null,
                init && self != null ? self.construction() : null, c.depth());
    }

    /**
     * What {@code setattr(self, key, m)} stores under {@code attr}: where a for loop makes it on every pass
     * ({@code for name, make in LAYOUT: setattr(self, name, make())}), the value of the last pass whose key is that name,
     * the loop's names held at its entry; else the value when the key is that name. Null when no key known is that name:
     * a key not known names no attribute the reader asks for (getattr with a name not known stays not known).
     */
    private Value keyed(Scope.KeyedStore k, String attr, Scope method, Context at) {
        Node value = k.store().value();
        Node loop = LoopPasses.loop(value);
        List<List<Map.Entry<Binding, Value>>> passes = loop == null ? List.of(List.of()) : LoopPasses.passes(loop, method, this, at);
        if (passes == null) return null;
        Value out = null;
        for (List<Map.Entry<Binding, Value>> pins : passes) {
            Value v = holding(pins, () -> eval(k.key(), at) instanceof Literal l && attr.equals(l.value()) ? eval(value, at) : null);
            if (v != null) out = v; // a later pass setting the same name replaces the earlier
        }
        return out;
    }

    /**
     * Whether a store to self.attr runs. Its test may read the attribute itself ({@code if self.avg == []: self.avg = mean
     * else: self.avg = ...}), whose stores are weighed by their tests again: met again inside itself, a store's test is not
     * known (unbounded, that re-entry doubled per store until the query's budget ran out and every value was unknown).
     */
    private Branches.Reach storeReach(Binding b, Scope method, Context at) {
        if (!reaching.add(b)) return Branches.Reach.MAYBE;
        try {
            return Branches.of(b.value(), method, this, at);
        } finally {
            reaching.remove(b);
        }
    }

    /**
     * A dataclass field (or a typing.NamedTuple's) given when the object was made (ModelConfig(probs=True)), by keyword
     * or by its place among the fields.
     */
    private Value dataclassField(Scope cls, String attr, Instance self) {
        if (self == null || self.construction() == null) return null;
        Context made = self.construction().context();
        if (!cls.node().parent().startsWith("@") && (made == null || !extendsLibrary(new ClassDef(cls), made, "NamedTuple"))) return null;
        int position = 0;
        boolean declared = false;
        for (Node statement : cls.node().field("body").named()) {
            Node e = statement.is("expression_statement") && !statement.named().isEmpty() ? statement.named().get(0) : null;
            if (e == null || !e.is("assignment") || e.field("type") == null) continue;
            if (declared = e.field("left").text().equals(attr)) break;
            position++;
        }
        if (!declared) return null;
        Args args = self.construction();
        Value configured = args.configured(attr); // made by a registry, Hydra or a partial: the entry for the field, if any
        if (configured != null) return configured;
        Node given = args.keyword(attr);
        if (given == null) given = args.node(position, null);
        return given == null ? null : eval(given, args.context());
    }

    private static String firstParameter(Scope method) {
        for (Binding b : method.parametersInOrder()) return b.name();
        return null;
    }

    /**
     * The objects {@code self} may be in a method of class {@code k} when no call says: one of each of its project
     * subclasses (a template method: a base LightningModule's step reads {@code self.criterion} and {@code self.forward},
     * which its subclasses set); none when the class has none or more than {@link SubclassRegistries} follows.
     */
    public List<Instance> subclassSelves(ClassDef k, Context c) {
        List<Instance> known = subclassSelves.get(k.scope());
        if (known != null) return known;
        List<ClassDef> made = SubclassRegistries.made(k, false, this, c); // reads the project's classes: not inside a map update
        List<Instance> out = made == null ? List.of() : made.stream().map(m -> new Instance(m, null)).toList();
        subclassSelves.put(k.scope(), out);
        return out;
    }

    private final Map<Scope, List<Instance>> subclassSelves = new HashMap<>();

    /** The class and its project base classes, depth first as Python's MRO is for single inheritance. */
    public List<ClassDef> mro(ClassDef k, Context c) {
        List<ClassDef> out = new ArrayList<>();
        mro(k, out, c);
        return out;
    }

    private void mro(ClassDef k, List<ClassDef> out, Context c) {
        if (out.contains(k) || out.size() > 12) return;
        out.add(k);
        for (Value base : bases(k, c)) if (base instanceof ClassDef b) mro(b, out, c);
    }

    /** The evaluated base classes of a class. */
    public List<Value> bases(ClassDef k, Context c) {
        Node supers = k.scope().node().field("superclasses");
        List<Value> out = new ArrayList<>();
        if (supers == null) return out;
        Context at = new Context(k.scope().parent(), k.scope().node().start(), null, null, null, c.depth() + 1);
        for (Node b : supers.named()) if (!b.is("keyword_argument")) out.add(eval(b, at));
        return out;
    }

    /** True when the class or a base is a library class whose dotted name ends with one of these (nn.Module, keras.Model). */
    public boolean extendsLibrary(ClassDef k, Context c, String... suffixes) {
        for (ClassDef cls : mro(k, c)) {
            for (Value b : bases(cls, c)) {
                if (b instanceof Lib l) for (String s : suffixes) if (l.name().endsWith(s)) return true;
            }
        }
        return false;
    }

    // ---- calls -------------------------------------------------------------------------------------------------

    private Value call(Node e, Context c) {
        Node function = e.field("function");
        Args args = new Args(e.field("arguments"), c, this);
        if (function != null && function.is("attribute")) {
            Node attrNode = function.field("attribute");
            String method = attrNode == null ? "" : attrNode.text();
            Value receiver = eval(function.field("object"), Scope.REMOVALS.contains(method) ? readAt(e, c) : c);
            Value set = receiver instanceof Value.Unknown ? unknownAttribute(function.field("object"), method, c) : null;
            return set != null ? apply(set, args, e, c) : method(receiver, method, args, e, c);
        }
        Value called = apply(eval(function, c), args, e, c);
        return called instanceof Tensor t && function != null && function.is("identifier") ? pickedBy(function, t, e, c) : called;
    }

    /**
     * {@code func(output)} in a project helper whose parameter {@code func} is the activation it applies: the place a user
     * changes is where the call followed into the helper picked it, its argument, or the call itself when it keeps the
     * default ({@code self.dense_layer(self.d1, K, 'logits_p')} keeping {@code func=tf.nn.relu}); the helper's line is
     * kept among the tensor's steps. An activation called under its own name stays where it is written.
     */
    private Value pickedBy(Node function, Tensor t, Node e, Context c) {
        if (!t.place().equals(e.place()) || c.frame() == null || c.args() == null || c.args().node() == null || c.args().node().parent() == null) return t;
        List<Binding> bound = c.scope().lookup(function.text(), c.offset());
        if (bound.size() != 1 || bound.get(0).kind() != Binding.Kind.PARAMETER || bound.get(0).scope() != c.frame() || bound.get(0).path().isEmpty()) return t;
        Binding b = bound.get(0);
        boolean method = c.frame().parent() != null && c.frame().parent().kind() == Scope.Kind.CLASS && !staticMethod(c.frame());
        Node arg = c.args().node(method ? b.path().get(0) - 1 : b.path().get(0), b.name());
        boolean byDefault = arg == null && c.args().configured(b.name()) == null && c.args().splatted(b.name()) == null;
        if (arg == null && !byDefault) return t;
        dev.lossadvisor.engine.python.syntax.SourcePlace at = (arg != null ? arg : c.args().node().parent()).place();
        String step = b.name() + (byDefault ? " by default" : "") + " applied at " + e.place().file() + ":" + e.place().line();
        return new Tensor(t.activation(), t.units(), at, t.shown(), t.name(), t.via(step).steps(), t.alike(), t.times(), t.over());
    }

    /** args.pop("type") inside the statement being read: its receiver as it is where the call reads it, before the entry goes. */
    private static Context readAt(Node call, Context c) {
        Node scope = c.scope().node();
        boolean inside = scope != null && scope.tree() == call.tree() && c.offset() > call.start();
        return inside ? c.moved(c.scope(), call.start()) : c;
    }

    /** receiver.method(args): a project method, a library's model of it, or what the attribute holds called. */
    private Value method(Value receiver, String method, Args args, Node e, Context c) {
        if (receiver instanceof Value.Either either) return Joins.each(either, v -> method(v, method, args, e, c));
        if (receiver instanceof Value.Hooked h) { // model.to(device) keeps the hook; model.forward(x) runs without it, as torch does
            if (method.equals("__call__")) return apply(h, args, e, c);
            Value v = method(h.module(), method, args, e, c);
            return v == h.module() ? h : v;
        }
        if (method.equals("__call__") && receiver instanceof Instance i) return callInstance(i, args, c);
        if (receiver instanceof Value.Registry r) {
            return switch (method) {
                case "build" -> registries.build(r, args.value(0, "cfg"), args.value(1, "default_args"), e, c);
                case "get" -> Registries.entry(r, args.value(0, null));
                default -> Value.UNKNOWN;
            };
        }
        Value member = receiver instanceof Instance || receiver instanceof Module || receiver instanceof ClassDef || receiver instanceof Value.Super
                ? attributeOf(receiver, method, c) : null;
        if (member instanceof Function f && ConfigLibrary.readsPythonConfig(f)) return ConfigLibrary.pythonConfig(args); // a project's copy of mmcv's Config
        // a Flax module's apply is its own (torch's Module.apply(fn), which gives the module back, is another method)
        if (member instanceof Function || member instanceof Value.Wrapped) return apply(member, args, e, c);
        if (method.equals("children") && receiver instanceof Instance i && args.isEmpty()) return ModuleChildren.of(i, this, c);
        if (method.equals("stateless_call")) return KerasSubclasses.statelessCall(receiver, args, e, this, c);
        Value byLibrary = libraries.method(receiver, method, args, e);
        if (byLibrary != null) return byLibrary;
        return apply(member != null ? member : attributeOf(receiver, method, c), args, e, c);
    }

    /** Calls a value with arguments. */
    public Value apply(Value callee, Args args, Node call, Context c) {
        if (callee instanceof Lib l && l.name().endsWith("build_from_cfg") && args.value(1, "registry") instanceof Value.Registry r) {
            return registries.build(r, args.value(0, "cfg"), args.value(2, "default_args"), call, c);
        }
        if (callee instanceof Lib l && l.name().equals("super")) return superOf(args, c);
        if (callee instanceof Lib l) {
            Value v = libraries.call(l.name(), args, call);
            return v == null ? Value.UNKNOWN : v;
        }
        if (callee instanceof Value.Either either) {
            // a candidate whose signature the call does not fit (a keyword it has no parameter for) raises there: not reached
            List<Value> reached = either.candidates().stream().filter(v -> Signatures.reaches(v, args, this, c)).toList();
            if (reached.isEmpty() || reached.size() > Joins.MAX_EITHER) return Value.UNKNOWN;
            List<Value> preferred = either.preferred().stream().filter(reached::contains).toList();
            return Joins.each(new Value.Either(reached, preferred), v -> apply(v, args, call, c));
        }
        if (callee instanceof ClassDef k) {
            Value fields = k.scope().methods().isEmpty() && extendsLibrary(k, c, "NamedTuple") ? BuiltinsLibrary.namedTuple(k, args) : null;
            if (fields != null) return fields; // a typing.NamedTuple without methods: the fields a namedtuple call gives
            if (extendsLibrary(k, c, "TypedDict")) return BuiltinsLibrary.typedDict(args); // HeadOutput(logits=z, probs=p): a dict read by key
            Value member = Enums.byValue(this, k, args, c); // Task("binary"): a member looked up by its value
            if (member != null) return member;
            Value library = LibrarySubclasses.made(k, args, call, c, this); // class SmoothedCE(nn.CrossEntropyLoss), class Head(nn.Sequential) with no forward of their own
            return library != null ? library : new Instance(k, args);
        }
        if (callee instanceof Value.TupleType t) return BuiltinsLibrary.made(t, args);
        if (callee instanceof Value.Bound b) return Partials.called(b, args, call, c, this);
        if (callee instanceof Value.Partial p) return Partials.activated(p, args, call);
        if (callee instanceof Value.Wrapped w) return JaxLibrary.called(w, args, call, c);
        if (callee instanceof Instance i) return callInstance(i, args, c);
        if (callee instanceof Function f) return returned(f, args, c);
        if (callee instanceof Layer l) return Libraries.applyLayer(l, args, call);
        if (callee instanceof Value.Encoding e) return e.made();
        if (callee instanceof Value.Hooked h) return hooked(h, apply(h.module(), args, call, c), c);
        if (callee instanceof Value.Pretrained p) return p.module() == null ? Value.UNKNOWN : Libraries.packed(p, apply(p.module(), args, call, c), args); // the head decides the output
        if (callee instanceof KerasModel m) return m.output() != null ? m.output() : m.heads().isEmpty() ? Value.UNKNOWN : new Dict(new LinkedHashMap<>(m.heads()));
        return Value.UNKNOWN;
    }

    /** model(x): __call__ if the class defines it, else forward (torch) or call (Keras), inherited ones included. */
    public Value callInstance(Instance i, Args args, Context c) {
        Function f = invoked(i, c);
        return f == null ? KerasSubclasses.functional(i, args, this, c) : returned(f, args, c);
    }

    /** The method model(x) runs: __call__ if the class defines it, else forward (torch) or call (Keras); null if none. */
    public Function invoked(Instance i, Context c) {
        for (String name : List.of("__call__", "forward", "call")) {
            for (ClassDef cls : mro(i.type(), c)) {
                Value patched = classPatch(cls, name, i, c);
                if (patched != null) return patched instanceof Function f ? f : null;
                Node def = cls.scope().methods().get(name);
                if (def != null) return new Function(cls.scope().child(def), i);
                // forward = predict_proba in the class body: the function that name holds, bound to the object
                if (!cls.scope().bindings(name).isEmpty()) return classMember(cls, name, i, c) instanceof Function f ? f : null;
            }
        }
        return null;
    }

    /** What a function returns for these arguments, every return agreeing. */
    public Value returned(Function f, Args args, Context c) {
        Scope fn = f.scope();
        if (fn.kind() != Scope.Kind.FUNCTION) return Value.UNKNOWN;
        Value self = f.self();
        if (self == null && fn.name().equals("__call__")) self = c.self();
        if (fn.name().equals("__call__") && self instanceof Instance i && fn.parent().methods().get("__call__") == null) return callInstance(i, args, c);
        Node body = fn.node().is("lambda") ? fn.node().field("body") : null; // a lambda returns its one expression
        if (body != null) return eval(body, new Context(fn, body.start(), self, fn, args, c.depth() + 1));
        if (!fn.yields().isEmpty() && fn.returns().isEmpty()) return generated(fn, self, args, c);
        List<Value> values = new ArrayList<>();
        List<Value> taken = new ArrayList<>();
        int returnedBy = Integer.MAX_VALUE; // a return known to run ends the function: the returns after it are not reached
        for (Node r : fn.returns()) {
            if (r.named().isEmpty() || !assumed.isEmpty() && assumed.contradicts(Guards.at(r, fn))) continue;
            Context at = new Context(fn, r.start(), self, fn, args, c.depth() + 1);
            if (Branches.skippedByCall(r, fn, this, at)) continue; // if not training: return tf.nn.softmax(x), run as net(x, training=True)
            Value v = eval(r.named().get(0), at);
            values.add(v);
            Branches.Reach reach = fn.returns().size() == 1 ? Branches.Reach.ALWAYS : Branches.of(r, fn, this, at);
            if (reach != Branches.Reach.NEVER && r.start() < returnedBy) taken.add(v); // not in a branch a known test skips
            if (reach == Branches.Reach.ALWAYS) returnedBy = Math.min(returnedBy, r.start());
        }
        return values.isEmpty() ? Value.UNKNOWN : Joins.decided(values, taken);
    }

    // ---- containers --------------------------------------------------------------------------------------------

    private Value subscript(Node e, Context c) {
        Value v = eval(e.field("value"), c);
        Node key = e.field("subscript");
        if (key == null) return Value.UNKNOWN;
        if (v instanceof Value.Pieces p) return TorchLibrary.piece(p, e.named().subList(1, e.named().size()), this, c);
        Value byLibrary = Libraries.subscript(v, key, e);
        if (byLibrary != null) return byLibrary;
        if (v instanceof Items items) return itemOf(items, key, c);
        if (v instanceof Layer l && l.modules() != null) { // net[-1], net[:-1] of an nn.Sequential: a module, a Sequential of those the slice takes
            Value part = itemOf(new Items(l.modules()), key, c);
            return !key.is("slice") ? part : part instanceof Items p ? TorchLibrary.listed(p.items(), e.place()) : Value.UNKNOWN;
        }
        if (v instanceof Dict d) {
            Value k = eval(key, c);
            options.values(k, d.entries().keySet()); // MODELS[args.model]: the option may name each entry
            if (k instanceof Literal l && l.value() instanceof String s) return d.entries().getOrDefault(s, Value.UNKNOWN);
            return Joins.lookedUp(new ArrayList<>(d.entries().values())); // a registry looked up by a key from the config
        }
        if (v instanceof Value.Registry r) return Registries.entry(r, eval(key, c));
        if (v instanceof ClassDef k && Enums.isEnum(this, k, c) && eval(key, c) instanceof Literal l && l.value() instanceof String s) return attributeOf(k, s, c); // LossKind["CE"]
        if (v instanceof Value.Filled f) return key.is("slice") || key.is("tuple") || key.is("expression_list") ? Value.UNKNOWN : f.item(); // every entry is the one the loop wrote
        if (v instanceof Value.Fields f) { // out[1] of a namedtuple, outputs["logits"] of a ModelOutput
            Value k = eval(key, c);
            if (k instanceof Literal l && l.value() instanceof String s) return f.field(s);
            return k instanceof Literal l && l.value() instanceof Double d && d == Math.rint(d) ? f.at(d.intValue()) : Value.UNKNOWN;
        }
        if (v instanceof Module m) {
            Value k = eval(key, c);
            return k instanceof Literal l && l.value() instanceof String s ? attributeOf(m, s, c) : ModuleNames.anyName(m, this, c); // cfg["model"] of Config.fromfile
        }
        if (v instanceof Tensor t) return slice(t, e, key);
        if (v instanceof Instance i && attributeOf(i, "__getitem__", c) instanceof Function get) { // zoo["mlp"]: what the class's __getitem__ gives for the key
            List<Binding> parameters = get.scope().parametersInOrder();
            Map<String, Value> given = parameters.size() == 2 ? Map.of(parameters.get(1).name(), eval(key, c)) : Map.of();
            return returned(get, Args.config(given, c, this), c);
        }
        return Value.UNKNOWN;
    }

    /** items[i], items[:-1]: an item of a known list by a literal index, the items a slice takes, any item when all agree. */
    private Value itemOf(Items items, Node key, Context c) {
        if (key.is("slice")) return sliced(items, key, c);
        boolean index = !key.is("tuple") && !key.is("expression_list");
        Value k = index ? eval(key, c) : Value.UNKNOWN;
        if (k instanceof Literal l && l.value() instanceof Double d && d == Math.rint(d)) {
            int i = d.intValue() < 0 ? items.items().size() + d.intValue() : d.intValue();
            return i >= 0 && i < items.items().size() ? items.items().get(i) : Value.UNKNOWN;
        }
        // heads[task_id], an index not known: any item, known when all agree (as a dict looked up by a key from the
        // config); a None or literal item, a slice or a literal key leave it unknown
        boolean anyItem = index && !(k instanceof Literal) && !items.items().isEmpty() && items.items().stream().noneMatch(i -> i instanceof Literal);
        return anyItem ? Joins.join(new ArrayList<>(items.items())) : Value.UNKNOWN;
    }

    /**
     * dims[:-1], dims[1:], self.blocks[:-1]: the items a slice of known integer bounds takes (a step is not followed), as
     * Python clamps them; unknown otherwise.
     */
    private Value sliced(Items items, Node key, Context c) {
        int n = items.items().size();
        int[] bounds = {0, n};
        int part = 0; // 0 start, 1 stop, 2 step: the colons written before a bound
        int cursor = key.start();
        for (Node bound : key.named()) {
            part += (int) key.tree().source().slice(cursor, bound.start()).chars().filter(ch -> ch == ':').count();
            cursor = bound.end();
            if (part > 1 || !(eval(bound, c) instanceof Literal l && l.value() instanceof Double d && d == Math.rint(d))) return Value.UNKNOWN;
            int i = d.intValue() < 0 ? n + d.intValue() : d.intValue();
            bounds[part] = Math.max(0, Math.min(n, i));
        }
        return bounds[0] < bounds[1] ? new Items(items.items().subList(bounds[0], bounds[1])) : new Items(List.of());
    }

    /**
     * Part of a tensor keeps its activation (a softmax row, out[:, 0, :], is still probabilities): one index or a slice
     * takes rows of the batch and keeps the width; an index per axis may cut the class axis, so the width is unknown.
     */
    private static Value slice(Tensor t, Node e, Node key) {
        boolean oneIndex = e.named().size() == 2 && !key.is("tuple") && !key.is("expression_list");
        if (oneIndex) return t.via(key.is("slice") ? "a slice" : "a row");
        return t.withUnits(0).via("a slice");
    }

    private Value items(Node e, Context c) {
        List<Value> out = new ArrayList<>();
        for (Node n : e.named()) {
            if (n.is("list_splat")) {
                if (!(eval(n.named().isEmpty() ? null : n.named().get(0), c) instanceof Items more)) return Value.UNKNOWN;
                out.addAll(more.items());
            } else {
                out.add(eval(n, c));
            }
        }
        return new Items(out);
    }

    private Value dictionary(Node e, Context c) {
        Map<String, Value> out = new LinkedHashMap<>();
        for (Node pair : e.named()) {
            if (pair.is("dictionary_splat") && !pair.named().isEmpty() && eval(pair.named().get(0), c) instanceof Dict more) {
                out.putAll(more.entries());
                continue;
            }
            if (!pair.is("pair")) return Value.UNKNOWN;
            if (!(eval(pair.field("key"), c) instanceof Literal l && l.value() instanceof String k)) return Value.UNKNOWN;
            out.put(k, eval(pair.field("value"), c));
        }
        return new Dict(out);
    }

    /** attn @ one_hot mixes rows; logits / self.temperature scales raw scores; "a" + "b" joins strings; other arithmetic is not followed. */
    private Value binary(Node e, Context c) {
        String op = e.field("operator") == null ? "" : e.field("operator").text();
        if (!op.equals("@") && !op.equals("/") && !op.equals("*")) return concatenated(e, c);
        Value left = eval(e.field("left"), c);
        Value right = eval(e.field("right"), c);
        if (op.equals("@")) return TorchLibrary.learned(right, e, "@") instanceof Tensor scores ? scores : TorchLibrary.mixed(left, right, e, "@");
        Tensor normalised = op.equals("/") ? HandSoftmax.of(e, left, this, c) : null;
        if (normalised != null) return normalised;
        Value part = op.equals("*") ? MixedLabels.weighted(left, right, e) : null;
        if (part != null) return part;
        Value repeated = op.equals("*") ? repeated(left, right, e) : null;
        if (repeated != null) return repeated;
        Value scaled = TorchLibrary.scaled(left, e.field("right"), right, op);
        return op.equals("*") && scaled instanceof Value.Unknown ? TorchLibrary.scaled(right, e.field("left"), left, op) : scaled;
    }

    /** The most items a repeated list is held with: a network's layers, never a data buffer. */
    private static final int MAX_REPEATED = 1_024;

    /**
     * [nn.Linear(d, d), nn.ReLU()] * depth, block * 3 of an nn.Sequential (either side first): the items that many times over
     * (the same module objects again, as Python repeats them); null when neither side is a known list and a count, or
     * when the result would hold more than {@link #MAX_REPEATED} items ({@code buf = [0] * 1_000_000_000} is a buffer, and
     * holding it would exhaust memory).
     */
    private static Value repeated(Value left, Value right, Node e) {
        Value list = left instanceof Literal ? right : left;
        if (!((list == left ? right : left) instanceof Literal l && l.value() instanceof Double d && d == Math.rint(d) && d >= 0)) return null;
        List<Value> items = list instanceof Items i && i.counted() ? i.items() : list instanceof Layer s ? s.modules() : null;
        if (items == null || d * items.size() > MAX_REPEATED) return null;
        List<Value> out = new ArrayList<>();
        for (int k = 0; !items.isEmpty() && k < d.intValue(); k++) out.addAll(items); // [] * 10**9 is empty at once
        return list instanceof Items ? new Items(out) : TorchLibrary.listed(out, e.place());
    }

    /**
     * "archs." + args.arch: two known strings joined, when one side is written as a string; [stem] + blocks + [head]: two
     * known lists joined (unknown when one side is written as a list or comprehension, or is a known list, and the other is not
     * a known list); n_layers - 1: see {@link #difference}.
     */
    private Value concatenated(Node e, Context c) {
        Node left = e.field("left");
        Node right = e.field("right");
        if (e.field("operator") == null || left == null || right == null) return Value.UNKNOWN;
        boolean plus = e.field("operator").text().equals("+");
        Value shifted = plus ? null : HandSoftmax.shifted(e, this, c);
        if (shifted != null) return shifted;
        if (!plus) return difference(e, c);
        Value first = eval(left, c);
        Value mix = first instanceof Value.Labels ? MixedLabels.mixed(first, eval(right, c), e) : null;
        if (mix != null) return mix;
        if (first instanceof Layer a && a.modules() != null && eval(right, c) instanceof Layer b && b.modules() != null) { // encoder + head of two nn.Sequential
            return TorchLibrary.listed(java.util.stream.Stream.concat(a.modules().stream(), b.modules().stream()).toList(), e.place());
        }
        if (first instanceof Items || left.is("list") || right.is("list") || left.is("list_comprehension") || right.is("list_comprehension")) { // [stem] + blocks + [head], stack + head
            return first instanceof Items a && eval(right, c) instanceof Items b ? new Items(java.util.stream.Stream.concat(a.items().stream(), b.items().stream()).toList()) : Value.UNKNOWN;
        }
        if ((left.is("binary_operator") || left.is("call") || right.is("attribute")) && first instanceof Tensor t && t.activation().equals("linear")
                && eval(right, c) instanceof Value.Parameter) {
            return biased(t);
        }
        if ((right.is("binary_operator") || right.is("call")) && first instanceof Value.Parameter && eval(right, c) instanceof Tensor t && t.activation().equals("linear")) {
            return biased(t); // b + X @ W: the bias written first
        }
        boolean constant = right.is("float") || right.is("identifier") || right.is("attribute");
        if (constant && TorchLibrary.tiny(eval(right, c))) return TorchLibrary.guarded(first, right); // probs + 1e-8
        if (!left.is("string") && !right.is("string")) return difference(e, c);
        return first instanceof Literal a && a.value() instanceof String x && eval(right, c) instanceof Literal b && b.value() instanceof String y ? new Literal(x + y) : Value.UNKNOWN;
    }

    /** Whether {@code e} is an argument of the command line, sys.argv[i]. */
    private boolean commandLine(Node e, Context c) {
        return e.is("subscript") && eval(e.field("value"), c) instanceof Lib l && l.name().equals("sys.argv");
    }

    /**
     * X @ W + b, b + X @ W, y = y + self.bias: raw scores plus a learned bias are raw scores still (a sum of two names, {@code out +
     * identity}, is a residual and not read). One unit plus a bias is of the bias's width, not known: broadcasting widens
     * it (a shared weight plus a bias per class).
     */
    static Tensor biased(Tensor scores) {
        Tensor sum = scores.via("+ a learned bias");
        return scores.units() == 1 ? sum.withUnits(0) : sum;
    }

    /** n_layers - 1, depth + 1: a whole number written on one side and a known one on the other (a range bound), else unknown. */
    private Value difference(Node e, Context c) {
        String op = e.field("operator").text();
        if (!op.equals("+") && !op.equals("-") || !e.field("left").is("integer") && !e.field("right").is("integer")) return Value.UNKNOWN;
        if (!(eval(e.field("left"), c) instanceof Literal a && a.value() instanceof Double x && x == Math.rint(x))) return Value.UNKNOWN;
        if (!(eval(e.field("right"), c) instanceof Literal b && b.value() instanceof Double y && y == Math.rint(y))) return Value.UNKNOWN;
        return new Literal(op.equals("+") ? x + y : x - y);
    }

    /**
     * a if cond else b: the branch a known condition takes, else both joined; sys.argv[1] if len(sys.argv) > 1 else
     * "config.json" is the default the script runs with, as an argparse option's is.
     */
    private Value conditional(Node e, Context c) {
        List<Node> parts = e.named();
        if (parts.size() != 3) return Value.UNKNOWN;
        if (eval(parts.get(1), c) instanceof Literal l && l.value() instanceof Boolean b) return eval(parts.get(b ? 0 : 2), c);
        if (commandLine(parts.get(0), c) != commandLine(parts.get(2), c)) return eval(parts.get(commandLine(parts.get(0), c) ? 2 : 0), c);
        // a None here is one of the two values (activation="softmax" if flag else None), not a placeholder set before the real one
        Value yes = eval(parts.get(0), c), no = eval(parts.get(2), c);
        if (yes instanceof Literal a && a.value() == null != (no instanceof Literal b && b.value() == null)) return Value.UNKNOWN;
        return Joins.join(List.of(yes, no));
    }

    /**
     * num_classes == 2, args.loss == "ce": decided when both sides are known numbers or strings, so a conditional picks
     * its branch; else a comparison of data, (y > 0.5), (df.label == "spam"), which makes 0/1 targets.
     */
    private Value comparison(Node e, Context c) {
        List<Node> operands = e.named();
        Node operator = e.field("operators");
        if (operands.size() == 2 && operator != null) {
            Value left = eval(operands.get(0), c);
            Object a = left instanceof Literal l ? l.value() : null;
            Value right = a == null ? null : eval(operands.get(1), c);
            String op = operator.text(" ").equals("<>") ? "!=" : operator.text(" "); // Python 2's <> is !=
            if (op.equals("in") || op.equals("not in")) {
                Boolean member = tested(left, op, right, e);
                if (member != null) return new Literal(member);
            }
            Object b = right instanceof Literal l ? l.value() : null;
            if (b != null) options.compared(left, op, List.of(b), e);
            Boolean known = Literals.compare(a, op, b);
            if (known == null && b != null && !identities && (op.equals("is") || op.equals("is not"))) known = identity(operands, op, c);
            if (known != null) return new Literal(known);
        }
        return new Value.Labels("binary", 0, e.place());
    }

    /**
     * kind is Kind.NLL between two values: Python keeps one object per enum member, so the test is decided when both sides
     * are members of a str or int enum (the same member or not), or one is and the other a plain value (never that
     * member); two plain strings or numbers are not decided.
     */
    private Boolean identity(List<Node> operands, String op, Context c) {
        Evaluator members = keepingMembers();
        members.steps = steps; // the query's budget, spent on both evaluators
        Value left = members.eval(operands.get(0), c);
        Value right = members.eval(operands.get(1), c);
        steps = members.steps;
        if (!(left instanceof Literal l && right instanceof Literal r)) return null;
        return Enums.compare(l.value(), op, r.value());
    }

    /**
     * args.model in ("lstm", "gru"), args.arch not in MODELS: the values an option is tested against (a list or tuple of
     * known literals, a dict's keys) are its values. A known string or number is decided against a list of known strings
     * and numbers; against a dict only when it is a key (a registry filled elsewhere may have keys not seen); else, and
     * under a loss call's own tests, null.
     */
    private Boolean tested(Value left, String op, Value right, Node e) {
        List<Object> among = new ArrayList<>();
        boolean complete = right instanceof Items;
        if (right instanceof Dict d) among.addAll(d.entries().keySet());
        else if (right instanceof Items items) {
            for (Value v : items.items()) {
                if (v instanceof Literal l) among.add(l.value());
                if (!(v instanceof Literal l && (l.value() instanceof String || l.value() instanceof Double))) complete = false; // True == 1 in Python
            }
        }
        options.compared(left, op, among, e);
        Object a = left instanceof Literal l && (l.value() instanceof String || l.value() instanceof Double) ? l.value() : null;
        // under a loss call's own tests (self.task == "binary") a method's test of the same attribute is left to Guards
        if (a == null || !(right instanceof Items || right instanceof Dict) || !assumed.isEmpty()) return null;
        boolean in = among.contains(a);
        if (!in && !complete) return null;
        return op.equals("in") == in;
    }

    /** name or cls.__name__: the left side when it is a known true literal, the right one when a known false one (None, ""). */
    private Value or(Node e, Context c) {
        Node op = e.field("operator");
        if (op == null || !op.text().equals("or")) return Value.UNKNOWN;
        if (!(eval(e.field("left"), c) instanceof Literal l) || l.value() instanceof List) return Value.UNKNOWN;
        Object v = l.value();
        boolean falsy = v == null || Boolean.FALSE.equals(v) || "".equals(v) || v instanceof Double d && d == 0;
        return falsy ? eval(e.field("right"), c) : l;
    }

    /** The arguments of a call (null: none), evaluated where the call is. */
    public Args arguments(Node call, Context c) {
        return new Args(call == null ? null : call.field("arguments"), c, this);
    }

    /** A literal integer (or a name bound to one); 0 when unknown. */
    public int integer(Node e, Context c) {
        Value v = e == null ? Value.UNKNOWN : eval(e, c);
        return v instanceof Literal l && l.value() instanceof Double d && d == Math.rint(d) && d > 0 && d < 1e7 ? d.intValue() : 0;
    }
}
