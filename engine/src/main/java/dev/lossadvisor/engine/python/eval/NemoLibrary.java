package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.input.LossOptions;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * NVIDIA NeMo's neural-module losses (NeMo 0.x): {@code CrossEntropyLossNM} applies torch's CrossEntropyLoss to the
 * tensor it is given as {@code logits=} (flattened first when {@code logits_ndim} is 3), so it wants raw scores as
 * torch's does. A keyword other than those is not followed.
 */
final class NemoLibrary implements Library {
    /** CrossEntropyLossNM's keywords; logits_ndim only says how the logits are shaped. */
    private static final Set<String> KEYWORDS = Set.of("logits_ndim", "weight", "reduction");

    @Override
    public Value call(String name, Args args, Node call) {
        if (!name.startsWith("nemo.") || !name.endsWith(".CrossEntropyLossNM")) return null;
        if (!args.positional().isEmpty() || !args.keywords().stream().allMatch(k -> KEYWORDS.contains(k.field("name").text()))) return Value.UNKNOWN;
        Map<String, Object> options = new LinkedHashMap<>(Libraries.options(args, null).values());
        options.remove("logits_ndim");
        return new Value.Loss("pytorch", "CrossEntropyLoss", "nemo CrossEntropyLossNM", options.isEmpty() ? LossOptions.NONE : new LossOptions(options), call.place());
    }

    @Override
    public Value method(Value receiver, String method, Args args, Node call) {
        return null;
    }
}
