package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.semantic.Binding;
import dev.lossadvisor.engine.python.semantic.SourceFile;
import dev.lossadvisor.engine.python.syntax.Node;
import dev.lossadvisor.engine.python.syntax.Tree;
import java.util.ArrayList;
import java.util.List;

/**
 * keras.models.load_model(path) in a script that saves its own model to that same path (load it if the file exists,
 * else build it; train; save): the file holds only what the script saves there, so the loaded model is the saved one.
 * Evaluating the saved model meets the load again; there it is a placeholder the join drops, which leaves the models
 * the script builds. A path the script does not save to stays unknown.
 */
final class SavedModels {
    private SavedModels() {}

    static Value loaded(Args args, Node load) {
        if (!(args.value(0, "filepath") instanceof Literal l && l.value() instanceof String path)) return Value.UNKNOWN;
        return args.evaluator().once(load, new Literal(null), () -> {
            SourceFile file = args.context().scope().file();
            List<Value> saved = new ArrayList<>();
            for (Tree.Call c : file.tree().calls()) {
                Node model = savedModel(c);
                if (model == null) continue;
                Context at = new Context(file.scopeOf(c.node()), c.node().start(), null, null, null, args.context().depth() + 1);
                Args those = new Args(c.node().field("arguments"), at, args.evaluator());
                int position = c.name().equals("save") ? 0 : 1;
                if (!(those.value(position, "filepath") instanceof Literal p && path.equals(p.value()))) continue;
                saved.add(args.evaluator().eval(model, at));
            }
            Value v = Joins.join(saved);
            return saved.isEmpty() || v instanceof Literal ? Value.UNKNOWN : v;
        });
    }

    /**
     * torch.load(path) in a script that saves a whole model to that path with torch.save(model, path) (the best
     * checkpoint, loaded back for the test run): what the script saves there, as for Keras. The path is a known string or
     * a file opened on one ({@code with open(args.save, "rb") as f}); another path stays unknown.
     */
    static Value torchLoaded(Args args, Node load) {
        Object path = path(args.node(0, "f"), args.context(), args.evaluator());
        if (path == null) return Value.UNKNOWN;
        return args.evaluator().once(load, new Literal(null), () -> {
            SourceFile file = args.context().scope().file();
            List<Value> saved = new ArrayList<>();
            for (Tree.Call c : file.tree().calls()) {
                if (!c.name().equals("save")) continue;
                Context at = new Context(file.scopeOf(c.node()), c.node().start(), null, null, null, args.context().depth() + 1);
                if (!(args.evaluator().eval(c.node().field("function"), at) instanceof Value.Lib l && l.name().equals("torch.save"))) continue;
                Args those = new Args(c.node().field("arguments"), at, args.evaluator());
                if (!path.equals(path(those.node(1, "f"), at, args.evaluator())) || those.node(0, "obj") == null) continue;
                saved.add(those.value(0, "obj"));
            }
            Value v = Joins.join(saved);
            return saved.isEmpty() || v instanceof Literal ? Value.UNKNOWN : v;
        });
    }

    /** The path a torch.load or torch.save argument names: a known string, or the one a with statement opened it on; else null. */
    private static Object path(Node n, Context c, Evaluator ev) {
        if (n == null) return null;
        if (ev.eval(n, c) instanceof Literal l && l.value() instanceof String s) return s;
        if (!n.is("identifier")) return null;
        List<Binding> bound = c.scope().lookup(n.text(), n.start());
        Node opened = bound.size() == 1 && bound.get(0).kind() == Binding.Kind.WITH ? bound.get(0).value() : null;
        if (opened == null || !opened.is("call") || !(ev.eval(opened.field("function"), c) instanceof Value.Lib f) || !f.name().equals("open")) return null;
        Node arguments = opened.field("arguments");
        Node first = arguments == null || arguments.named().isEmpty() ? null : arguments.named().get(0);
        return first != null && !first.is("keyword_argument") && ev.eval(first, c) instanceof Literal p && p.value() instanceof String s ? s : null;
    }

    /** The model a call saves: m.save(path) or save_model(m, path); null for any other call. */
    private static Node savedModel(Tree.Call c) {
        Node function = c.node().field("function");
        Node arguments = c.node().field("arguments");
        if (function == null || arguments == null) return null;
        if (c.name().equals("save") && function.is("attribute")) return function.field("object");
        if (c.name().equals("save_model") && !arguments.named().isEmpty() && !arguments.named().get(0).is("keyword_argument")) return arguments.named().get(0);
        return null;
    }
}
