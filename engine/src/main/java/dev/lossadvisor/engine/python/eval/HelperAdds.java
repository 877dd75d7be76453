package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.semantic.Binding;
import dev.lossadvisor.engine.python.semantic.ItemStore;
import dev.lossadvisor.engine.python.semantic.Scope;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.List;

/**
 * A Keras Sequential handed to a project function that grows it ({@code add_head(model, n_classes)} doing
 * {@code model.add(Dense(n_classes))}): the layers that function adds to its parameter come at the call, in source order
 * with the model's own adds. A function that adds nothing to that parameter leaves the model as it is.
 */
final class HelperAdds {
    /** The how of a call that hands the model to a project function, kept among the model's own stores. */
    static final String HOW = "helper";

    private HelperAdds() {}

    /** {@code stores} with the calls of a bare name in {@code at}'s scope between the offsets that pass {@code name} as an argument, in source order. */
    static List<ItemStore> merged(List<ItemStore> stores, String name, int from, int until, Context at) {
        return HandedOn.merged(stores, name, HOW, true, from, until, at);
    }

    /** The model after the project function called at {@code call} has added its layers to the parameter it receives the model in. */
    static Value added(Value model, Node call, String name, Context here, Evaluator evaluator) {
        Value callee = evaluator.eval(call.field("function"), here);
        if (!(callee instanceof Value.Function f) || f.self() != null || f.scope().kind() != Scope.Kind.FUNCTION || f.scope().node().is("lambda")) return model;
        Args args = new Args(call.field("arguments"), here, evaluator);
        for (Binding p : f.scope().parametersInOrder()) {
            Node arg = p.path().size() == 1 ? args.node(p.path().get(0), p.name()) : null;
            if (arg == null || !arg.is("identifier") || !arg.text().equals(name)) continue;
            Context inside = new Context(f.scope(), f.scope().node().start(), null, f.scope(), args, here.depth() + 1);
            return evaluator.grownIn(model, p.name(), f.scope().node().start(), inside);
        }
        return model;
    }
}
