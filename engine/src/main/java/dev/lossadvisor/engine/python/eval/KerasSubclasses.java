package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.ClassDef;
import dev.lossadvisor.engine.python.eval.Value.Instance;
import dev.lossadvisor.engine.python.semantic.Binding;
import dev.lossadvisor.engine.python.semantic.Scope;
import dev.lossadvisor.engine.python.syntax.Node;

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
        if (i.construction() == null || i.construction().isEmpty() || !ev.extendsLibrary(i.type(), c, MODEL)) return Value.UNKNOWN;
        for (ClassDef cls : ev.mro(i.type(), c)) if (cls.scope().methods().containsKey("__init__")) return Value.UNKNOWN;
        Node at = i.type().scope().node();
        return ev.apply(ev.apply(new Value.Lib("keras.Model"), i.construction(), at, c), args, at, c);
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
