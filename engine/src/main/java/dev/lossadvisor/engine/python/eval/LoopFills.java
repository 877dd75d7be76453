package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.semantic.Binding;
import dev.lossadvisor.engine.python.semantic.ItemStore;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A loop that writes every entry of a list or dict: {@code for i in range(len(hs)): ...; hs[i] = h} (also over
 * {@code enumerate(hs)}, {@code hs}, {@code hs.keys()}, {@code hs.items()}), or one that fills a dict empty before it
 * ({@code out = {}; for k, h in feats.items(): out[k] = act(h)}). The store's key is the loop's own target and every
 * pass makes the store ({@link LoopPasses#loop}): the container's entries are then all what the store writes, however
 * many there are ({@link Value.Filled}).
 */
final class LoopFills {
    private LoopFills() {}

    /** The container after {@code st} when it is such a store (its value an entry of unknown index or key); null when it is not one. */
    static Value filled(Value before, ItemStore st, Evaluator ev, Context here) {
        Node loop = loop(st);
        if (loop == null) return null;
        boolean every = covers(loop.field("right"), st.name(), ev, here.moved(here.scope(), loop.start()));
        if (!every && !(before instanceof Value.Dict d && d.entries().isEmpty())) return null;
        Value item = ev.eval(st.value(), here.moved(here.scope(), st.value().start())); // inside the body: its own bindings before the store hold
        return item instanceof Value.Unknown ? Value.UNKNOWN : new Value.Filled(item);
    }

    /**
     * A store made on every pass of a loop over a known list (at most MAX_ENTRIES items, none too) into a container bound
     * before the loop ({@code outputs = {}; for attr, n in TASKS.items(): outputs[attr] = Dense(n, name=attr)(h)}, {@code
     * convs.append(...)}): the container with one entry per pass, in order, each evaluated with the loop's names at that
     * pass's item; a list keeps its count unless an outer loop repeats this one. Null when the store is not such a one,
     * or a key is not a known string.
     */
    static Value unrolled(Value before, ItemStore st, int from, Evaluator ev, Context here) {
        boolean item = st.how().equals("item") && before instanceof Value.Dict d && !ComputedKeys.any(d) && st.key() != null;
        boolean append = st.how().equals("append") && before instanceof Value.Items;
        Node loop = (item || append) && st.value() != null ? LoopPasses.loop(st.value()) : null;
        if (loop == null || loop.start() <= from) return null;
        List<List<Map.Entry<Binding, Value>>> passes = LoopPasses.passes(loop, here.scope(), ev, here);
        if (passes == null || item && passes.size() < 2) return null;
        Map<String, Value> entries = item ? new LinkedHashMap<>(((Value.Dict) before).entries()) : null;
        List<Value> list = append ? new ArrayList<>(((Value.Items) before).items()) : null;
        Context inside = here.moved(here.scope(), st.value().start()); // the body's own bindings before the store hold
        for (List<Map.Entry<Binding, Value>> pins : passes) {
            Value value = ev.holding(pins, () -> ev.eval(st.value(), inside));
            if (append) {
                list.add(value);
                continue;
            }
            if (!(ev.holding(pins, () -> ev.eval(st.key(), inside)) instanceof Value.Literal l && l.value() instanceof String k)) return null;
            entries.put(k, value);
        }
        return item ? new Value.Dict(entries) : new Value.Items(list, ((Value.Items) before).counted() && !LoopPasses.inLoopAfter(loop, from));
    }

    /** Whether a store may be one: an item store under a plain name whose key is an identifier. */
    static boolean candidate(ItemStore st) {
        return st.how().equals("item") && st.key() != null && st.key().is("identifier") && st.value() != null && !st.name().contains(".");
    }

    /** The for loop whose body holds the store as a statement and whose first target is the store's key; null when none. */
    private static Node loop(ItemStore st) {
        Node assignment = candidate(st) ? st.value().parent() : null;
        Node loop = assignment != null && assignment.is("assignment") ? LoopPasses.loop(assignment) : null;
        if (loop == null) return null;
        Node target = loop.field("left");
        if (target != null && (target.is("pattern_list") || target.is("tuple_pattern")) && !target.named().isEmpty()) target = target.named().get(0);
        return target != null && target.is("identifier") && target.text().equals(st.key().text()) ? loop : null;
    }

    /**
     * range(len(name)), enumerate(name), name, name.keys(), name.items(): a loop over every index or key of the container;
     * range, len and enumerate are evaluated, so a project's own function of that name is not taken for the builtin.
     */
    private static boolean covers(Node iterable, String name, Evaluator ev, Context at) {
        if (iterable == null) return false;
        if (named(iterable, name)) return true;
        Node fn = iterable.is("call") ? iterable.field("function") : null;
        Node only = onlyArgument(iterable);
        if (fn != null && fn.is("attribute") && iterable.field("arguments").named().isEmpty()) {
            String method = BuiltinsLibrary.dictView(fn.field("attribute").text());
            return named(fn.field("object"), name) && (method.equals("keys") || method.equals("items"));
        }
        if (fn == null || only == null) return false;
        if (builtin(fn, "enumerate", ev, at)) return named(only, name);
        return builtin(fn, "range", ev, at) && only.is("call") && builtin(only.field("function"), "len", ev, at) && named(onlyArgument(only), name);
    }

    private static boolean named(Node n, String name) {
        return n != null && n.is("identifier") && n.text().equals(name);
    }

    /** The one positional argument of a call; null for another call or a node that is not one. */
    private static Node onlyArgument(Node call) {
        Node args = call.is("call") ? call.field("arguments") : null;
        return args != null && args.is("argument_list") && args.named().size() == 1 && !args.named().get(0).is("keyword_argument") ? args.named().get(0) : null;
    }

    /** The builtin of that name, also as Python 2/3 compatibility code imports it ({@code from six.moves import range}, {@code from builtins import range}). */
    private static boolean builtin(Node fn, String name, Evaluator ev, Context at) {
        return ev.eval(fn, at) instanceof Value.Lib l && (l.name().equals(name) || l.name().equals("builtins." + name) || l.name().equals("six.moves." + name));
    }
}
