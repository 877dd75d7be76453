package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.ClassDef;
import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.semantic.Binding;
import dev.lossadvisor.engine.python.semantic.ItemStore;
import dev.lossadvisor.engine.python.semantic.Project;
import dev.lossadvisor.engine.python.semantic.Scope;
import dev.lossadvisor.engine.python.semantic.SourceFile;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Registries filled as classes are made, with no decorator:
 * <pre>
 * class Head(nn.Module):
 *     registry = {}
 *     def __init_subclass__(cls, name=None, **kwargs):
 *         if name is not None:
 *             Head.registry[name] = cls
 *
 * class LinearHead(Head, name="linear"): ...
 * </pre>
 * A base class's {@code __init_subclass__} runs for each of its subclasses in the project, {@code cls} the subclass and
 * its other parameters the keywords of the class statement; a metaclass's {@code __new__(mcs, name, bases, ns)} runs
 * for each class made with it (and their subclasses), {@code ns} the class body's names and {@code cls = super().__new__(...)}
 * the class. Their stores into the dict (a module's, or the class's own attribute) are its entries; a store under a test
 * of no known value, or with a key not known, leaves the registry unknown.
 */
final class SubclassRegistries {
    private static final int MAX_CLASSES = 32;

    private SubclassRegistries() {}

    /** Adds to {@code entries} what the class-making hooks of b's module (or class) store into the dict b binds; false when that is not known. */
    static boolean fill(Map<String, Value> entries, Binding b, Context c, Evaluator ev) {
        Scope home = b.scope();
        for (Scope k : home.kind() == Scope.Kind.CLASS ? List.of(home) : classes(home)) {
            for (String hookName : List.of("__init_subclass__", "__new__")) {
                Node def = k.methods().get(hookName);
                Scope hook = def == null ? null : k.child(def);
                List<ItemStore> stores = hook == null ? List.of() : stores(hook, k, b);
                if (stores.isEmpty()) continue;
                boolean meta = hookName.equals("__new__");
                List<ClassDef> made = made(new ClassDef(k), meta, ev, c);
                if (made == null) return false;
                for (ClassDef m : made) if (!run(entries, hook, stores, m, meta, ev, c)) return false;
            }
        }
        return true;
    }

    /** The hook's item stores into the dict b binds: {@code REGISTRY[...]} for a module's dict, {@code Head.registry[...]} or {@code cls.registry[...]} for the class's own. */
    private static List<ItemStore> stores(Scope hook, Scope k, Binding b) {
        List<ItemStore> out = new ArrayList<>();
        if (b.scope() == k) {
            List<Binding> params = hook.parametersInOrder();
            for (ItemStore st : hook.stores(k.name() + "." + b.name())) if (names(hook, k.name(), st.offset(), k)) out.add(st);
            if (!params.isEmpty() && !hook.name().equals("__new__")) out.addAll(hook.stores(params.get(0).name() + "." + b.name()));
        } else {
            for (ItemStore st : hook.stores(b.name())) if (hook.lookup(b.name(), st.offset()).equals(List.of(b))) out.add(st);
        }
        out.removeIf(st -> !st.how().equals("item"));
        return out;
    }

    /** Whether {@code name} read in the hook is class k itself. */
    private static boolean names(Scope hook, String name, int offset, Scope k) {
        List<Binding> found = hook.lookup(name, offset);
        return found.size() == 1 && found.get(0).kind() == Binding.Kind.CLASS && found.get(0).value().equals(k.node());
    }

    /**
     * The project's classes the hook runs for: k's subclasses (k's own {@code __init_subclass__} does not run for k), or for
     * a metaclass the classes that name it and their subclasses; null when there are too many. Only files whose text
     * may list one of the classes found so far as a base are parsed ({@link Project#mayListAsBase}).
     */
    static List<ClassDef> made(ClassDef k, boolean meta, Evaluator ev, Context c) {
        Project project = ev.project();
        Set<String> names = new LinkedHashSet<>(List.of(k.name()));
        List<ClassDef> out = new ArrayList<>();
        for (int before = -1; before != out.size(); ) {
            before = out.size();
            for (java.nio.file.Path p : project.files()) {
                SourceFile file = names.stream().noneMatch(n -> project.mayListAsBase(p, n)) ? null : project.file(p);
                if (file == null) continue;
                for (Scope s : classes(file.scope())) {
                    ClassDef cls = new ClassDef(s);
                    if (out.contains(cls) || cls.equals(k) && !meta) continue;
                    List<ClassDef> mro = ev.mro(cls, c);
                    if (!(meta ? mro.stream().anyMatch(m -> k.equals(metaclass(m, ev, c))) : mro.contains(k))) continue;
                    if (out.size() >= MAX_CLASSES) return null;
                    out.add(cls);
                    names.add(cls.name());
                }
            }
        }
        return out;
    }

