package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.ClassDef;
import dev.lossadvisor.engine.python.eval.Value.Instance;
import dev.lossadvisor.engine.python.semantic.Binding;
import dev.lossadvisor.engine.python.semantic.CallSites;
import dev.lossadvisor.engine.python.semantic.Scope;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * What Keras itself does with a project's subclass of keras.Model: a subclass that only overrides steps
 * ({@code class CustomModel(keras.Model): def train_step(...)}) made as {@code CustomModel(inputs, outputs)} is a
 * functional model of those outputs; and Keras's own train_step calls a {@code compute_loss(x, y, y_pred,
 * sample_weight)} override with {@code y_pred = self(x)}.
 */
final class KerasSubclasses {
    private static final String[] MODEL = {"keras.Model", "keras.models.Model"};

    private KerasSubclasses() {}

    /**
     * What calling an instance of a subclass with no __init__ and no call of its own gives: the output of the functional
     * model it is made as; unknown for any other instance.
     */
    static Value functional(Instance i, Args args, Evaluator ev, Context c) {
        if (!ev.extendsLibrary(i.type(), c, MODEL)) return Value.UNKNOWN;
        for (ClassDef cls : ev.mro(i.type(), c)) {
            Node init = cls.scope().methods().get("__init__");
            if (init != null && !forwards(cls.scope().child(init))) return Value.UNKNOWN;
        }
        if (i.construction() == null) return made(i.type(), args, ev, c);
        if (i.construction().isEmpty()) return Value.UNKNOWN;
        Node at = i.type().scope().node();
        return ev.apply(ev.apply(new Value.Lib("keras.Model"), i.construction(), at, c), args, at, c);
    }

    /**
     * An __init__ that hands every argument to keras.Model's ({@code def __init__(self, *args, **kwargs):
     * super().__init__(*args, **kwargs)}, then sets attributes): the object is still the functional model of those arguments.
     */
    private static boolean forwards(Scope init) {
        Node params = init.node().field("parameters");
        if (params == null || params.named().size() != 3) return false;
        Node rest = Scope.unannotated(params.named().get(1)), keywords = Scope.unannotated(params.named().get(2));
        if (!rest.is("list_splat_pattern") || !keywords.is("dictionary_splat_pattern")) return false;
        Node sup = LibrarySubclasses.superInit(init);
        Node args = sup == null ? null : sup.field("arguments");
        return args != null && args.named().size() == 2 && splatOf(args.named().get(0), "list_splat", rest)
                && splatOf(args.named().get(1), "dictionary_splat", keywords);
    }

    /** Whether an argument is {@code *name} / {@code **name} of the name a splat parameter binds. */
    static boolean splatOf(Node argument, String kind, Node parameter) {
        Node name = argument.is(kind) && !argument.named().isEmpty() ? argument.named().get(0) : null;
        Node bound = parameter.named().isEmpty() ? null : parameter.named().get(0);
        return name != null && bound != null && name.is("identifier") && name.text().equals(bound.text());
    }

    /**
     * {@code self(x)} in a step of the subclass, on a self not made at a known call: what the functional models the
     * project makes of the class ({@code CustomModel(inputs, outputs)}) give, all agreeing.
     */
    private static Value made(ClassDef type, Args args, Evaluator ev, Context c) {
        List<Value> outputs = new ArrayList<>();
        for (CallSites.Site s : ev.project().callsNamed(type.name(), type.scope().file())) {
            Context at = new Context(s.file().scopeOf(s.call()), s.call().start(), null, null, null, c.depth() + 1);
            if (!(ev.eval(s.call().field("function"), at) instanceof ClassDef k && k.scope() == type.scope())) continue;
            outputs.add(functional(new Instance(type, new Args(s.call().field("arguments"), at, ev)), args, ev, c));
        }
        return outputs.isEmpty() ? Value.UNKNOWN : Joins.join(outputs);
    }

    /**
     * Keras 3's {@code model.stateless_call(trainable, non_trainable, x, training=True)} in a JAX train step: the pair of
     * what calling the model on {@code x} gives and the new non-trainable variables; unknown on anything but a Keras model.
     */
    static Value statelessCall(Value model, Args args, Node call, Evaluator ev, Context c) {
        boolean keras = model instanceof Value.KerasModel || model instanceof Instance i && ev.extendsLibrary(i.type(), c, MODEL);
        return keras ? new Value.Items(List.of(ev.apply(model, args.afterFirst().afterFirst(), call, c), Value.UNKNOWN)) : Value.UNKNOWN;
    }

    /**
     * The model's output as a compute_loss override's {@code y_pred}, when Keras's train_step is the one that calls it (no
     * class of the model's defines its own train_step or test_step, whose calls then say what y_pred is); else null.
     */
    static Value predicted(Scope fn, Binding b, Evaluator ev, Context c) {
        Scope cls = fn.parent();
        if (!fn.name().equals("compute_loss") || !b.name().equals("y_pred") || cls == null || cls.kind() != Scope.Kind.CLASS) return null;
        ClassDef model = new ClassDef(cls);
        if (!ev.extendsLibrary(model, c, MODEL)) return null;
        for (ClassDef k : ev.mro(model, c)) if (k.scope().methods().containsKey("train_step") || k.scope().methods().containsKey("test_step")) return null;
        return ev.callInstance(new Instance(model, null), ev.arguments(null, c), c);
    }
}
