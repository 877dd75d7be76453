package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.semantic.Binding;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The libraries a torch training script is run through, where they pass a model or its output on: DDP, FSDP, TorchScript and
 * accelerate hand back the model they wrap; activation checkpointing gives what the function it runs gives; functools.reduce folds a
 * function over a list (layers applied in turn); functools.partial fixes arguments; einops reshapes a tensor by a pattern; transformers packs a head's output in
 * a ModelOutput read back by field name; fastai's flattened and label-smoothing losses are the torch losses they wrap.
 */
final class StackLibrary implements Library {

    @Override
    public Value call(String name, Args args, Node call) {
        return switch (name) {
            case "torch.nn.parallel.DistributedDataParallel", "torch.nn.parallel.DataParallel", "torch.nn.parallel.distributed.DistributedDataParallel",
                    "torch.nn.SyncBatchNorm.convert_sync_batchnorm", "torch.distributed.fsdp.FullyShardedDataParallel",
                    "torch.distributed.fsdp.fully_sharded_data_parallel.FullyShardedDataParallel" -> args.value(0, "module");
            // an EMA or SWA copy runs the module it averages
            case "torch.optim.swa_utils.AveragedModel" -> args.value(0, "model");
            case "torch.jit.script", "torch.jit.trace" -> args.value(0, name.endsWith("script") ? "obj" : "func");
            // an Accelerator stands as its class: what its methods give depends on their arguments alone
            case "accelerate.Accelerator" -> new Value.Lib(name);
            case "accelerate.Accelerator.prepare" -> prepared(args);
            case "accelerate.Accelerator.prepare_model", "accelerate.Accelerator.unwrap_model" -> args.value(0, "model");
            case "einops.rearrange" -> rearranged(args);
            // its module form inside an nn.Sequential: moves the values, as nn.PixelShuffle does (see TorchLibrary.resamples)
            case "einops.layers.torch.Rearrange" -> new Value.Layer(null, 0, call.place(), TorchLibrary.REARRANGE, null, false);
            case "functools.partial" -> partial(args);
            case "functools.reduce" -> chained(args);
            // activation checkpointing recomputes fn(*args) in the backward pass: the value is fn's on the arguments after it
            case "torch.utils.checkpoint.checkpoint" -> args.evaluator().apply(args.value(0, "function"), args.afterFirst(), call, args.context());
            default -> name.startsWith("transformers.") && name.endsWith("Output") ? fields(args)
                    : name.startsWith("fastai.") && FLAT.containsKey(name.substring(name.lastIndexOf('.') + 1)) ? flat(name, args, call) : null;
        };
    }

    /**
     * partial(nn.CrossEntropyLoss, ignore_index=-100): the library class itself when the keywords fixed are ones the rules
     * do not read; partial(F.binary_cross_entropy_with_logits, pos_weight=w), partial(F.cross_entropy, label_smoothing=0.1):
     * a library function with its keywords fixed; partial(nn.Softmax, dim=-1): the class with its options fixed (see
     * {@link Partials}). One fixing a positional argument of a library, the input or the target, is not followed.
     */
    /**
     * einops.rearrange moves values between axes; a pattern whose new last axis is written 1 ({@code "b h w 1 -> (b h w) 1"})
     * says the width, which an elementwise output (a sigmoid per tile) keeps: one unit. A softmax's axis may have moved.
     */
    private static Value rearranged(Args args) {
        Value kept = TorchLibrary.kept(args.value(0, "tensor"));
        if (!(kept instanceof Value.Tensor t) || !(args.value(1, "pattern") instanceof Value.Literal l) || !(l.value() instanceof String pattern)) return kept;
        int arrow = pattern.indexOf("->");
        String[] axes = arrow < 0 ? new String[0] : pattern.substring(arrow + 2).trim().split("\\s+");
        return axes.length > 0 && axes[axes.length - 1].equals("1") && !t.base().contains("softmax") ? t.withUnits(1) : kept;
    }

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
     * reduce(fn, items, initial): fn folded over the items, its two parameters held at what the call before gave and at
     * the item, so reduce(lambda h, layer: layer(h), self.layers, x) is nn.Sequential(*layers)(x) (a layer of the list
     * found on its own line, as in a for loop over it); without an initial value or over a list not known, not followed.
     */
    private static Value chained(Args args) {
        if (args.positional().size() != 3 || !(args.value(0, "function") instanceof Value.Function f) || f.self() != null
                || !(args.value(1, "iterable") instanceof Value.Items items) || items.items().size() > MAX_FOLDED) return Value.UNKNOWN;
        List<Binding> params = f.scope().parametersInOrder();
        if (params.size() != 2) return Value.UNKNOWN;
        Evaluator ev = args.evaluator();
        Value folded = args.value(2, "initial");
        for (Value item : items.items()) {
            Value each = item instanceof Value.Layer l ? new Value.Layer(l.activation(), l.units(), l.place(), l.shown(), l.name(), true) : item;
            List<Map.Entry<Binding, Value>> pins = List.of(Map.entry(params.get(0), folded), Map.entry(params.get(1), each));
            folded = ev.holding(pins, () -> ev.returned(f, Args.NONE, args.context()));
        }
        return folded;
    }

    private static final int MAX_FOLDED = 64;
    private static final Set<String> PARTIAL_KEYWORDS = Set.of("label_smoothing", "ignore_index");
    /** The keywords that name what a loss function is given rather than how it computes: fixing one is not followed. */
    private static final Set<String> FLOW_KEYWORDS = Set.of("input", "inputs", "target", "targets", "y_true", "y_pred", "logits", "labels", "log_probs");

    /**
     * fastai's flattened losses and the torch losses they call on the flattened output and target; its label-smoothing
     * cross-entropy (flattened or not) takes log_softmax of its input, as CrossEntropyLoss does.
     */
    private static final Map<String, String> FLAT = Map.of("CrossEntropyLossFlat", "CrossEntropyLoss", "BCEWithLogitsLossFlat", "BCEWithLogitsLoss",
            "BCELossFlat", "BCELoss", "MSELossFlat", "MSELoss", "L1LossFlat", "L1Loss", "LabelSmoothingCrossEntropyFlat", "CrossEntropyLoss",
            "LabelSmoothingCrossEntropy", "CrossEntropyLoss");
    /** Their keywords that only say how to flatten or decode (or how much to smooth), not what the loss is computed on. */
    private static final Set<String> FLAT_KEYWORDS = Set.of("axis", "flatten", "floatify", "is_2d", "thresh", "eps");

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
