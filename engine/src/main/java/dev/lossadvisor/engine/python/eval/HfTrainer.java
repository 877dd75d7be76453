package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.semantic.Binding;
import dev.lossadvisor.engine.python.semantic.CallSites;
import dev.lossadvisor.engine.python.semantic.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A transformers Trainer subclass's hooks: the library calls {@code compute_loss(model, inputs)} (and its other steps)
 * with the model the trainer was made with, so their {@code model} is the {@code model=} of every construction of the
 * subclass, all agreeing.
 */
final class HfTrainer {
    private static final Set<String> HOOKS = Set.of("compute_loss", "training_step", "prediction_step");
    private static final String[] TRAINERS = {"transformers.Trainer", "transformers.trainer.Trainer", "Seq2SeqTrainer", "trl.SFTTrainer"};

    private HfTrainer() {}

    /** The model a hook's {@code model} parameter gets, or null for any other parameter. */
    static Value model(Scope fn, Binding b, Evaluator evaluator, Context c) {
        Scope cls = fn.parent();
        if (!b.name().equals("model") || !HOOKS.contains(fn.name()) || cls == null || cls.kind() != Scope.Kind.CLASS) return null;
        Value.ClassDef trainer = new Value.ClassDef(cls);
        if (!evaluator.extendsLibrary(trainer, c, TRAINERS)) return null;
        List<Value> models = new ArrayList<>();
        for (CallSites.Site site : evaluator.project().callsNamed(cls.name(), fn.file())) {
            Context at = new Context(site.file().scopeOf(site.call()), site.call().start(), null, null, null, c.depth() + 1);
            if (!(evaluator.eval(site.call().field("function"), at) instanceof Value.ClassDef k) || k.scope() != cls) continue;
            Args args = evaluator.arguments(site.call(), at);
            // Trainer(model=None, args=None, ...): by position only when the subclass keeps Trainer's own __init__
            models.add(args.keyword("model") != null || cls.methods().get("__init__") == null ? args.value(0, "model") : Value.UNKNOWN);
        }
        return models.isEmpty() ? null : Joins.join(models);
    }
}
