package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.ClassDef;
import dev.lossadvisor.engine.python.eval.Value.Dict;
import dev.lossadvisor.engine.python.eval.Value.Instance;
import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.semantic.Binding;
import dev.lossadvisor.engine.python.semantic.Scope;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lightning's {@code self.hparams} after {@code self.save_hyperparameters()} in a module's {@code __init__}: the
 * arguments {@code __init__} was given, by parameter name ({@code LitModel(**cfg["model"])} from a YAML config too),
 * those named by {@code ignore=} left out; {@code save_hyperparameters("lr", "head")} keeps only those, and
 * {@code save_hyperparameters(cfg)} of one dict (a config read from YAML) is that dict. A class that sets or updates
 * {@code self.hparams} itself in a method is not followed.
 */
final class LightningHparams {
    private LightningHparams() {}

    /** The hparams of an object of a project class, or null when no __init__ of its classes saves them. */
    static Value of(Instance i, Evaluator ev, Context c) {
        for (ClassDef cls : ev.mro(i.type(), c)) {
            Node def = cls.scope().methods().get("__init__");
            if (def == null) continue;
            Scope init = cls.scope().child(def);
            Node save = saveCall(init);
            if (save == null) return null; // the __init__ the object runs: one of a base class called by it would be given other arguments
            if (changed(i.type(), ev, c)) return Value.UNKNOWN;
            boolean made = i.construction() != null;
            Context at = new Context(init, save.start(), i, made ? init : null, made ? i.construction() : null, c.depth() + 1);
            return saved(init, ev.arguments(save, at), ev, at);
        }
        return null;
    }

    /** The hparams one save_hyperparameters(...) call keeps. */
    private static Value saved(Scope init, Args args, Evaluator ev, Context at) {
        List<Node> given = args.positional();
        if (given.size() == 1 && !given.get(0).is("string")) { // save_hyperparameters(cfg): that mapping itself
            Value v = ev.eval(given.get(0), at);
            return v instanceof Dict ? v : Value.UNKNOWN;
        }
        Set<String> only = new HashSet<>();
        for (Node g : given) {
            if (!(ev.eval(g, at) instanceof Literal l && l.value() instanceof String name)) return Value.UNKNOWN;
            only.add(name);
        }
        Set<String> ignored = new HashSet<>();
        Node ignore = args.keyword("ignore");
        if (ignore != null) {
            Value v = ev.eval(ignore, at);
            for (Value n : v instanceof Value.Items items ? items.items() : List.of(v)) {
                if (!(n instanceof Literal l && l.value() instanceof String name)) return Value.UNKNOWN;
                ignored.add(name);
            }
        }
        Map<String, Value> out = new LinkedHashMap<>();
        for (Binding p : init.parametersInOrder()) {
            if (p.path().get(0) == 0 || ignored.contains(p.name()) || !only.isEmpty() && !only.contains(p.name())) continue;
            out.put(p.name(), ev.binding(p, at));
        }
        if (only.isEmpty()) { // **kwargs are saved too: the keywords a known call passes beyond the parameters, else not known
            for (String n : init.names()) for (Binding k : init.bindings(n)) {
                if (k.kind() != Binding.Kind.KEYWORDS) continue;
                if (!(ev.binding(k, at) instanceof Dict rest)) return Value.UNKNOWN;
                rest.entries().forEach((key, v) -> { if (!ignored.contains(key)) out.putIfAbsent(key, v); });
            }
        }
        return new Dict(out);
    }

    /** The {@code self.save_hyperparameters(...)} call among the statements of an __init__'s body, or null. */
    private static Node saveCall(Scope init) {
        Node body = init.node().field("body");
        String self = init.parametersInOrder().isEmpty() ? null : init.parametersInOrder().get(0).name();
        if (body == null || self == null) return null;
        for (Node s : body.named()) {
            Node call = s.is("expression_statement") && s.named().size() == 1 ? s.named().get(0) : null;
            Node fn = call != null && call.is("call") ? call.field("function") : null;
            if (fn != null && fn.is("attribute") && fn.text().equals(self + ".save_hyperparameters")) return call;
        }
        return null;
    }

    /** True when a method of the class sets, stores into or updates {@code self.hparams}, or assigns it. */
    private static boolean changed(ClassDef k, Evaluator ev, Context c) {
        for (ClassDef cls : ev.mro(k, c)) {
            for (Node def : cls.scope().methods().values()) {
                Scope m = cls.scope().child(def);
                String self = m.parametersInOrder().isEmpty() ? null : m.parametersInOrder().get(0).name();
                if (self == null) continue;
                if (!m.stores(self + ".hparams").isEmpty() || !m.attributeStores(self, "hparams").isEmpty()) return true;
            }
        }
        return false;
    }
}
