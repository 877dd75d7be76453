package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.ClassDef;
import dev.lossadvisor.engine.python.eval.Value.Lib;
import dev.lossadvisor.engine.python.eval.Value.Loss;
import dev.lossadvisor.engine.python.semantic.Binding;
import dev.lossadvisor.engine.python.semantic.Scope;
import dev.lossadvisor.engine.python.syntax.Node;
import dev.lossadvisor.engine.python.syntax.Tree;
import java.util.List;

/**
 * A project class deriving from a torch loss or from nn.Sequential without a forward of its own ({@code class
 * SmoothedCE(nn.CrossEntropyLoss)} whose {@code __init__} only fixes options, {@code class Head(nn.Sequential)} whose
 * {@code __init__} hands its modules to {@code super().__init__(...)}, {@code class MLP(keras.Sequential)} adding its
 * layers there): calling one of its objects runs the library module, made with what the class hands to
 * {@code super().__init__(...)}. A class whose arguments are not all seen (a
 * second library base, an {@code __init__} of a project class between, a splat of arguments not known to be empty, an
 * nn.Sequential grown by {@code self.append(...)} in its {@code __init__}) is not one.
 */
final class LibrarySubclasses {
    private LibrarySubclasses() {}

    /** The loss or nn.Sequential an object of class {@code k} made with {@code args} is, or null when it is not such a class. */
    static Value made(ClassDef k, Args args, Node call, Context c, Evaluator ev) {
        Lib base = null;
        Scope init = null;
        boolean initBelowBase = false;
        for (ClassDef cls : ev.mro(k, c)) {
            Scope s = cls.scope();
            if (s.methods().containsKey("forward") || s.methods().containsKey("__call__") || s.methods().containsKey("call")) return null;
            List<Value> bases = ev.bases(cls, c);
            for (Value b : bases) {
                if (!(b instanceof Lib l)) continue;
                if (base != null) return null;
                base = l;
            }
            Node def = s.methods().get("__init__");
            if (init == null && def != null) {
                init = s.child(def);
                initBelowBase = bases.stream().anyMatch(b -> b instanceof Lib);
            }
        }
        if (base != null && (base.name().endsWith("keras.Sequential") || base.name().endsWith("keras.models.Sequential"))) return kerasSequential(base, init, initBelowBase, args, call, c, ev);
        if (base != null && (base.name().endsWith("keras.Model") || base.name().endsWith("keras.models.Model"))) return kerasFunctional(k, base, init, initBelowBase, args, call, c, ev);
        boolean sequential = base != null && base.name().equals("torch.nn.Sequential");
        if (base == null || !base.name().startsWith("torch.nn.") || !base.name().endsWith("Loss") && !sequential) return null;
        if (sequential && (init == null || grown(init))) return null;
        Value library;
        if (init == null) {
            library = ev.apply(base, args, call, c);
        } else {
            Node sup = initBelowBase ? superInit(init) : null;
            if (sup == null || !emptySplats(sup, init, args)) return null;
            Context inInit = new Context(init, sup.start(), null, init, args, c.depth() + 1);
            library = ev.apply(base, ev.arguments(sup, inInit), call, inInit);
        }
        if (sequential) return library instanceof Value.Layer ? library : null;
        return library instanceof Loss l ? new Loss(l.framework(), l.name(), k.name() + " (" + l.shown() + ")", l.options(), l.place()) : null;
    }

    /**
     * class MLP(keras.Sequential) whose __init__ hands layers (or none) to super().__init__(...) and adds more with
     * self.add(...): the Keras model those make, the adds after the super call applied as a Sequential's.
     */
    private static Value kerasSequential(Lib base, Scope init, boolean initBelowBase, Args args, Node call, Context c, Evaluator ev) {
        Node sup = init != null && initBelowBase ? superInit(init) : null;
        if (sup == null || !emptySplats(sup, init, args)) return null;
        Context inInit = new Context(init, sup.start(), null, init, args, c.depth() + 1);
        Value made = ev.apply(base, ev.arguments(sup, inInit), call, inInit);
        String self = init.parametersInOrder().isEmpty() ? null : init.parametersInOrder().get(0).name();
        return made instanceof Value.KerasModel && self != null ? ev.grownIn(made, self, sup.start(), inInit) : null;
    }

    /**
     * class Net(keras.Model) whose __init__ builds a graph and hands it to super().__init__(inputs, outputs) (Keras's
     * functional subclass idiom), with no step of its own: the functional model that makes. A class without an __init__
     * (made as Net(inputs, outputs)) or with a train_step, test_step or compute_loss stays an object of the class.
     */
    private static Value kerasFunctional(ClassDef k, Lib base, Scope init, boolean initBelowBase, Args args, Node call, Context c, Evaluator ev) {
        Node sup = init != null && initBelowBase ? superInit(init) : null;
        if (sup == null) return null;
        for (ClassDef cls : ev.mro(k, c)) if (KERAS_STEPS.stream().anyMatch(cls.scope().methods()::containsKey)) return null;
        Context inInit = new Context(init, sup.start(), null, init, args, c.depth() + 1);
        Args given = ev.arguments(sup, inInit);
        // the outputs given by place or keyword (none after a *args): a **kwargs beside them passes name= and the like
        if (given.node(1, "outputs") == null && given.keyword("output") == null) return null;
        return ev.apply(base, given, call, inInit) instanceof Value.KerasModel m ? m : null;
    }

    /** The methods of a Keras model subclass that take over from the functional model's own training. */
    private static final List<String> KERAS_STEPS = List.of("train_step", "test_step", "compute_loss");

    /** Whether an nn.Sequential's __init__ adds modules to itself (self.append, self.add_module, ...) besides super().__init__. */
    private static boolean grown(Scope init) {
        String self = init.parametersInOrder().isEmpty() ? null : init.parametersInOrder().get(0).name();
        return self == null || init.stores(self).stream().anyMatch(st -> !st.how().equals("attribute")); // self.p = p sets no module
    }

    /** The one super().__init__(...) call of an __init__, or null when there is none or more. */
    static Node superInit(Scope init) {
        Node found = null;
        for (Tree.Call call : init.file().tree().calls()) {
            Node n = call.node();
            if (n.start() < init.node().start() || n.end() > init.node().end()) continue;
            Node fn = n.field("function");
            Node object = fn != null && fn.is("attribute") ? fn.field("object") : null;
            boolean sup = object != null && object.is("call") && object.field("function") != null && object.field("function").text().equals("super")
                    && fn.field("attribute") != null && fn.field("attribute").text().equals("__init__");
            if (!sup) continue;
            if (found != null) return null;
            found = n;
        }
        return found;
    }

    /**
     * True when the super call passes no *args, and a **kwargs only of the __init__'s own catch-all while the object is
     * made with keywords naming __init__'s parameters alone (the catch-all is then empty).
     */
    private static boolean emptySplats(Node sup, Scope init, Args made) {
        Node list = sup.field("arguments");
        if (list == null) return true;
        List<String> named = init.parametersInOrder().stream().map(Binding::name).toList();
        for (Node a : list.named()) {
            if (a.is("list_splat")) return false;
            if (!a.is("dictionary_splat")) continue;
            if (made.node() != null && made.node().named().stream().anyMatch(m -> m.is("list_splat") || m.is("dictionary_splat"))) return false;
            if (made.positional().size() > named.size() - 1) return false;
            if (!made.keywords().stream().allMatch(m -> named.contains(m.field("name").text()))) return false;
        }
        return true;
    }
}
