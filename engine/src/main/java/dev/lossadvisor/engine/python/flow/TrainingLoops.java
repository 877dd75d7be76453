package dev.lossadvisor.engine.python.flow;

import dev.lossadvisor.engine.python.eval.Args;
import dev.lossadvisor.engine.python.eval.Value;
import java.util.Map;

/**
 * Training libraries whose own loop calls the loss on the model's output: fastai's {@code Learner(dls, model,
 * loss_func=...)} and ignite's {@code create_supervised_trainer(model, optimizer, loss_fn)}. A loop that transforms
 * the output first ({@code model_transform=}, {@code model_fn=}) or a loss left to the library's default is not followed;
 * Catalyst's {@code SupervisedRunner().train(model=..., criterion=...)} without callbacks of its own; Poutyne's
 * {@code Model(network, optimizer, loss_function)}; skada's deep domain-adaptation nets ({@code DeepCoral(module,
 * layer_name, ...)}, {@code DANN}, ...), skorch nets that apply their {@code base_criterion} (torch's CrossEntropyLoss
 * unless given) to the module's output on the source samples.
 */
final class TrainingLoops {
    /** The model a loop trains and the loss it applies to the model's output. */
    record Fed(Value model, Value loss) {}

    /** skada.deep's estimators and the place of base_criterion among their parameters. */
    private static final Map<String, Integer> SKADA = Map.ofEntries(Map.entry("SourceOnly", 2), Map.entry("TargetOnly", 2), Map.entry("DeepCoral", 4),
            Map.entry("DAN", 4), Map.entry("MCC", 4), Map.entry("DeepJDOT", 4), Map.entry("DANN", 5), Map.entry("CAN", 6), Map.entry("CDAN", 7),
            Map.entry("MDD", 7), Map.entry("SPA", 7));

    private TrainingLoops() {}

    /** Whether a script may train through a loop whose loss is left to its default, so that it names no loss at all (skada's nets). */
    static boolean mayTrain(String text) {
        return text.contains("skada.deep");
    }

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
        Integer criterion = SKADA.get(name.substring(name.lastIndexOf('.') + 1));
        if (name.startsWith("skada.deep.") && criterion != null) {
            Value given = args.given(criterion, "base_criterion"); // null: left to its default, a class the loop makes
            return new Fed(args.value(0, "module"), given == null ? new Value.Lib("torch.nn.CrossEntropyLoss") : given);
        }
        if (name.startsWith("poutyne.") && name.endsWith(".Model")) return new Fed(args.value(0, "network"), args.value(2, "loss_function")); // its fit loop: loss_function(network(x), y)
        if (name.startsWith("ignite.") && name.endsWith(".create_supervised_trainer")) {
            if (args.keyword("model_transform") != null || args.keyword("model_fn") != null) return null;
            return new Fed(args.value(0, "model"), args.value(2, "loss_fn"));
        }
        return null;
    }
}
