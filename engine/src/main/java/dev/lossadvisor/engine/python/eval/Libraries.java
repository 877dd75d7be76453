package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.input.LossOptions;
import dev.lossadvisor.engine.python.eval.Value.Items;
import dev.lossadvisor.engine.python.eval.Value.Labels;
import dev.lossadvisor.engine.python.eval.Value.Layer;
import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.eval.Value.MaxPair;
import dev.lossadvisor.engine.python.eval.Value.Tensor;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The library models behind one door: torch (and torchvision, segmentation_models_pytorch, timm, transformers, DGL's and PyTorch Geometric's graph layers, NeMo, MONAI and kornia losses), Keras and TensorFlow, JAX/Flax/Equinox, Haiku, and the Python builtins the flows pass through. */
final class Libraries {
    private final List<Library> all = List.of(new TorchLibrary(), new KerasLibrary(), new BuiltinsLibrary(), new NumpyLibrary(), new PandasLibrary(), new ConfigFiles(), new ConfigLibrary(), new HydraLibrary(),
            new ArgparseLibrary(), new StackLibrary(), new VisionLibrary(), new SegmentationLibrary(), new TimmLibrary(), new KerasHubLibrary(), new FrameworkLibrary(), new TransformersLibrary(), new VisionSegmentationLibrary(),
            new NemoLibrary(), new VisionDatasets(), new JaxLibrary(), new ActivatingLosses(), new HaikuLibrary(), new DglLibrary(), new PygLibrary(), new Launches());

    /** The top-level packages of the libraries modelled here. */
    private static final java.util.Set<String> ROOTS = java.util.Set.of("torch", "torchvision", "tensorflow", "keras", "tflearn", "timm",
            "transformers", "segmentation_models_pytorch");

    /**
     * Whether {@code module}, found in the project, is a modelled library's own source imported from outside its package:
     * an example or test script in the library's repository (tflearn/examples/*.py doing import tflearn) uses the library
     * as its users do, which its model says better than its implementation read as project code. Inside the package the
     * library's own modules stay project code.
     */
    static boolean ownSource(String module, String importer) {
        String root = module.contains(".") ? module.substring(0, module.indexOf('.')) : module;
        return ROOTS.contains(root) && !importer.equals(root) && !importer.startsWith(root + ".");
    }

    Value call(String name, Args args, Node call) {
        for (Library l : all) {
            Value v = l.call(name, args, call);
            if (v != null) return v;
        }
        return null;
    }

    Value method(Value receiver, String method, Args args, Node call) {
        for (Library l : all) {
            Value v = l.method(receiver, method, args, call);
            if (v != null) return v;
        }
        return null;
    }

    /** What a library network gives once its head has given {@code head}: the head's tensor, or the structure its library packs it in. */
    static Value packed(Value.Pretrained p, Value head, Args args) {
        if (p.packs() == null) return head;
        if (p.packs().equals(TransformersLibrary.PACKS)) return TransformersLibrary.output(head, args);
        return p.packs().startsWith(VisionSegmentationLibrary.PACKS) ? VisionSegmentationLibrary.output(p, head) : Value.UNKNOWN;
    }

    /** y.max(1)[0] is the max value, [1] the index; torch.eye(K)[y] is one-hot labels. */
    static Value subscript(Value v, Node key, Node at) {
        if (v instanceof MaxPair p && key.is("integer")) {
            return key.text().equals("0") ? new Labels("max_value", 0, at.place()) : key.text().equals("1") ? new Labels("index", 0, at.place()) : null;
        }
        if (v instanceof Labels l && l.kind().equals("eye")) return new Labels("one_hot", l.classes(), at.place());
        if (v instanceof Value.Frame) return key.is("string") ? PandasLibrary.column(Literals.string(key), at) : v; // df["label"]; df[mask] is rows
        // y[order], y[train_idx]: rows of labels are labels of the same kind (y[:, 0] is a column, not known)
        if (v instanceof Labels l && !key.is("tuple") && !key.is("expression_list")) return l;
        return null;
    }

    /** A module object applied to its input: a layer of known width gives it; an activation keeps its input's width. */
    static Value applyLayer(Layer l, Args args, Node call) {
        if (TorchLibrary.resamples(l)) return TorchLibrary.resampled(l, args.value(0, null));
        if (l.activation() == null) return Value.UNKNOWN;
        if (KerasStack.identity(l)) return args.value(0, null); // Activation("linear", dtype="float32") casts, it keeps the softmax before it
        var place = l.inner() ? l.place() : call.place();
        String step = l.shown();
        if (l.units() > 0 || l.activation().equals("linear") || KerasStack.ownWidth(l)) return new Tensor(l.activation(), l.units(), place, l.shown(), l.name(), List.of(step));
        Value in = args.value(0, null);
        return new Tensor(l.activation(), in instanceof Tensor t ? t.units() : 0, place, l.shown(), l.name(), List.of(step)).after(in);
    }

    /** An activation applied to a tensor: the output keeps the tensor's width. */
    static Value applied(String activation, Value input, Node call, String shown) {
        return new Tensor(activation, input instanceof Tensor t ? t.units() : 0, call.place(), shown, null, List.of(shown)).after(input);
    }

    /** A loss's keyword options (and its first positional argument, when the loss takes it as {@code firstPositional}). */
    static LossOptions options(Args args, String firstPositional) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (args.isEmpty()) return LossOptions.NONE;
        List<Node> positional = args.positional();
        if (firstPositional != null && !positional.isEmpty()) values.put(firstPositional, option(positional.get(0), args));
        for (Node a : args.keywords()) values.put(a.field("name").text(), option(a.field("value"), args));
        args.splattedEntries().forEach((k, v) -> values.putIfAbsent(k, option(v, "**" + k))); // a known dict splatted: its entries are keywords
        return new LossOptions(values);
    }

    private static Object option(Node value, Args args) {
        return option(args.evaluator().eval(value, args.context()), value.text());
    }

    /** A literal (a torch.tensor of one, a module constant) as LossOptions holds it; anything computed as {@code text}, its source text. */
    private static Object option(Value v, String text) {
        if (v instanceof Literal l && l.value() != null) return l.value();
        if (v instanceof Items items) {
            List<Double> numbers = new java.util.ArrayList<>();
            for (Value i : items.items()) {
                if (i instanceof Literal l && l.value() instanceof Double d) numbers.add(d);
                else return text;
            }
            return List.copyOf(numbers);
        }
        return text;
    }

    static String shortName(String name) {
        return name.replace("torch.nn.functional.", "F.").replace("torch.nn.", "nn.").replace("tensorflow.", "tf.");
    }
}
