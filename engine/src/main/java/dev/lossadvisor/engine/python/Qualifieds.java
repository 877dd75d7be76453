package dev.lossadvisor.engine.python;

import dev.lossadvisor.engine.input.LossOptions;
import dev.lossadvisor.engine.python.PythonProject.Scope;
import dev.lossadvisor.engine.python.Value.Flow;
import dev.lossadvisor.engine.python.Value.KerasModel;
import dev.lossadvisor.engine.python.Value.Layer;
import dev.lossadvisor.engine.python.Value.Literal;
import dev.lossadvisor.engine.python.Value.Loss;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Calls of library names: what torch, torch.nn, torch.nn.functional, torchvision, Keras and TensorFlow calls make.
 * A library name the analysis does not know (nn.Conv2d, a custom layer) is unknown, so its flow ends in silence.
 */
final class Qualifieds {
    private static final Set<String> KERAS_LOSS_MODULES = Set.of("losses", "keras.losses");

    private Qualifieds() {}

    static Value call(String name, TSNode call, Scope s, Resolver r, int depth) {
        Syntax x = s.syntax();
        TSNode args = Syntax.field(call, "arguments");
        int dot = name.lastIndexOf('.');
        String last = name.substring(dot + 1);
        String prefix = dot < 0 ? "" : name.substring(0, dot);
        SourcePlace place = x.place(call);
        if (torchFunctional(prefix) || keras(prefix) && (prefix.endsWith("activations") || prefix.endsWith("ops")) || prefix.endsWith("tf.nn")
                || prefix.equals("tensorflow.nn")) {
            String activation = Activations.of(last);
            if (activation != null && !last.equals("linear")) {
                TSNode input = Resolver.firstArgument(args);
                return Resolver.applied(activation, input == null ? Value.UNKNOWN : r.resolve(input, s, depth + 1), place, shortName(name));
            }
        }
        if (wrapper(prefix, last)) {
            TSNode model = Resolver.firstArgument(args);
            return model == null ? Value.UNKNOWN : r.resolve(model, s, depth + 1);
        }
        if (torchTensor(prefix, last)) {
            TSNode data = Resolver.firstArgument(args);
            return data == null ? Value.UNKNOWN : r.resolve(data, s, depth + 1);
        }
        if (torchNn(prefix)) return torchModule(last, name, args, s, r, depth, place);
        if (keras(prefix)) return kerasCall(prefix, last, name, args, s, r, depth, place);
        return Value.UNKNOWN;
    }

    private static Value torchModule(String last, String name, TSNode args, Scope s, Resolver r, int depth, SourcePlace place) {
        Syntax x = s.syntax();
        if (last.endsWith("Loss")) return new Loss("pytorch", last, "nn." + last, options(args, s, r, "weight"), place);
        String activation = Activations.of(last);
        if (activation != null) {
            if ((last.equals("Softmax") || last.equals("LogSoftmax")) && batchAxis(args, x)) return Value.UNKNOWN;
            return new Layer(activation, 0, place, "nn." + last);
        }
        return switch (last) {
            case "Linear" -> new Layer("linear", r.integer(argument(x, args, 1, "out_features"), s), place, "nn.Linear");
            case "LazyLinear" -> new Layer("linear", r.integer(argument(x, args, 0, "out_features"), s), place, "nn.LazyLinear");
            case "Sequential" -> sequential(Resolver.positional(args), s, r, depth);
            default -> Value.UNKNOWN;
        };
    }

    /** nn.Sequential: its last module decides the output; an activation at the end takes the width of the layer before. */
    private static Value sequential(List<TSNode> modules, Scope s, Resolver r, int depth) {
        if (modules.isEmpty()) return Value.UNKNOWN;
        Value last = r.resolve(modules.get(modules.size() - 1), s, depth + 1);
        if (!(last instanceof Layer l)) return Value.UNKNOWN;
        if (l.units() > 0 || l.activation().equals("linear") || modules.size() < 2) return l;
        Value before = r.resolve(modules.get(modules.size() - 2), s, depth + 1);
        return before instanceof Layer b && b.activation().equals("linear") ? new Layer(l.activation(), b.units(), l.place(), l.shown()) : l;
    }

    private static Value kerasCall(String prefix, String last, String name, TSNode args, Scope s, Resolver r, int depth, SourcePlace place) {
        Syntax x = s.syntax();
        if (prefix.endsWith("losses")) {
            if (Character.isUpperCase(last.charAt(0))) return new Loss("keras", last, "keras.losses." + last, options(args, s, r, null), place);
            return Value.UNKNOWN;
        }
        switch (last) {
            case "Dense" -> {
                TSNode act = argument(x, args, 1, "activation");
                String activation = act == null ? "linear" : activationName(act, s, r);
                return new Layer(activation, r.integer(argument(x, args, 0, "units"), s), place, "Dense");
            }
            case "Activation" -> {
                TSNode act = argument(x, args, 0, "activation");
                return new Layer(act == null ? null : activationName(act, s, r), 0, place, "Activation");
            }
            case "Softmax" -> {
                return new Layer("softmax", 0, place, "Softmax");
            }
            case "Sequential" -> {
                TSNode layers = argument(x, args, 0, "layers");
                if (layers == null) return new KerasModel(null, List.of(), Map.of());
                if (!Syntax.is(layers, "list")) return Value.UNKNOWN;
                List<Layer> list = new ArrayList<>();
                for (TSNode l : Syntax.named(layers)) {
                    Value v = r.resolve(l, s, depth + 1);
                    list.add(v instanceof Layer layer ? layer : null);
                }
                return new KerasModel(KerasStack.output(list), list, Map.of());
            }
            case "Model" -> {
                TSNode outputs = argument(x, args, 1, "outputs");
                if (Syntax.is(outputs, "list") || Syntax.is(outputs, "tuple")) return heads(Syntax.named(outputs), s, r, depth);
                Value out = outputs == null ? Value.UNKNOWN : r.resolve(outputs, s, depth + 1);
                if (out instanceof Value.Outputs named) return new KerasModel(null, List.of(), named.byKey());
                return out instanceof Flow f ? new KerasModel(f, List.of(), Map.of()) : Value.UNKNOWN;
            }
            default -> {
                return Value.UNKNOWN;
            }
        }
    }

