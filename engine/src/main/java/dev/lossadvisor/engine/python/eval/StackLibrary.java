package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.syntax.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The libraries a torch training script is run through, where they pass a model or its output on: DDP, FSDP, TorchScript and
 * accelerate hand back the model they wrap; activation checkpointing gives what the function it runs gives; einops reshapes a tensor by a pattern; transformers packs a head's output in
 * a ModelOutput read back by field name; fastai's flattened losses are the torch losses they wrap.
 */
final class StackLibrary implements Library {

    @Override
    public Value call(String name, Args args, Node call) {
        return switch (name) {
            case "torch.nn.parallel.DistributedDataParallel", "torch.nn.parallel.DataParallel", "torch.nn.parallel.distributed.DistributedDataParallel",
                    "torch.nn.SyncBatchNorm.convert_sync_batchnorm", "torch.distributed.fsdp.FullyShardedDataParallel",
                    "torch.distributed.fsdp.fully_sharded_data_parallel.FullyShardedDataParallel" -> args.value(0, "module");
            case "torch.jit.script", "torch.jit.trace" -> args.value(0, name.endsWith("script") ? "obj" : "func");
            // an Accelerator stands as its class: what its methods give depends on their arguments alone
            case "accelerate.Accelerator" -> new Value.Lib(name);
            case "accelerate.Accelerator.prepare" -> prepared(args);
            case "accelerate.Accelerator.prepare_model", "accelerate.Accelerator.unwrap_model" -> args.value(0, "model");
            case "einops.rearrange" -> TorchLibrary.kept(args.value(0, "tensor"));
            // its module form inside an nn.Sequential: moves the values, as nn.PixelShuffle does (see TorchLibrary.resamples)
            case "einops.layers.torch.Rearrange" -> new Value.Layer(null, 0, call.place(), TorchLibrary.REARRANGE, null, false);
            case "functools.partial" -> partial(args);
            case "functools.reduce" -> chained(args, call);
            // activation checkpointing recomputes fn(*args) in the backward pass: the value is fn's on the arguments after it
            case "torch.utils.checkpoint.checkpoint" -> args.evaluator().apply(args.value(0, "function"), args.afterFirst(), call, args.context());
            default -> name.startsWith("transformers.") && name.endsWith("Output") ? fields(args) : name.startsWith("fastai.") && name.endsWith("LossFlat") ? flat(name, args, call) : null;
        };
    }

    /**
     * partial(nn.CrossEntropyLoss, ignore_index=-100): the library class itself when the keywords fixed are ones the rules
     * do not read; partial(F.binary_cross_entropy_with_logits, pos_weight=w), partial(F.cross_entropy, label_smoothing=0.1):
     * a library function with its keywords fixed; partial(nn.Softmax, dim=-1): the class with its options fixed (see
     * {@link Partials}). One fixing a positional argument of a library, the input or the target, is not followed.
     */
    private static Value partial(Args args) {
        Value callee = args.value(0, "func");
        if (callee instanceof Value.ClassDef || callee instanceof Value.Function) return new Value.Bound(callee, args.afterFirst());
        if (args.positional().size() != 1 || !(args.value(0, "func") instanceof Value.Lib l)) return Value.UNKNOWN;
        List<String> names = args.keywords().stream().map(k -> k.field("name").text()).toList();
        String last = l.name().substring(l.name().lastIndexOf('.') + 1);
        if (!last.isEmpty() && Character.isUpperCase(last.charAt(0))) return PARTIAL_KEYWORDS.containsAll(names) ? l : new Value.Bound(l, args.afterFirst());
        return names.stream().anyMatch(FLOW_KEYWORDS::contains) ? Value.UNKNOWN : new Value.Partial(l, args);
    }

    /**
     * reduce(lambda h, layer: layer(h), self.layers, x): each layer applied to what the one before gave, as
     * nn.Sequential(*layers)(x); any other function folded over a list is not followed.
     */
    private static Value chained(Args args, Node call) {
        if (args.positional().size() != 3 || !(args.value(0, "function") instanceof Value.Function f) || !f.scope().node().is("lambda")) return Value.UNKNOWN;
        Node params = f.scope().node().field("parameters");
        Node body = f.scope().node().field("body");
        if (params == null || params.named().size() != 2 || body == null || !body.is("call") || body.field("arguments").named().size() != 1) return Value.UNKNOWN;
        boolean applies = body.field("function").text().equals(params.named().get(1).text())
                && body.field("arguments").named().get(0).text().equals(params.named().get(0).text());
        if (!applies || !(args.value(1, "iterable") instanceof Value.Items layers) || !(TorchLibrary.sequential(layers.items()) instanceof Value.Layer l)) return Value.UNKNOWN;
        return Libraries.applyLayer(l, args.afterFirst().afterFirst(), call);
    }

    private static final Set<String> PARTIAL_KEYWORDS = Set.of("label_smoothing", "ignore_index");
    /** The keywords that name what a loss function is given rather than how it computes: fixing one is not followed. */
    private static final Set<String> FLOW_KEYWORDS = Set.of("input", "inputs", "target", "targets", "y_true", "y_pred", "logits", "labels", "log_probs");

    /** fastai's flattened losses and the torch losses they call on the flattened output and target. */
    private static final Map<String, String> FLAT = Map.of("CrossEntropyLossFlat", "CrossEntropyLoss", "BCEWithLogitsLossFlat", "BCEWithLogitsLoss",
            "BCELossFlat", "BCELoss", "MSELossFlat", "MSELoss", "L1LossFlat", "L1Loss");
    /** Their keywords that only say how to flatten or decode, not how the loss is computed. */
    private static final Set<String> FLAT_KEYWORDS = Set.of("axis", "flatten", "floatify", "is_2d", "thresh");

    /** CrossEntropyLossFlat(axis=1): the torch loss it wraps; one given options for that loss (weight, pos_weight) is not followed. */
    private static Value flat(String name, Args args, Node call) {
        String last = name.substring(name.lastIndexOf('.') + 1);
        String loss = FLAT.get(last);
        if (loss == null || !args.positional().isEmpty() || !args.keywords().stream().allMatch(k -> FLAT_KEYWORDS.contains(k.field("name").text()))) return Value.UNKNOWN;
        return new Value.Loss("pytorch", loss, last + " (fastai, nn." + loss + ")", dev.lossadvisor.engine.input.LossOptions.NONE, call.place());
    }

    /** accelerator.prepare(model, optimizer, loader): the same objects, one or a tuple of them, in their order. */
    private static Value prepared(Args args) {
        List<Value> given = args.values();
        if (given == null || given.isEmpty() || !args.keywords().isEmpty()) return Value.UNKNOWN;
        return given.size() == 1 ? given.get(0) : new Value.Items(given);
    }

    /** SequenceClassifierOutput(loss=loss, logits=logits): its fields by name (outputs.logits, outputs["logits"]). */
    private static Value fields(Args args) {
        if (!args.positional().isEmpty()) return Value.UNKNOWN;
        Map<String, Value> entries = new LinkedHashMap<>();
        for (Node k : args.keywords()) entries.put(k.field("name").text(), args.evaluator().eval(k.field("value"), args.context()));
        return new Value.Dict(entries);
    }

    @Override
    public Value method(Value receiver, String method, Args args, Node call) {
        return null;
    }
}
