package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.semantic.Binding;
import dev.lossadvisor.engine.python.semantic.ItemStore;
import dev.lossadvisor.engine.python.semantic.Scope;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.List;

/**
 * A dict handed to project code that stores entries in the parameter it gets it as: speech models of the NATSpeech
 * family pass one {@code ret = {}} through their parts ({@code self.ph_predictor(feat, ret)}, whose forward does
 * {@code ret["ph_logits"] = ...}), and a helper may fill the dict it is given ({@code add_heads(h, out)}). After the call
 * the dict holds what the callee stored there, in source order with its own stores; a callee not known, or one that
 * stores nothing in that parameter, leaves the dict as it is.
 */
final class DictFills {
    /** The how of a call that hands the dict to project code, kept among the dict's own stores. */
    static final String HOW = "handed";

    private DictFills() {}

    /** {@code stores} with the calls in {@code at}'s scope between the offsets that pass {@code name} as an argument, in source order. */
    static List<ItemStore> merged(List<ItemStore> stores, String name, int from, int until, Context at) {
        return HandedOn.merged(stores, name, HOW, false, from, until, at);
    }

    /** The dict after the function, method or module called at {@code call} has stored its entries in the parameter it receives it in. */
    static Value filled(Value dict, Node call, String name, Context here, Evaluator evaluator) {
        Value callee = evaluator.eval(call.field("function"), here);
        Value.Function f = callee instanceof Value.Function fn ? fn : callee instanceof Value.Instance i ? evaluator.invoked(i, here) : null;
        if (f == null || f.scope().kind() != Scope.Kind.FUNCTION || f.scope().node().is("lambda")) return dict;
        Scope fn = f.scope();
        boolean method = fn.parent() != null && fn.parent().kind() == Scope.Kind.CLASS;
        if (method && f.self() == null) return dict; // Cls.method(obj, d) or a static method: its parameters are not placed here
        Args args = new Args(call.field("arguments"), here, evaluator);
        for (Binding p : fn.parametersInOrder()) {
            if (p.path().size() != 1 || method && p.path().get(0) == 0) continue;
            Node arg = args.node(method ? p.path().get(0) - 1 : p.path().get(0), p.name());
            if (arg == null || !arg.is("identifier") || !arg.text().equals(name)) continue;
            Context inside = new Context(fn, fn.node().start(), f.self(), fn, args, here.depth() + 1);
            return evaluator.grownIn(dict, p.name(), fn.node().start(), inside);
        }
        return dict;
    }
}
