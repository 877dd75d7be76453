package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Items;
import dev.lossadvisor.engine.python.eval.Value.Labels;
import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.syntax.Node;

/**
 * numpy, as far as it shows what labels are: arrays of 0s and 1s (the concatenation or stacking of np.zeros(n) and
 * np.ones(n), np.random.randint(0, 2, n)) are binary targets, np.argmax(y, axis=1) class indices; and scikit-learn's train_test_split,
 * which passes them on.
 */
final class NumpyLibrary implements Library {

    @Override
    public Value call(String name, Args args, Node call) {
        if (name.endsWith("model_selection.train_test_split")) return split(args);
        if (!name.startsWith("numpy.")) return null;
        return switch (name.substring("numpy.".length())) {
            // np.zeros(n), np.ones(n): one constant, no task by itself (an LSGAN's real/fake targets, a test's dummy targets);
            // a concatenation of both, or a store of 1s at each row's label, makes labels
            case "zeros" -> new Labels("constant", width(args), call.place());
            // np.eye(K)[y]: the rows of the identity picked by class index are one-hot, as torch.eye(K)[y]; M or k make another matrix
            case "eye" -> args.positional().size() == 1 && args.keyword("M") == null && args.keyword("k") == null
                    ? new Labels("eye", args.evaluator().integer(args.node(0, "N"), args.context()), call.place()) : Value.UNKNOWN;
            case "identity" -> new Labels("eye", args.evaluator().integer(args.node(0, "n"), args.context()), call.place());
            case "ones", "zeros_like", "ones_like" -> new Labels("constant", 0, call.place());
            case "concatenate", "hstack", "vstack", "row_stack", "stack", "r_" -> args.value(0, null) instanceof Items parts && !parts.items().isEmpty()
                    && parts.items().stream().allMatch(NumpyLibrary::isBinary) ? binary(call) : Value.UNKNOWN;
            case "argmax" -> rowIndex(args.value(1, "axis"), call);
            // a 0/1 matrix of K > 1 columns, randint(0, 2, size=(n, K)), is no column of binary targets
            case "random.randint" -> number(args.value(0, "low"), 0) && number(args.value(1, "high"), 2) && oneColumn(args.node(2, "size"), args)
                    ? binary(call) : Value.UNKNOWN;
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

    /** The width of np.zeros((n, K)): K, the start of rows a store may make one-hot; 0 for any other shape. */
    private static int width(Args args) {
        Node shape = args.node(0, "shape");
        if (shape == null || !shape.is("tuple") && !shape.is("list") || shape.named().size() != 2) return 0;
        return args.evaluator().integer(shape.named().get(1), args.context());
    }

    /**
     * {@code y2[np.arange(n), y] = 1} on {@code np.zeros((n, K))}: one 1 in each row, at the label: one-hot rows of K.
     * Any other store into labels leaves them unknown.
     */
    static Value stored(Labels zeros, Node key, Node value, Evaluator evaluator, Context at) {
        Node subscript = key == null ? null : key.parent();
        if (!zeros.kind().equals("constant") || zeros.classes() < 2 || subscript == null || !subscript.is("subscript") || subscript.named().size() != 3
                || !key.is("call") || !(evaluator.eval(key.field("function"), at) instanceof Value.Lib rows)
                || !rows.name().equals("numpy.arange") && !rows.name().equals("range")) {
            return Value.UNKNOWN;
        }
        Value one = evaluator.eval(value, at);
        boolean ones = one instanceof Literal l && (Double.valueOf(1).equals(l.value()) || Boolean.TRUE.equals(l.value()));
        return ones ? new Labels("one_hot", zeros.classes(), subscript.place()) : Value.UNKNOWN;
    }

    /**
     * np.argmax(y, axis=1), tf.argmax(y, -1): the index of each row's largest value, a class index whether the rows are
     * one-hot labels or scores; along another axis, or none given, unknown.
     */
    static Value rowIndex(Value axis, Node call) {
        boolean alongRows = axis instanceof Literal l && l.value() instanceof Double d && (d == 1 || d == -1);
        return alongRows ? new Labels("index", 0, call.place()) : Value.UNKNOWN;
    }

    /** A size of one column: not given, one number, or a shape whose second and last entry is 1. */
    private static boolean oneColumn(Node size, Args args) {
        if (size == null || !size.is("tuple") && !size.is("list")) return true;
        return size.named().size() == 1 || size.named().size() == 2 && number(args.evaluator().eval(size.named().get(1), args.context()), 1);
    }

    private static Value binary(Node call) {
        return new Labels("binary", 0, call.place());
    }

    private static boolean isBinary(Value v) {
        return v instanceof Labels l && (l.kind().equals("binary") || l.kind().equals("constant"));
    }

    private static boolean number(Value v, double expected) {
        return v instanceof Literal l && l.value() instanceof Double d && d == expected;
    }
}
