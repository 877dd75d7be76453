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
 * A project class deriving from a torch loss without a forward of its own ({@code class SmoothedCE(nn.CrossEntropyLoss)}
 * whose {@code __init__} only fixes options): calling one of its objects runs the library loss, with the options the
 * class hands to {@code super().__init__(...)}. A class whose options are not all seen (a second library base, an
 * {@code __init__} of a project class between, a splat of arguments not known to be empty) is not one.
 */
final class LossSubclasses {
    private LossSubclasses() {}

    /** The loss an object of class {@code k} made with {@code args} is, or null when it is not such a class. */
    static Loss made(ClassDef k, Args args, Node call, Context c, Evaluator ev) {
        Lib base = null;
        Scope init = null;
        boolean initBelowBase = false;
        for (ClassDef cls : ev.mro(k, c)) {
            Scope s = cls.scope();
            if (s.methods().containsKey("forward") || s.methods().containsKey("__call__")) return null;
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
        if (base == null || !base.name().startsWith("torch.nn.") || !base.name().endsWith("Loss")) return null;
        Loss library;
        if (init == null) {
            library = ev.apply(base, args, call, c) instanceof Loss l ? l : null;
        } else {
            Node sup = initBelowBase ? superInit(init) : null;
            if (sup == null || !emptySplats(sup, init, args)) return null;
            Context inInit = new Context(init, sup.start(), null, init, args, c.depth() + 1);
            library = ev.apply(base, ev.arguments(sup, inInit), call, inInit) instanceof Loss l ? l : null;
        }
        return library == null ? null : new Loss(library.framework(), library.name(), k.name() + " (" + library.shown() + ")", library.options(), library.place());
    }

    /** The one super().__init__(...) call of an __init__, or null when there is none or more. */
    private static Node superInit(Scope init) {
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
