package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Function;
import dev.lossadvisor.engine.python.eval.Value.Instance;
import dev.lossadvisor.engine.python.semantic.Binding;
import dev.lossadvisor.engine.python.semantic.CallSites;
import dev.lossadvisor.engine.python.semantic.Scope;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A LightningModule's {@code training_step(batch, batch_idx)}: Lightning calls it with each batch of the loader that
 * {@code trainer.fit(model, loader)} was given ({@code train_dataloaders=}, or a datamodule's {@code train_dataloader()}),
 * so its batch is an item of that loader, every fit of an object of the class agreeing. {@code validation_step} gets the
 * batches of a fit's {@code val_dataloaders} (a fit without them runs none) or {@code trainer.validate(model, loader)}'s,
 * {@code test_step} those of {@code trainer.test(model, loader)}; a datamodule stands for its {@code val_dataloader()} or
 * {@code test_dataloader()}. A call whose loader is not known leaves the batch unknown.
 */
final class LightningSteps {
    /**
     * A trainer method that runs a step: where its loader is given (position, keyword, the keyword of older Lightning),
     * where its datamodule is, and the datamodule's method that makes the loader.
     */
    private record Feed(String trainerMethod, int position, String keyword, String legacy, int datamodule, String loaderMethod) {}

    private static final Map<String, List<Feed>> FEEDS = Map.of(
            "training_step", List.of(new Feed("fit", 1, "train_dataloaders", "train_dataloader", 3, "train_dataloader")),
            "validation_step", List.of(new Feed("fit", 2, "val_dataloaders", "val_dataloader", 3, "val_dataloader"),
                    new Feed("validate", 1, "dataloaders", "val_dataloaders", 4, "val_dataloader")),
            "test_step", List.of(new Feed("test", 1, "dataloaders", "test_dataloaders", 4, "test_dataloader")));

    private LightningSteps() {}

    /** The batch a step's second parameter gets, or null for any other parameter. */
    static Value batch(Scope fn, Binding b, Evaluator ev, Context c) {
        Scope cls = fn.parent();
        List<Feed> feeds = FEEDS.get(fn.name());
        if (feeds == null || b.path().get(0) != 1 || cls == null || cls.kind() != Scope.Kind.CLASS) return null;
        if (!ev.extendsLibrary(new Value.ClassDef(cls), c, "LightningModule")) return null;
        List<Value> batches = new ArrayList<>();
        for (Feed feed : feeds) {
            for (CallSites.Site site : ev.project().callsNamed(feed.trainerMethod(), fn.file())) {
                Node function = site.call().field("function");
                if (function == null || !function.is("attribute")) continue;
                Context at = new Context(site.file().scopeOf(site.call()), site.call().start(), null, null, null, c.depth() + 1);
                Args args = ev.arguments(site.call(), at);
                if (!(args.value(0, "model") instanceof Instance model) || model.type().scope() != cls) continue;
                Value source = source(feed, args, ev, at);
                if (source != null) batches.add(ev.itemOf(loaderOf(source, feed, ev, at), at));
            }
        }
        return batches.isEmpty() ? null : Joins.join(batches);
    }

    /** The loader or datamodule a call gives the step, or null when it runs no such step (a fit without validation data). */
    private static Value source(Feed feed, Args args, Evaluator ev, Context at) {
        Node loader = args.node(feed.position(), feed.keyword()) != null ? args.node(feed.position(), feed.keyword()) : args.keyword(feed.legacy());
        if (loader != null) return ev.eval(loader, at);
        if (args.node(feed.datamodule(), "datamodule") != null || feed.position() == 1) return args.value(feed.datamodule(), "datamodule");
        // trainer.fit(model, dm): a datamodule given as the training loader gives the validation loader too
        Value first = args.value(1, "train_dataloaders");
        return first instanceof Instance dm && ev.attributeOf(dm, feed.loaderMethod(), at) instanceof Function ? dm : null;
    }

    /** A datamodule (given as the loader too, as Lightning allows) stands for what its train_/val_/test_dataloader() returns. */
    private static Value loaderOf(Value source, Feed feed, Evaluator ev, Context c) {
        if (source instanceof Instance dm && ev.attributeOf(dm, feed.loaderMethod(), c) instanceof Function f) return ev.returned(f, Args.NONE, c);
        return source;
    }
}
