package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.syntax.Node;
import java.util.List;

/**
 * Training-framework calls that hand a model or a value on unchanged: Lightning Fabric's {@code setup} gives back the
 * model and optimizers it wraps, {@code torch.func.functional_call(model, params, (x,))} runs the model's forward with
 * other weights, typer's {@code Option(default)} is the parameter's default; a Catalyst runner stands as its class;
 * DeepSpeed's engine runs the model it wraps, as Opacus's {@code make_private}, Ray Train's {@code prepare_model} and
 * PEFT's {@code get_peft_model} do. Command lines read into dataclasses: {@code tyro.cli(Args)} and transformers'
 * {@code HfArgumentParser((ModelArguments, ...)).parse_args_into_dataclasses()} give objects made with the fields'
 * defaults (the run as written, as an argparse default is). A project class made by a library's class method
 * ({@code MyBert.from_pretrained(path)} of a PreTrainedModel subclass, Lightning's {@code load_from_checkpoint}) is an
 * object of that class, its constructor's arguments not known.
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
            // Opacus's GradSampleModule runs the module it wraps; make_private gives (module, optimizer, data_loader) back
            case "opacus.PrivacyEngine", "opacus.privacy_engine.PrivacyEngine" -> new Value.Lib(name);
            case "opacus.PrivacyEngine.make_private", "opacus.PrivacyEngine.make_private_with_epsilon", "opacus.privacy_engine.PrivacyEngine.make_private",
                    "opacus.privacy_engine.PrivacyEngine.make_private_with_epsilon" -> made(args, "module", "optimizer", "data_loader");
            case "opacus.GradSampleModule", "ray.train.torch.prepare_model", "peft.get_peft_model", "peft.mapping.get_peft_model",
                    "peft.PeftModel.from_pretrained" -> args.value(0, name.startsWith("opacus") ? "m" : "model");
            case "tyro.cli" -> args.positional().size() == 1 && args.keywords().isEmpty() && args.value(0, "f") instanceof Value.ClassDef k
                    ? args.evaluator().apply(k, Args.NONE, call, args.context()) : Value.UNKNOWN;
            // the parser keeps the dataclasses it was given, for its parse methods
            case "transformers.HfArgumentParser", "transformers.hf_argparser.HfArgumentParser" -> new Value.Bound(new Value.Lib(name), args);
            // a Catalyst runner stands as its class too: its train(...) is read from the arguments (flow.TrainingLoops)
            case "catalyst.dl.SupervisedRunner", "catalyst.runners.SupervisedRunner", "catalyst.dl.runners.SupervisedRunner" -> new Value.Lib(name);
            default -> null;
        };
    }

    /** make_private(module=model, optimizer=opt, data_loader=dl): the three given back in that order, wrapped as they run the same. */
    private static Value made(Args args, String... keywords) {
        List<Value> given = new java.util.ArrayList<>();
        for (int i = 0; i < keywords.length; i++) given.add(args.value(i, keywords[i]));
        return new Value.Items(given);
    }

    /**
     * parser.parse_args_into_dataclasses(): one object per dataclass given to HfArgumentParser, each with its defaults (a
     * library class, TrainingArguments, not known); with return_remaining_strings=True, the strings left over after them.
     */
    private static Value parsed(Value.Bound parser, Args args, Node call) {
        Value types = parser.fixed().value(0, "dataclass_types");
        List<Value> classes = types instanceof Value.Items items ? items.items() : List.of(types);
        Evaluator ev = args.evaluator();
        List<Value> out = new java.util.ArrayList<>();
        for (Value k : classes) out.add(k instanceof Value.ClassDef ? ev.apply(k, Args.NONE, call, args.context()) : Value.UNKNOWN);
        if (args.keyword("return_remaining_strings") != null) out.add(Value.UNKNOWN);
        return new Value.Items(out);
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
        if (receiver instanceof Value.Bound b && b.callee() instanceof Value.Lib l && l.name().endsWith("HfArgumentParser")) {
            return method.equals("parse_args_into_dataclasses") ? parsed(b, args, call) : Value.UNKNOWN;
        }
        if (receiver instanceof Value.ClassDef k && loads(k, method, args)) return new Value.Instance(k, null);
        return null;
    }

    /** Whether cls.method(...) is a library's class method that makes an object of the project class it is called on. */
    private static boolean loads(Value.ClassDef k, String method, Args args) {
        Evaluator ev = args.evaluator();
        return switch (method) {
            case "from_pretrained", "from_config" -> ev.extendsLibrary(k, args.context(), "PreTrainedModel");
            case "load_from_checkpoint" -> ev.extendsLibrary(k, args.context(), "LightningModule");
            default -> false;
        };
    }
}
