package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.ClassDef;
import dev.lossadvisor.engine.python.eval.Value.Dict;
import dev.lossadvisor.engine.python.eval.Value.Function;
import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.semantic.Binding;
import dev.lossadvisor.engine.python.semantic.CallSites;
import dev.lossadvisor.engine.python.semantic.ItemStore;
import dev.lossadvisor.engine.python.semantic.Scope;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Module dicts filled by a decorator factory, the registry pattern of model zoos:
 * <pre>
 * MODELS = {}
 * def register(name):
 *     def wrap(cls):
 *         MODELS[name] = cls
 *         return cls
 *     return wrap
 *
 * {@literal @}register("gru")
 * class GRUClassifier(nn.Module): ...
 * </pre>
 * Each {@code @register(...)} in the project adds its class under the key its arguments give (a bare {@code @register}
 * whose body stores the class, under the key the body computes). A key that is not known
 * leaves the whole registry unknown: a lookup could not tell which entry it reaches.
 */
final class Registries {
    private static final int MAX_REGISTRATIONS = 32;

    private final Evaluator evaluator;
    private final Map<Binding, Value> filled = new HashMap<>();

    Registries(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /**
     * The dict bound at module level (or in a class body) by {@code b}, with the entries its module's decorator factories
     * register and those stored by the hooks that run as classes are made (see {@link SubclassRegistries}).
     */
    Value filled(Dict dict, Binding b, Context c) {
        Value known = filled.get(b);
        if (known != null) return known;
        filled.put(b, dict); // a registration asking about its own registry sees it as written
        Value v = register(dict, b, c);
        filled.put(b, v);
        return v;
    }

    private Value register(Dict dict, Binding b, Context c) {
        Scope module = b.scope();
        Map<String, Value> entries = new LinkedHashMap<>(dict.entries());
        int count = 0;
        for (Node statement : module.node().named()) {
            Node def = statement.is("decorated_definition") ? statement.field("definition") : statement;
            if (def == null || !def.is("function_definition")) continue;
            Scope factory = module.child(def);
            Scope wrap = decorator(factory);
            if (wrap == null) {
                int added = bareDecorations(factory, b, entries, MAX_REGISTRATIONS - count, c);
                if (added < 0) return Value.UNKNOWN;
                count += added;
                continue;
            }
            if (!wrap.bindings(b.name()).isEmpty()) continue;
            List<ItemStore> stores = wrap.stores(b.name()).stream().filter(s -> s.how().equals("item")).toList();
            if (stores.isEmpty()) continue;
            for (CallSites.Site site : evaluator.project().callsNamed(factory.name(), module.file())) {
                Node call = site.call();
                Node decorator = call.parent();
                Node decorated = decorator == null || !decorator.is("decorator") ? null : decorator.parent();
                Node target = decorated == null ? null : decorated.field("definition");
                if (target == null) continue;
                Context at = new Context(site.file().scopeOf(call), call.start(), null, null, null, c.depth() + 1);
                if (!(evaluator.eval(call.field("function"), at) instanceof Function f && f.scope() == factory)) continue;
                if (++count > MAX_REGISTRATIONS) return Value.UNKNOWN;
                Scope defined = site.file().scopeOf(target).child(target);
                Value registered = defined(defined);
                Args args = evaluator.arguments(call, at);
                if (wrap.parametersInOrder().isEmpty()) return Value.UNKNOWN;
                for (ItemStore st : stores) {
                    // inside wrap(cls): the factory's parameters are the decorator's arguments, cls is the class decorated
                    Context inWrap = new Context(wrap, st.offset(), null, factory, args, c.depth() + 1);
                    Value key = evaluator.pinning(wrap.parametersInOrder().get(0), registered, () -> evaluator.eval(st.key(), inWrap));
                    if (!(key instanceof Literal l && l.value() instanceof String name)) return Value.UNKNOWN;
                    entries.put(name, evaluator.pinning(wrap.parametersInOrder().get(0), registered, () -> evaluator.eval(st.value(), inWrap)));
                }
            }
        }
        if (!SubclassRegistries.fill(entries, b, c, evaluator)) return Value.UNKNOWN;
        return entries.equals(dict.entries()) ? dict : new Dict(entries);
    }

    /**
     * A decorator used bare, {@code def register(cls): MODELS[cls.__name__.lower()] = cls; return cls}: each definition it
     * decorates at the top of a project file, stored under the key its body gives. The number added, or -1 when a key is
     * not known or there are more than {@code room}. Only files whose text holds a decorator and the name are parsed:
     * {@code @name} or, reached through its module, {@code @registry.name}.
     */
    private int bareDecorations(Scope fn, Binding dict, Map<String, Value> entries, int room, Context c) {
        List<ItemStore> stores = fn.stores(dict.name()).stream().filter(s -> s.how().equals("item")).toList();
        if (stores.isEmpty() || !fn.bindings(dict.name()).isEmpty() || fn.parametersInOrder().isEmpty()) return 0;
        Binding decorated = fn.parametersInOrder().get(0);
        var project = evaluator.project();
        int added = 0;
        for (java.nio.file.Path p : project.files()) {
            String text = project.text(p);
            if (text == null || text.indexOf('@') < 0 || !text.contains(fn.name())) continue;
            var file = project.file(p);
            if (file == null) continue;
            for (Node statement : file.tree().root().named()) {
                Node target = statement.is("decorated_definition") ? statement.field("definition") : null;
                if (target == null) continue;
                for (Node d : statement.named()) {
                    Node e = d.is("decorator") && !d.named().isEmpty() ? d.named().get(0) : null;
                    if (e == null || e.is("call")) continue; // @register("name"): a factory, read above
                    Context at = new Context(file.scope(), statement.start(), null, null, null, c.depth() + 1);
                    if (!(evaluator.eval(e, at) instanceof Function f && f.scope() == fn)) continue;
                    if (++added > room) return -1;
                    Value registered = defined(file.scopeOf(target).child(target));
                    for (ItemStore st : stores) {
                        Context inFn = new Context(fn, st.offset(), null, null, null, c.depth() + 1);
                        Value key = evaluator.pinning(decorated, registered, () -> evaluator.eval(st.key(), inFn));
                        if (!(key instanceof Literal l && l.value() instanceof String name)) return -1;
                        entries.put(name, evaluator.pinning(decorated, registered, () -> evaluator.eval(st.value(), inFn)));
                    }
                }
            }
        }
        return added;
    }

    /** Decorator methods of a registry object that store the decorated class: mmcv/mmdet's and detectron2's spelling. */
    private static final List<String> REGISTER = List.of("register_module", "register");
    private final Map<Binding, Value> registries = new HashMap<>();
    /** The registries whose registrations are being collected. */
    private final java.util.Set<Binding> filling = new java.util.HashSet<>();

    /**
     * The object a module-level {@code HEADS = Registry("heads")} makes, when it is a registry: a library class named
     * Registry, or a project class with a register method. Its entries are the classes decorated with
     * {@code @HEADS.register_module()} (under their own name, or the {@code name=} / first argument given) anywhere in
     * the project; a registration whose name is not known, or one that is not a decorator, leaves it unknown.
     * Anything else is returned as it is.
     */
    Value classes(Value v, Binding b, Context c) {
        Value known = registries.get(b);
        if (known != null) return known;
        if (b.kind() != Binding.Kind.ASSIGNMENT || b.value() == null || !b.value().is("call")) return v;
        Context at = new Context(b.scope(), b.offset(), null, null, null, c.depth() + 1);
        Value made = evaluator.eval(b.value().field("function"), at);
        boolean registry = made instanceof Value.Lib l && l.name().endsWith("Registry")
                || made instanceof ClassDef k && evaluator.mro(k, c).stream().anyMatch(t -> REGISTER.stream().anyMatch(t.scope().methods()::containsKey));
        if (!registry) return v;
        Value.Registry placeholder = new Value.Registry(b, Map.of(), false);
        registries.put(b, placeholder); // a decorator naming the registry sees this one while its entries are collected
        filling.add(b);
        Value own = registered(placeholder, c);
        filling.remove(b);
        Value filled = inherited(own, b.value(), at);
        if (filled != null) registries.put(b, filled);
        else registries.remove(b); // asked while its parent collects its entries: known once the parent is
        return filled != null ? filled : own;
    }

    /**
     * A registry made with {@code parent=}: mmengine's build looks in the registry, then in its parent, so the parent's
     * entries are reached through the child (its own entries first); a parent that is not a project registry leaves
     * the keys the child does not register open.
     */
    private Value inherited(Value own, Node made, Context at) {
        Node parentNode = evaluator.arguments(made, at).keyword("parent");
        if (parentNode == null || !(own instanceof Value.Registry r)) return own;
        Value parent = evaluator.eval(parentNode, at);
        if (parent instanceof Value.Registry p && filling.contains(p.home())) return null;
        if (!(parent instanceof Value.Registry p)) return new Value.Registry(r.home(), r.entries(), true);
        Map<String, Value> entries = new LinkedHashMap<>(p.entries());
        entries.putAll(r.entries());
        return new Value.Registry(r.home(), entries, p.open());
    }

    private Value registered(Value.Registry registry, Context c) {
        Map<String, Value> entries = new LinkedHashMap<>();
        int count = 0;
        for (String method : REGISTER) {
            for (CallSites.Site site : evaluator.project().callsNamed(method, registry.home().scope().file())) {
                Node call = site.call();
                Node function = call.field("function");
                if (function == null || !function.is("attribute")) continue;
                Context at = new Context(site.file().scopeOf(call), call.start(), null, null, null, c.depth() + 1);
                if (!registry.equals(evaluator.eval(function.field("object"), at))) continue;
                if (++count > MAX_REGISTRATIONS) return Value.UNKNOWN;
                Node decorator = call.parent();
                Node target = decorator == null || !decorator.is("decorator") ? null : decorator.parent().field("definition");
                if (target == null) return Value.UNKNOWN; // HEADS.register_module(module=Head): not followed
                Scope defined = site.file().scopeOf(target).child(target);
                Args args = evaluator.arguments(call, at);
                Node given = args.node(0, "name");
                Value name = given == null ? new Literal(defined.name()) : evaluator.eval(given, at);
                if (!(name instanceof Literal l && l.value() instanceof String key)) return Value.UNKNOWN;
                entries.put(key, defined(defined));
            }
        }
        return bare(registry, entries, c) ? new Value.Registry(registry.home(), entries, false) : Value.UNKNOWN;
    }

    /**
     * Adds the definitions decorated without a call ({@code @HEADS.register_module}, detectron2's {@code @REG.register}),
     * under their own names; false when there are too many. Only files whose text names a register method are parsed.
     */
    private boolean bare(Value.Registry registry, Map<String, Value> entries, Context c) {
        var project = evaluator.project();
        for (java.nio.file.Path p : project.files()) {
            String text = project.text(p);
            if (text == null || REGISTER.stream().noneMatch(m -> text.contains("." + m))) continue;
            var file = project.file(p);
            if (file == null) continue;
            for (Node statement : file.tree().root().named()) {
                if (!statement.is("decorated_definition")) continue;
                Node target = statement.field("definition");
                for (Node d : statement.named()) {
                    Node e = d.is("decorator") && !d.named().isEmpty() ? d.named().get(0) : null;
                    if (e == null || !e.is("attribute") || e.field("attribute") == null || !REGISTER.contains(e.field("attribute").text())) continue;
                    Context at = new Context(file.scope(), statement.start(), null, null, null, c.depth() + 1);
                    if (target == null || !registry.equals(evaluator.eval(e.field("object"), at))) continue;
                    if (entries.size() >= MAX_REGISTRATIONS) return false;
                    Scope defined = file.scopeOf(target).child(target);
                    entries.put(defined.name(), defined(defined));
                }
            }
        }
        return true;
    }

    /** The entry a key names; for a key not known, every entry joined (each followed where it is called). */
    static Value entry(Value.Registry r, Value key) {
        if (key instanceof Literal l && l.value() instanceof String k) return r.entries().getOrDefault(k, Value.UNKNOWN);
        return r.entries().isEmpty() || r.open() ? Value.UNKNOWN : Joins.lookedUp(List.copyOf(r.entries().values()));
    }

    /**
     * registry.build(cfg), build_from_cfg(cfg, registry): the entry {@code cfg["type"]} names, made with the rest of the
     * config as its arguments (a default_args dict filling what the config leaves out).
     */
    Value build(Value.Registry r, Value cfg, Value defaults, Node call, Context c) {
        Map<String, Value> given = null;
        Value type = Value.UNKNOWN;
        if (cfg instanceof Dict d) {
            given = new LinkedHashMap<>(d.entries());
            type = given.remove("type");
            if (defaults instanceof Dict more) more.entries().forEach(given::putIfAbsent);
        }
        return evaluator.apply(entry(r, type), Args.config(given, c, evaluator), call, c);
    }

    /** An object a registry build makes, and whether the call making it is in a test file. */
    record Built(Value.Instance made, boolean inTest) {}

    private final Map<Binding, List<Built>> builds = new HashMap<>();
    /** The options read while each registry's builds were worked out. */
    private final Map<Binding, java.util.Set<Options.Option>> buildOptions = new HashMap<>();

    /**
     * The objects of a class decorated with {@code @NETS.register_module} that the project makes through that registry
     * (no call names the class there): each call handing the registry on by its name ({@code build(cfg.net, NETS,
     * default_args=dict(cfg=cfg))}, {@code NETS.build(cfg)}), evaluated where it is, kept when it makes an object of the
     * class with its arguments known (a key not known makes each registered class: each is kept). Only files whose text
     * names the registry are parsed.
     */
    List<Built> built(Scope cls, Context c) {
        Node decorated = cls.node().parent();
        if (decorated == null || !decorated.is("decorated_definition")) return List.of();
        List<Built> out = new ArrayList<>();
        for (Node d : decorated.named()) {
            Node e = d.is("decorator") && !d.named().isEmpty() ? d.named().get(0) : null;
            if (e != null && e.is("call")) e = e.field("function");
            if (e == null || !e.is("attribute") || e.field("attribute") == null || !REGISTER.contains(e.field("attribute").text())) continue;
            Context at = new Context(cls.file().scope(), decorated.start(), null, null, null, c.depth() + 1);
            if (!(evaluator.eval(e.field("object"), at) instanceof Value.Registry r)) continue;
            for (Built b : builds(r, c)) if (b.made().type().scope() == cls && b.made().construction() != null) out.add(b);
        }
        return out;
    }

    /** What every call handing registry {@code r} on makes (see {@link #built}); none while they are being worked out. */
    private List<Built> builds(Value.Registry r, Context c) {
        List<Built> known = builds.get(r.home());
        if (known != null) {
            evaluator.options().reread(buildOptions.getOrDefault(r.home(), java.util.Set.of())); // the options its builds read, for this loss call's runs
            return known;
        }
        builds.put(r.home(), List.of()); // a build met again while its own arguments are worked out makes nothing more
        java.util.Set<Options.Option> read = new java.util.LinkedHashSet<>();
        buildOptions.put(r.home(), read);
        List<Built> out = evaluator.options().recording(read, () -> made(r, c));
        builds.put(r.home(), out);
        return out;
    }

    private List<Built> made(Value.Registry r, Context c) {
        String name = r.home().name();
        List<Built> out = new ArrayList<>();
        var project = evaluator.project();
        for (java.nio.file.Path p : project.files()) {
            String text = project.text(p);
            if (text == null || !text.contains(name)) continue;
            var file = project.file(p);
            if (file == null) continue;
            for (var call : file.tree().calls()) {
                Node given = handedOn(call.node(), name);
                if (given == null) continue;
                Context at = new Context(file.scopeOf(call.node()), call.node().start(), null, null, null, c.depth() + 1);
                if (!r.home().equals(evaluator.eval(given, at) instanceof Value.Registry g ? g.home() : null)) continue;
                Value made = evaluator.eval(call.node(), at);
                for (Value v : made instanceof Value.Either either ? either.candidates() : List.of(made)) {
                    if (v instanceof Value.Instance i) out.add(new Built(i, file.isTest()));
                }
            }
        }
        return List.copyOf(out);
    }

    /** The expression naming the registry in a call that hands it on (an argument, or the object whose build or get is called), or null. */
    private static Node handedOn(Node call, String registry) {
        Node args = call.field("arguments");
        if (args != null) {
            for (Node a : args.named()) {
                Node v = a.is("keyword_argument") ? a.field("value") : a;
                if (v != null && v.is("identifier") && v.text().equals(registry)) return v;
            }
        }
        Node f = call.field("function");
        if (f != null && f.is("call")) f = f.field("function"); // NETS.get(name)(**args)
        Node object = f != null && f.is("attribute") ? f.field("object") : null;
        return object != null && object.is("identifier") && object.text().equals(registry) ? object : null;
    }

    /** What a registration stores: the class or the function decorated. */
    private static Value defined(Scope s) {
        return s.node().is("class_definition") ? new ClassDef(s) : new Function(s, null);
    }

    /** The function a decorator factory returns, defined inside it (register(name) returns wrap), or null. */
    private Scope decorator(Scope factory) {
        for (Node r : factory.returns()) {
            Node e = r.named().isEmpty() ? null : r.named().get(0);
            if (e == null || !e.is("identifier")) continue;
            for (Binding b : factory.bindings(e.text())) if (b.kind() == Binding.Kind.DEF) return factory.child(b.value());
        }
        return null;
    }
}