    /** What {@code metaclass=} in a class statement gives, or null. */
    private static Value metaclass(ClassDef k, Evaluator ev, Context c) {
        Node keyword = keyword(k.scope(), "metaclass");
        return keyword == null ? null : ev.eval(keyword, new Context(k.scope().parent(), k.scope().node().start(), null, null, null, c.depth() + 1));
    }

    /** The value of a keyword of a class statement ({@code class LinearHead(Head, name="linear")}), or null. */
    private static Node keyword(Scope cls, String name) {
        Node supers = cls.node().field("superclasses");
        if (supers == null) return null;
        for (Node a : supers.named()) {
            if (a.is("keyword_argument") && a.field("name") != null && a.field("name").text().equals(name)) return a.field("value");
        }
        return null;
    }

    /** Runs the hook's stores for class m, its parameters held at what making m passes; false when one is not known. */
    private static boolean run(Map<String, Value> entries, Scope hook, List<ItemStore> stores, ClassDef m, boolean meta, Evaluator ev, Context c) {
        List<Binding> params = hook.parametersInOrder();
        if (params.size() < (meta ? 4 : 1)) return false;
        Context atClass = new Context(m.scope().parent(), m.scope().node().start(), null, null, null, c.depth() + 1);
        List<Map.Entry<Binding, Value>> pins = new ArrayList<>();
        if (meta) {
            pins.add(Map.entry(params.get(0), Value.UNKNOWN));
            pins.add(Map.entry(params.get(1), new Literal(m.name())));
            pins.add(Map.entry(params.get(2), Value.UNKNOWN));
            pins.add(Map.entry(params.get(3), namespace(m, ev, c)));
            for (String name : hook.names()) { // cls = super().__new__(mcs, name, bases, ns): the class being made
                for (Binding b : hook.bindings(name)) if (b.kind() == Binding.Kind.ASSIGNMENT && b.path().isEmpty() && makesClass(b.value())) pins.add(Map.entry(b, m));
            }
        } else {
            pins.add(Map.entry(params.get(0), m));
            for (Binding p : params.subList(1, params.size())) {
                Node given = keyword(m.scope(), p.name());
                Node value = given != null ? given : p.value();
                pins.add(Map.entry(p, value == null ? Value.UNKNOWN : ev.eval(value, given != null ? atClass : new Context(hook.parent(), hook.node().start(), null, null, null, c.depth() + 1))));
            }
        }
        Value done = ev.holding(pins, () -> {
            for (ItemStore st : stores) {
                Context in = new Context(hook, st.offset(), null, null, null, c.depth() + 1);
                Branches.Reach reach = Branches.of(st.value(), hook, ev, in);
                if (reach == Branches.Reach.NEVER) continue;
                Value key = reach == Branches.Reach.ALWAYS ? ev.eval(st.key(), in) : Value.UNKNOWN;
                if (!(key instanceof Literal l && l.value() instanceof String name)) return Value.UNKNOWN;
                entries.put(name, ev.eval(st.value(), in));
            }
            return new Literal(true);
        });
        return done instanceof Literal;
    }

    /** {@code super().__new__(...)} or {@code type.__new__(...)}: the class a metaclass makes. */
    private static boolean makesClass(Node value) {
        Node fn = value != null && value.is("call") ? value.field("function") : null;
        return fn != null && fn.is("attribute") && fn.field("attribute") != null && fn.field("attribute").text().equals("__new__");
    }

    /** The names a class body binds, each at its last value: the namespace a metaclass is given. */
    private static Value namespace(ClassDef m, Evaluator ev, Context c) {
        Map<String, Value> out = new java.util.LinkedHashMap<>();
        Context in = new Context(m.scope(), Integer.MAX_VALUE, null, null, null, c.depth() + 1);
        for (String name : m.scope().names()) {
            List<Binding> bound = m.scope().bindings(name);
            out.put(name, ev.binding(bound.get(bound.size() - 1), in));
        }
        return new Value.Dict(out);
    }

    /** The classes defined at the top of a module (decorated ones too). */
    private static List<Scope> classes(Scope module) {
        List<Scope> out = new ArrayList<>();
        for (Node statement : module.node().named()) {
            Node def = statement.is("decorated_definition") ? statement.field("definition") : statement;
            if (def != null && def.is("class_definition")) out.add(module.child(def));
        }
        return out;
    }
}
