package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Dict;
import dev.lossadvisor.engine.python.eval.Value.Instance;
import dev.lossadvisor.engine.python.eval.Value.Items;
import dev.lossadvisor.engine.python.eval.Value.Layer;
import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.eval.Value.Loss;
import dev.lossadvisor.engine.python.eval.Value.Tensor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The value of a name with several candidates (if/else, several call sites, a registry): known only when all agree
 * on what matters to the loss rules. A None among others is a placeholder set before the real value, and is dropped, as is
 * an empty tensor among tensors.
 */
final class Joins {
    private Joins() {}

    static Value join(List<Value> values) {
        List<Value> real = new ArrayList<>();
        for (Value v : values) if (!(v instanceof Literal l && l.value() == null)) real.add(v);
        // an empty tensor or list set before a loop grows it (outs = torch.tensor([]), then torch.cat in the loop) is a placeholder too
        if (real.stream().anyMatch(v -> v instanceof Tensor) && real.stream().allMatch(v -> v instanceof Tensor || empty(v))) real.removeIf(Joins::empty);
        if (real.isEmpty()) return values.isEmpty() ? Value.UNKNOWN : values.get(0);
        Value first = real.get(0);
        for (Value v : real.subList(1, real.size())) {
            first = agree(first, v);
            if (first instanceof Value.Unknown) return first;
        }
        return first;
    }

    /**
     * The value of a name whose candidates known tests narrow (if/elif on an argparse default): the join of all of them
     * when they agree or are objects kept apart (each still followed, those the tests take preferred where the others'
     * results disagree); else the join of the candidates the tests take.
     */
    static Value decided(List<Value> all, List<Value> taken) {
        Value joined = join(all);
        if (taken.size() == all.size() || taken.isEmpty()) return joined;
        Value chosen = join(taken);
        if (joined instanceof Value.Either e && !(chosen instanceof Value.Unknown)) {
            return new Value.Either(e.candidates(), chosen instanceof Value.Either c ? c.candidates() : List.of(chosen));
        }
        // a bound (widths 10 and 100 of two datasets) says less than the one value the tests take
        return joined instanceof Value.Unknown || joined instanceof Value.AtLeast ? chosen : joined;
    }

    /** What each object kept apart gives, joined; where they disagree, what the preferred ones give (kept preferred). */
    static Value each(Value.Either either, Function<Value, Value> f) {
        List<Value> all = either.candidates().stream().map(f).toList();
        return either.preferred().isEmpty() ? join(all) : decided(all, either.preferred().stream().map(f).toList());
    }

    /**
     * A container after a change that may not run: a list keeps a place of no known value for each item it may have
     * gained (the last module of {@code nn.Sequential(*layers)} is then not known, the ones before it still are); a dict,
     * its entries joined, one it may have gained not known; an nn.Sequential that may have grown, open to the next module.
     */
    static Value maybe(Value before, Value after) {
        if (before instanceof Items b && after instanceof Items a && a.items().size() >= b.items().size()) {
            List<Value> out = new ArrayList<>();
            for (int i = 0; i < a.items().size(); i++) out.add(i < b.items().size() ? same(b.items().get(i), a.items().get(i)) : Value.UNKNOWN);
            return new Items(out);
        }
        if (before instanceof Dict b && after instanceof Dict a) {
            Map<String, Value> out = new LinkedHashMap<>();
            a.entries().forEach((k, v) -> out.put(k, b.entries().containsKey(k) ? same(b.entries().get(k), v) : Value.UNKNOWN));
            return new Dict(out);
        }
        if (before instanceof Layer l && after instanceof Layer) {
            Value joined = agree(before, after);
            return joined instanceof Layer ? joined : new Layer(null, 0, l.place(), l.shown(), null, true);
        }
        return join(List.of(before, after));
    }

    private static Value same(Value a, Value b) {
        return a.equals(b) ? a : agree(a, b);
    }

    /** An empty list or tensor: torch.tensor([]), torch.Tensor(), []. */
    static boolean empty(Value v) {
        return v instanceof Items items && items.items().isEmpty();
    }

    /** At most this many objects of different classes are followed for one name. */
    static final int MAX_EITHER = 4;
    /** At most this many classes and functions looked up by a key not known are kept for a call to narrow. */
    private static final int MAX_LOOKED_UP = 32;

    /**
     * The entries a key not known may pick (MODELS[args.arch], a module's names): classes and functions kept apart
     * however many (up to a bound), for the call made on them to rule out those its signature cannot take
     * ({@link Signatures}); else their join.
     */
    static Value lookedUp(List<Value> values) {
        boolean callables = values.stream().allMatch(v -> v instanceof Value.ClassDef || v instanceof Value.Function);
        return values.size() > MAX_EITHER && values.size() <= MAX_LOOKED_UP && callables ? new Value.Either(List.copyOf(values)) : join(values);
    }

