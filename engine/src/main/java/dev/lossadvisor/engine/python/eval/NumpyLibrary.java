package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Items;
import dev.lossadvisor.engine.python.eval.Value.Labels;
import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.syntax.Node;

/**
 * numpy, as far as it shows what labels are: arrays of 0s and 1s (np.zeros(n), np.ones(n), their concatenation,
 * np.random.randint(0, 2, n)) are binary targets; and scikit-learn's train_test_split, which passes them on.
 */
final class NumpyLibrary implements Library {

    @Override
    public Value call(String name, Args args, Node call) {
        if (name.endsWith("model_selection.train_test_split")) return split(args);
        if (!name.startsWith("numpy.")) return null;
        return switch (name.substring("numpy.".length())) {
            case "zeros", "ones", "zeros_like", "ones_like" -> binary(call);
            case "concatenate", "hstack", "r_" -> args.value(0, null) instanceof Items parts && !parts.items().isEmpty()
                    && parts.items().stream().allMatch(NumpyLibrary::isBinary) ? binary(call) : Value.UNKNOWN;
            case "random.randint" -> number(args.value(0, "low"), 0) && number(args.value(1, "high"), 2) ? binary(call) : Value.UNKNOWN;
            default -> Value.UNKNOWN;
        };
    }

    @Override
    public Value method(Value receiver, String method, Args args, Node call) {
        return null;
    }

    /** scikit-learn's train_test_split(x, y, ...): (x_train, x_test, y_train, y_test), each part what its array is. */
    private static Value split(Args args) {
        java.util.List<Value> parts = new java.util.ArrayList<>();
        for (Node array : args.positional()) {
            if (array.is("list_splat")) return Value.UNKNOWN;
            Value v = args.evaluator().eval(array, args.context());
            parts.add(v);
            parts.add(v);
        }
        return new Items(parts);
    }

    private static Value binary(Node call) {
        return new Labels("binary", 0, call.place());
    }

    private static boolean isBinary(Value v) {
        return v instanceof Labels l && l.kind().equals("binary");
    }

    private static boolean number(Value v, double expected) {
        return v instanceof Literal l && l.value() instanceof Double d && d == expected;
    }
}