    /** Model(inputs, [a, b]): the outputs by position; one that cannot be followed is left out, and said nothing of. */
    private static Value heads(List<TSNode> outputs, Scope s, Resolver r, int depth) {
        Map<String, Flow> heads = new LinkedHashMap<>();
        for (int i = 0; i < outputs.size(); i++) {
            if (r.resolve(outputs.get(i), s, depth + 1) instanceof Flow f) heads.put(String.valueOf(i), f);
        }
        return heads.isEmpty() ? Value.UNKNOWN : new KerasModel(null, List.of(), heads);
    }

    /** "softmax", tf.nn.softmax, keras.activations.softmax; null for one the rules do not know. */
    private static String activationName(TSNode act, Scope s, Resolver r) {
        Value v = r.resolve(act, s, 4);
        if (v instanceof Literal l) return l.value() == null ? "linear" : l.value() instanceof String str ? Activations.of(str) : null;
        if (v instanceof Value.Qualified q) return Activations.of(q.name().substring(q.name().lastIndexOf('.') + 1));
        return null;
    }

    /** A loss's keyword options (and its first positional argument, when the loss takes it as {@code firstPositional}). */
    static LossOptions options(TSNode args, Scope s, Resolver r, String firstPositional) {
        Map<String, Object> values = new LinkedHashMap<>();
        Syntax x = s.syntax();
        if (args == null) return LossOptions.NONE;
        List<TSNode> positional = Resolver.positional(args);
        if (firstPositional != null && !positional.isEmpty()) values.put(firstPositional, option(positional.get(0), s, r));
        for (TSNode a : Syntax.named(args)) {
            if (!Syntax.is(a, "keyword_argument")) continue;
            values.put(x.text(Syntax.field(a, "name")), option(Syntax.field(a, "value"), s, r));
        }
        return new LossOptions(values);
    }

    /**
     * A literal (or torch.tensor of one, or a module-level constant) as LossOptions holds it; anything computed is kept
     * as its source text, present but of no known value. Parameters are not chased to their callers for an option.
     */
    private static Object option(TSNode value, Scope s, Resolver r) {
        Syntax x = s.syntax();
        Value v = Value.UNKNOWN;
        if (Syntax.is(value, "identifier")) v = r.global(x, x.text(value), 20);
        else if (Syntax.is(value, "call")) v = r.resolve(value, new Scope(x, null, null, value.getStartByte()), 20);
        else v = Literals.of(value, x);
        if (v instanceof Literal l && l.value() != null) return l.value();
        return x.text(value);
    }

    private static TSNode argument(Syntax x, TSNode args, int position, String keyword) {
        TSNode k = Resolver.keyword(x, args, keyword);
        if (k != null) return k;
        List<TSNode> p = Resolver.positional(args);
        return position < p.size() ? p.get(position) : null;
    }

    /** softmax(dim=0) normalises over the batch: a different mistake, left to the samples' rule. */
    private static boolean batchAxis(TSNode args, Syntax x) {
        TSNode dim = argument(x, args, 0, "dim");
        return dim != null && x.text(dim).trim().equals("0");
    }

    private static boolean torchFunctional(String prefix) {
        return prefix.equals("torch") || prefix.endsWith("functional") || prefix.equals("F") || prefix.equals("torch.special");
    }

    private static boolean torchNn(String prefix) {
        return prefix.equals("torch.nn") || prefix.equals("nn") || prefix.equals("torch.nn.modules") || prefix.endsWith("torch.nn");
    }

    /** nn.DataParallel(model), DistributedDataParallel(model), torch.compile(model): the same model's outputs. */
    private static boolean wrapper(String prefix, String last) {
        return prefix.equals("torch") && last.equals("compile")
                || (torchNn(prefix) || prefix.endsWith("parallel")) && (last.equals("DataParallel") || last.equals("DistributedDataParallel"));
    }

    private static boolean torchTensor(String prefix, String last) {
        return prefix.equals("torch") && (last.equals("tensor") || last.equals("Tensor") || last.equals("FloatTensor") || last.equals("as_tensor"));
    }

    private static boolean keras(String prefix) {
        return prefix.equals("keras") || prefix.startsWith("keras.") || prefix.contains(".keras") || prefix.equals("layers") || prefix.equals("models")
                || prefix.equals("losses") || prefix.startsWith("tf_keras");
    }

    static String shortName(String name) {
        return name.replace("torch.nn.functional.", "F.").replace("tensorflow.", "tf.");
    }
}
