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
 * Each {@code @register(...)} in the project adds its class under the key its arguments give. A key that is not known
 * leaves the whole registry unknown: a lookup could not tell which entry it reaches.
 */
final class Registries {
    private static final int MAX_REGISTRATIONS = 32;

    private final Evaluator evaluator;
    private final Map<Binding, Value> filled = new HashMap<>();

    Registries(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** The dict bound at module level by {@code b}, with the entries its module's decorator factories register. */
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
            if (wrap == null || !wrap.bindings(b.name()).isEmpty()) continue;
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
                Value registered = target.is("class_definition") ? new ClassDef(defined) : new Function(defined, null);
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
        return count == 0 ? dict : new Dict(entries);
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
