package dev.lossadvisor.engine.python.flow;

import dev.lossadvisor.engine.python.eval.Args;
import dev.lossadvisor.engine.python.eval.Value;

/**
 * Training libraries whose own loop calls the loss on the model's output: fastai's {@code Learner(dls, model,
 * loss_func=...)} and ignite's {@code create_supervised_trainer(model, optimizer, loss_fn)}. A loop that transforms
 * the output first ({@code model_transform=}, {@code model_fn=}) or a loss left to the library's default is not followed;
 * Catalyst's {@code SupervisedRunner().train(model=..., criterion=...)} without callbacks of its own; Poutyne's
 * {@code Model(network, optimizer, loss_function)}.
 */
final class TrainingLoops {
    /** The model a loop trains and the loss it applies to the model's output. */
    record Fed(Value model, Value loss) {}

    private TrainingLoops() {}

    /** The model and loss of a call of such a library, or null for any other call. */
    static Fed of(Value callee, Args args) {
        if (!(callee instanceof Value.Lib l)) return null;
        String name = l.name();
        if (name.startsWith("fastai.") && name.endsWith(".Learner")) {
            return args.keyword("loss_func") == null && args.positional().size() < 3 ? null : new Fed(args.value(1, "model"), args.value(2, "loss_func"));
        }
        if (name.startsWith("catalyst.") && name.endsWith("SupervisedRunner.train")) {
            // runner.train(model=..., criterion=...): its CriterionCallback applies the criterion to the model's output;
            // callbacks of one's own may apply it otherwise
            return args.keyword("callbacks") != null || args.keyword("criterion") == null ? null : new Fed(args.value(-1, "model"), args.value(-1, "criterion"));
        }
        if (name.startsWith("poutyne.") && name.endsWith(".Model")) return new Fed(args.value(0, "network"), args.value(2, "loss_function")); // its fit loop: loss_function(network(x), y)
        if (name.startsWith("ignite.") && name.endsWith(".create_supervised_trainer")) {
            if (args.keyword("model_transform") != null || args.keyword("model_fn") != null) return null;
            return new Fed(args.value(0, "model"), args.value(2, "loss_fn"));
        }
        return null;
    }
}
