package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Dict;
import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Python builtins and standard library calls a model or a loss passes through unchanged: copies, dict(...). */
final class BuiltinsLibrary implements Library {

    @Override
    public Value call(String name, Args args, Node call) {
        return switch (name) {
            case "copy.deepcopy", "copy.copy" -> args.value(0, null);
            case "dict" -> {
                Map<String, Value> entries = new LinkedHashMap<>();
                if (!args.positional().isEmpty()) yield Value.UNKNOWN;
                for (Node k : args.keywords()) entries.put(k.field("name").text(), args.evaluator().eval(k.field("value"), args.context()));
                yield new Dict(entries);
            }
            case "int" -> args.value(0, null) instanceof Literal l && l.value() instanceof Double ? args.value(0, null) : Value.UNKNOWN;
            default -> null;
        };
    }

    @Override
    public Value method(Value receiver, String method, Args args, Node call) {
        if (receiver instanceof Dict d && method.equals("get") && args.value(0, null) instanceof Literal l && l.value() instanceof String k) {
            return d.entries().getOrDefault(k, args.node(1, null) == null ? Value.UNKNOWN : args.value(1, null));
        }
        return null;
    }
}
