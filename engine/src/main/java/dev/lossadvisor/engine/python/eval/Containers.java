package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Dict;
import dev.lossadvisor.engine.python.eval.Value.Items;
import dev.lossadvisor.engine.python.eval.Value.Literal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dict or list after a call that takes entries out of it: {@code cfg.pop("type")} before {@code Loss(**cfg)} (the
 * registry idiom), {@code layers.pop()} before {@code nn.Sequential(*layers)}, {@code del spec["name"]} before
 * {@code make_mlp(**spec)}. A key or index not known leaves it not known.
 */
final class Containers {
    private Containers() {}

    /** What is left of {@code v} after {@code how} (pop, popitem, clear, setdefault); null when {@code how} is none of them. */
    static Value removed(Value v, String how, Args args) {
        return switch (how) {
            case "clear" -> v instanceof Dict ? new Dict(Map.of()) : new Items(List.of());
            case "popitem" -> Value.UNKNOWN;
            case "pop" -> v instanceof Dict d ? withoutKey(d, args.positional().isEmpty() ? null : args.value(0, null))
                    : withoutIndex((Items) v, args.positional().isEmpty() ? null : args.value(0, null));
            case "setdefault" -> v instanceof Dict d ? defaulted(d, args) : Value.UNKNOWN;
            default -> null;
        };
    }

    /** What is left of {@code v} after {@code del v[key]}. */
    static Value deleted(Value v, Value key) {
        return v instanceof Dict d ? withoutKey(d, key) : withoutIndex((Items) v, key);
    }

    private static Value withoutKey(Dict d, Value key) {
        if (!(key instanceof Literal l && l.value() instanceof String k)) return Value.UNKNOWN;
        Map<String, Value> m = new LinkedHashMap<>(d.entries());
        m.remove(k);
        return new Dict(m);
    }

    /** Items without the one at {@code index} (the last when null). */
    private static Value withoutIndex(Items items, Value index) {
        int n = items.items().size();
        int i = n - 1;
        if (index != null) {
            if (!(index instanceof Literal l && l.value() instanceof Double d && d == Math.rint(d))) return Value.UNKNOWN;
            i = d < 0 ? n + d.intValue() : d.intValue();
        }
        if (i < 0 || i >= n) return Value.UNKNOWN;
        List<Value> l = new ArrayList<>(items.items());
        l.remove(i);
        return new Items(l);
    }

    private static Value defaulted(Dict d, Args args) {
        if (args.positional().size() != 2 || !(args.value(0, null) instanceof Literal l && l.value() instanceof String k)) return Value.UNKNOWN;
        Map<String, Value> m = new LinkedHashMap<>(d.entries());
        m.putIfAbsent(k, args.value(1, null));
        return new Dict(m);
    }
}
