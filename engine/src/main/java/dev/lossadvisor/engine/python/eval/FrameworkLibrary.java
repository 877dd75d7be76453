package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.syntax.Node;
import java.util.List;

/**
 * Training-framework calls that hand a model or a value on unchanged: Lightning Fabric's {@code setup} gives back the
 * model and optimizers it wraps, {@code torch.func.functional_call(model, params, (x,))} runs the model's forward with
 * other weights, typer's {@code Option(default)} is the parameter's default; a Catalyst runner stands as its class;
 * DeepSpeed's engine runs the model it wraps.
 */
final class FrameworkLibrary implements Library {
    private static final List<String> FABRICS = List.of("lightning.fabric.Fabric", "lightning.Fabric", "lightning_fabric.Fabric", "lightning.fabric.fabric.Fabric");

    @Override
    public Value call(String name, Args args, Node call) {
        for (String fabric : FABRICS) {
            // a Fabric stands as its class: what its methods give depends on their arguments alone
            if (name.equals(fabric)) return new Value.Lib(name);
            if (name.equals(fabric + ".setup")) return setup(args);
            if (name.equals(fabric + ".setup_module")) return args.value(0, "module");
        }
        return switch (name) {
            case "torch.func.functional_call", "torch.nn.utils.stateless.functional_call" -> functionalCall(args, call);
            case "typer.Option", "typer.Argument" -> args.value(0, "default");
            case "deepspeed.initialize" -> engine(args);
            // a Catalyst runner stands as its class too: its train(...) is read from the arguments (flow.TrainingLoops)
            case "catalyst.dl.SupervisedRunner", "catalyst.runners.SupervisedRunner", "catalyst.dl.runners.SupervisedRunner" -> new Value.Lib(name);
            default -> null;
        };
    }

    /** fabric.setup(model, optimizer): the model alone, or it and the optimizers as a tuple, in their order. */
    private static Value setup(Args args) {
        List<Value> given = args.values();
        if (given == null || given.isEmpty() || !args.keywords().isEmpty()) return Value.UNKNOWN;
        return given.size() == 1 ? given.get(0) : new Value.Items(given);
    }

    /**
     * deepspeed.initialize(args=..., model=model, ...) gives (engine, optimizer, dataloader, lr_scheduler); calling the
     * engine runs the model's forward. A model passed by position is not followed (the first parameter is args).
     */
    private static Value engine(Args args) {
        Node model = args.keyword("model");
        if (model == null) return Value.UNKNOWN;
        return new Value.Items(List.of(args.evaluator().eval(model, args.context()), Value.UNKNOWN, Value.UNKNOWN, Value.UNKNOWN));
    }

    /** functional_call(model, params, (x,)): the model called on the tuple's items; a tuple not written out is not followed. */
    private static Value functionalCall(Args args, Node call) {
        Node inputs = Node.bare(args.node(2, "args"));
        if (inputs == null || !inputs.is("tuple") || args.keyword("kwargs") != null || args.positional().size() > 3) return Value.UNKNOWN;
        Evaluator ev = args.evaluator();
        return ev.apply(args.value(0, "module"), new Args(inputs, args.context(), ev), call, args.context());
    }

    @Override
    public Value method(Value receiver, String method, Args args, Node call) {
        return null;
    }
}
