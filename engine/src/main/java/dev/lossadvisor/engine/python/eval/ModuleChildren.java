package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.ClassDef;
import dev.lossadvisor.engine.python.eval.Value.Instance;
import dev.lossadvisor.engine.python.semantic.Binding;
import dev.lossadvisor.engine.python.semantic.ItemStore;
import dev.lossadvisor.engine.python.semantic.Scope;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code for layer in self.children(): x = layer(x)}: an nn.Module's children are the modules its __init__ registers, in
 * the order it registers them ({@code self.fc = nn.Linear(...)}, {@code self.add_module(name, m)}, one per pass of a for
 * loop over a known list); setting an attribute again keeps its place, as torch's module dict does. A value that is
 * surely no module (a number, a tensor, a parameter) is no child; one not known stays in as unknown, so a list ending
 * in it ends the flow. A store under a test of no known value ({@code if probabilities: self.prob = nn.Softmax(1)})
 * may not run: a child it would add is not known either; one under a test known false (the constructor's default) is none.
 */
final class ModuleChildren {

    private ModuleChildren() {}

    /** The children of {@code i} in order, or unknown when more than one class of it has an __init__ or a registration is not followed. */
    static Value of(Instance i, Evaluator ev, Context c) {
        Scope init = null;
        for (ClassDef cls : ev.mro(i.type(), c)) {
            Node def = cls.scope().methods().get("__init__");
            if (def == null) continue;
            if (init != null) return Value.UNKNOWN; // a project base class registers its own children first
            init = cls.scope().child(def);
        }
        List<Binding> params = init == null ? List.of() : init.parametersInOrder();
        if (params.isEmpty()) return Value.UNKNOWN;
        String self = params.get(0).name();
        Map<String, Value> byName = new LinkedHashMap<>();
        int unnamed = 0;
        for (ItemStore st : init.stores(self)) {
            if (st.how().equals("attribute")) {
                String attr = st.key().text();
                Branches.Reach reach = Branches.of(st.key().parent(), init, ev, at(st, init, i, c)); // the target: a store under an if has no value node
                if (reach == Branches.Reach.NEVER) continue;
                Value v = ev.attributeOf(i, attr, c);
                if (!module(v)) byName.remove(attr); // self.head = None: that entry gone
                else if (reach == Branches.Reach.MAYBE && !byName.containsKey(attr)) byName.put(attr, Value.UNKNOWN);
                else byName.put(attr, v);
            } else if (st.how().equals("add_module")) {
                List<Value> added = added(st, init, i, ev, c);
                if (added == null) return Value.UNKNOWN;
                for (Value v : added) byName.put("\0" + unnamed++, v);
            }
        }
        return byName.isEmpty() ? Value.UNKNOWN : new Value.Items(List.copyOf(byName.values()));
    }

    /** The modules one add_module call registers: one per pass of the for loop every pass of which makes it, else the one; null when not followed. */
    private static List<Value> added(ItemStore st, Scope init, Instance i, Evaluator ev, Context c) {
        Context at = at(st, init, i, c);
        Node loop = LoopPasses.loop(st.value());
        if (loop == null) return st.value().ancestor("if_statement", "for_statement", "while_statement", "try_statement", "function_definition").is("function_definition")
                ? List.of(ev.eval(st.value(), at)) : null; // one under a branch may not run
        List<List<Map.Entry<Binding, Value>>> passes = LoopPasses.passes(loop, init, ev, at);
        if (passes == null) return null;
        List<Value> out = new ArrayList<>();
        for (List<Map.Entry<Binding, Value>> pins : passes) out.add(ev.holding(pins, () -> ev.eval(st.value(), at)));
        return out;
    }

    /** Where {@code st} runs in __init__, its parameters bound to the construction's arguments. */
    private static Context at(ItemStore st, Scope init, Instance i, Context c) {
        return new Context(init, st.offset(), i, i.construction() != null ? init : null, i.construction(), c.depth());
    }

    /** Whether a stored value may be a submodule: anything but what surely is none. */
    private static boolean module(Value v) {
        return !(v instanceof Value.Literal || v instanceof Value.Tensor || v instanceof Value.Parameter || v instanceof Value.Labels
                || v instanceof Value.Unset || v instanceof Value.Function);
    }
}
