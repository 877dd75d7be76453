package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Instance;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code model = Net(cfg); model.head = nn.Sequential(model.head, nn.Sigmoid())}: an attribute set on an object of a
 * project class from outside it, after it was made, is what its forward reads from then on. Only a plain store says
 * what (one under an if or a loop, or augmented, leaves the attribute unknown), and one the object is handed to a
 * project function or class that may set the attribute itself ({@link HeadEscapes}) is unknown too.
 */
final class Patches {
    private Patches() {}

    /** The object with {@code attr} set to {@code value}. */
    static Instance patched(Instance i, String attr, Value value) {
        Map<String, Value> m = new LinkedHashMap<>(i.patched());
        m.put(attr, value);
        return new Instance(i.type(), i.construction(), Map.copyOf(m));
    }

    /** The object with each patched attribute that a call between the offsets passing {@code name} may set again made unknown. */
    static Instance escaped(Instance i, String name, int from, int until, Context at, Evaluator evaluator) {
        if (i.patched().isEmpty()) return i;
        Map<String, Value> m = new LinkedHashMap<>(i.patched());
        m.replaceAll((attr, v) -> HeadEscapes.escapes(attr, name, from, until, at, evaluator) ? Value.UNKNOWN : v);
        return new Instance(i.type(), i.construction(), Map.copyOf(m));
    }
}
