package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.semantic.Binding;
import dev.lossadvisor.engine.python.semantic.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A project module's name looked up by a key not known ({@code backbones.__dict__[args.model]}, {@code vars(models)[name]},
 * {@code getattr(models, name)}): any of its public names a call could be made on, those its star imports bring in too
 * (by their {@code __all__} where they give one). They are kept apart however many they are, so that a call's signature
 * may rule some out ({@link Signatures}); a star import from a library leaves the names not known.
 */
final class ModuleNames {
    private ModuleNames() {}

    private static final int MAX_DEPTH = 4;

    static Value anyName(Value.Module m, Evaluator ev, Context c) {
        Set<String> names = new LinkedHashSet<>();
        if (!exported(m.file(), names, false, ev, c, 0)) return Value.UNKNOWN;
        List<Value> values = new ArrayList<>();
        Context at = c.within(m.file().scope(), Integer.MAX_VALUE);
        for (String n : names) {
            Value v = ev.global(m.file(), n, at);
            // a constant, a dict or a submodule cannot be called: a call on it raises
            if (v == null || v instanceof Literal || v instanceof Value.Module || v instanceof Value.Dict || v instanceof Value.Items) continue;
            values.add(v);
        }
        return Joins.lookedUp(values);
    }

    /** Adds the names {@code f} binds (its {@code __all__} when {@code starred} and it gives one); false when some are not known. */
    private static boolean exported(SourceFile f, Set<String> out, boolean starred, Evaluator ev, Context c, int depth) {
        if (depth > MAX_DEPTH) return false;
        List<String> all = starred ? dunderAll(f, ev, c) : null;
        if (all != null) {
            out.addAll(all);
            return true;
        }
        for (String n : f.scope().names()) {
            if (n.startsWith("_") || !n.matches("[A-Za-z]\\w*")) continue;
            if (f.scope().bindings(n).stream().allMatch(b -> b.kind() == Binding.Kind.IMPORT)) continue; // import torch: a module
            out.add(n);
        }
        for (Binding b : f.scope().starImports()) {
            SourceFile g = ev.importedModule(f, b.module());
            if (g == null) return false;
            if (g != f && !exported(g, out, true, ev, c, depth + 1)) return false;
        }
        return true;
    }

    /** The names a module's one {@code __all__ = [...]} lists; null when it has none or it is not a literal list of names. */
    private static List<String> dunderAll(SourceFile f, Evaluator ev, Context c) {
        List<Binding> found = f.scope().bindings("__all__");
        if (found.size() != 1 || found.get(0).value() == null) return null;
        Value v = ev.eval(found.get(0).value(), c.within(f.scope(), Integer.MAX_VALUE));
        List<String> out = new ArrayList<>();
        List<?> items = v instanceof Value.Items i ? i.items() : v instanceof Literal l && l.value() instanceof List<?> list ? list : null;
        if (items == null) return null;
        for (Object o : items) {
            Object s = o instanceof Literal l ? l.value() : o;
            if (!(s instanceof String name)) return null;
            out.add(name);
        }
        return out;
    }
}
