package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Function;
import dev.lossadvisor.engine.python.eval.Value.Instance;
import dev.lossadvisor.engine.python.semantic.Binding;
import dev.lossadvisor.engine.python.semantic.CallSites;
import dev.lossadvisor.engine.python.semantic.Scope;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * A LightningModule's {@code training_step(batch, batch_idx)}: Lightning calls it with each batch of the loader that
 * {@code trainer.fit(model, loader)} was given ({@code train_dataloaders=}, or a datamodule's {@code train_dataloader()}),
 * so its batch is an item of that loader, every fit of an object of the class agreeing. A fit whose loader is not known
 * leaves the batch unknown.
 */
final class LightningSteps {

    private LightningSteps() {}

    /** The batch a training_step's second parameter gets, or null for any other parameter. */
    static Value batch(Scope fn, Binding b, Evaluator ev, Context c) {
        Scope cls = fn.parent();
        if (!fn.name().equals("training_step") || b.path().get(0) != 1 || cls == null || cls.kind() != Scope.Kind.CLASS) return null;
        if (!ev.extendsLibrary(new Value.ClassDef(cls), c, "LightningModule")) return null;
        List<Value> batches = new ArrayList<>();
        for (CallSites.Site site : ev.project().callsNamed("fit", fn.file())) {
            Node function = site.call().field("function");
            if (function == null || !function.is("attribute")) continue;
            Context at = new Context(site.file().scopeOf(site.call()), site.call().start(), null, null, null, c.depth() + 1);
            Args args = ev.arguments(site.call(), at);
            if (!(args.value(0, "model") instanceof Instance model) || model.type().scope() != cls) continue;
            Node loader = args.node(1, "train_dataloaders") != null ? args.node(1, "train_dataloaders") : args.keyword("train_dataloader");
            Value source = loader != null ? ev.eval(loader, at) : args.value(3, "datamodule");
            batches.add(ev.itemOf(loaderOf(source, ev, at), at));
        }
        return batches.isEmpty() ? null : Joins.join(batches);
    }

    /** A datamodule (given as the loader too, as Lightning allows) stands for what its train_dataloader() returns. */
    private static Value loaderOf(Value source, Evaluator ev, Context c) {
        if (source instanceof Instance dm && ev.attributeOf(dm, "train_dataloader", c) instanceof Function f) return ev.returned(f, Args.NONE, c);
        return source;
    }
}