    /** Objects of different classes kept apart, each decided where it is called. */
    private static Value either(Value a, Value b) {
        List<Value> all = new ArrayList<>();
        for (Value v : List.of(a, b)) {
            if (v instanceof Value.Either e) all.addAll(e.candidates());
            else all.add(v);
        }
        return all.size() > MAX_EITHER ? Value.UNKNOWN : new Value.Either(List.copyOf(all));
    }

    /** Objects, classes and functions of the project are kept apart when they differ (a registry's entries), each followed. */
    private static boolean kept(Value v) {
        return v instanceof Instance || v instanceof Value.Either || v instanceof Value.ClassDef || v instanceof Value.Function;
    }

    /** One loss with the options both candidates give alike; an option they give differently is present, of no known value. */
    private static Loss options(Loss l, Loss m) {
        if (l.options().equals(m.options())) return l;
        Map<String, Object> joined = new LinkedHashMap<>();
        Map<String, Object> a = l.options().values();
        Map<String, Object> b = m.options().values();
        for (String k : a.keySet()) joined.put(k, java.util.Objects.equals(a.get(k), b.get(k)) ? a.get(k) : "(differs between branches)");
        for (String k : b.keySet()) joined.putIfAbsent(k, "(differs between branches)");
        return new Loss(l.framework(), l.name(), l.shown(), new dev.lossadvisor.engine.input.LossOptions(joined), l.place());
    }

    /** The joined value of two candidates, or unknown when they differ in what the rules look at. */
    private static Value agree(Value a, Value b) {
        if (a instanceof Value.Unknown || b instanceof Value.Unknown) return Value.UNKNOWN;
        if (a instanceof Tensor t && b instanceof Tensor u) {
            if (!t.activation().equals(u.activation())) return Value.UNKNOWN;
            int units = Widths.join(t.units(), u.units()); // widths that differ leave a lower bound, not the activation
            int times = Math.min(t.times(), u.times()); // applied twice only when every candidate applies it twice
            String over = t.over().equals(u.over()) ? t.over() : ""; // likewise over log-probabilities
            if (t.place().equals(u.place()) && units == t.units() && times == t.times() && over.equals(t.over())) return t;
            List<Tensor> alike = new ArrayList<>(t.alike());
            if (!t.place().equals(u.place())) alike.add(u);
            return new Tensor(t.activation(), units, t.place(), t.shown(), t.name(), t.steps(), List.copyOf(alike), times, over);
        }
        if (a instanceof Value.KerasModel x && b instanceof Value.KerasModel y && x.output() != null && y.output() != null) {
            // the models two factories make: one output when theirs agree, each activation in its place
            return agree(x.output(), y.output()) instanceof Tensor t ? new Value.KerasModel(t, List.of(), Map.of()) : Value.UNKNOWN;
        }
        if (a instanceof Layer l && b instanceof Layer m) return l.activation() != null && l.activation().equals(m.activation()) && l.units() == m.units() ? l : Value.UNKNOWN;
        if (a instanceof Loss l && b instanceof Loss m) return l.framework().equals(m.framework()) && l.name().equals(m.name()) ? options(l, m) : Value.UNKNOWN;
        // labels encoded alike in two places (pd.get_dummies in a loader's two methods): the kind and count are what the rules read
        if (a instanceof Value.Labels l && b instanceof Value.Labels m) return l.kind().equals(m.kind()) && l.classes() == m.classes() ? l : Value.UNKNOWN;
        if (a instanceof Instance i && b instanceof Instance j && i.type().scope() == j.type().scope() && i.patched().equals(j.patched())) return i;
        if (kept(a) && kept(b)) return either(a, b);
        if (a instanceof Items x && b instanceof Items y && x.items().size() == y.items().size()) {
            List<Value> out = new ArrayList<>();
            for (int i = 0; i < x.items().size(); i++) out.add(agree(x.items().get(i), y.items().get(i)));
            return new Items(out);
        }
        if (a instanceof Dict x && b instanceof Dict y && x.entries().keySet().equals(y.entries().keySet())) {
            Map<String, Value> out = new LinkedHashMap<>();
            x.entries().forEach((k, v) -> out.put(k, agree(v, y.entries().get(k))));
            return new Dict(out);
        }
        if (a instanceof Value.Fields x && b instanceof Value.Fields y && x.names().equals(y.names()) && x.ordered() == y.ordered()) {
            List<Value> out = new ArrayList<>();
            for (int i = 0; i < x.values().size(); i++) out.add(agree(x.values().get(i), y.values().get(i)));
            return new Value.Fields(x.names(), out, x.ordered());
        }
        if (a.equals(b)) return a;
        return Widths.bound(a) > 0 && Widths.bound(b) > 0 ? new Value.AtLeast(Math.min(Widths.bound(a), Widths.bound(b))) : Value.UNKNOWN;
    }
}
