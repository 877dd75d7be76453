package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Instance;
import dev.lossadvisor.engine.python.eval.Value.Labels;
import dev.lossadvisor.engine.python.eval.Value.Layer;
import dev.lossadvisor.engine.python.eval.Value.Loss;
import dev.lossadvisor.engine.python.eval.Value.MaxPair;
import dev.lossadvisor.engine.python.eval.Value.Tensor;
import dev.lossadvisor.engine.python.syntax.Node;
import dev.lossadvisor.engine.python.syntax.SourcePlace;
import java.util.List;
import java.util.Set;

/** torch, torch.nn and torch.nn.functional: modules, activations, losses and the tensor methods that change a flow. */
final class TorchLibrary implements Library {
    /** Tensor and module methods that keep what the value is while changing its shape, device or type. */
    private static final Set<String> KEEPS = Set.of("to", "cuda", "cpu", "float", "double", "half", "long", "int", "contiguous", "view",
            "reshape", "squeeze", "unsqueeze", "flatten", "permute", "transpose", "clone", "detach", "eval", "train", "type_as", "view_as",
            "type", "requires_grad_", "share_memory", "resize", "resize_", "resize_as", "expand", "expand_as", "reshape_as", "astype");
    /** torch.nn.utils' wrappers that reparametrise a layer's weight and return the layer (weight_norm, parametrizations.spectral_norm). */
    private static final Set<String> REPARAMETRISES = Set.of("weight_norm", "spectral_norm", "orthogonal");
    /** nn.Module methods that return the module itself: Net().apply(init_weights), model.bfloat16(). */
    private static final Set<String> MODULE_KEEPS = Set.of("apply", "bfloat16", "to_empty");
    /** Activations whose values a positive factor leaves what the loss rules read them as (see {@link #scaled}). */
    private static final Set<String> SCALABLE = Set.of("linear", "sigmoid", "softmax");
    /** Methods that may merge or grow a tensor's axes: a convolution's channels are no longer its width once they run. */
    private static final Set<String> RESHAPES = Set.of("view", "reshape", "flatten", "squeeze", "resize", "resize_", "resize_as", "view_as",
            "reshape_as", "expand", "expand_as");
    private static final String AXIS_0 = Tensor.AXIS_0;
    /** Clipping a tensor's values into a range: p.clamp(1e-7, 1 - 1e-7) away from 0 and 1 before a log. */
    private static final Set<String> CLAMPS = Set.of("clamp", "clip", "clamp_min", "clamp_max");
    /** Marks the outputs of several models stacked on a new axis 0: a distribution again once averaged over that axis. */
    private static final String STACKED = "@stacked";
    /** Methods that reorder a tensor's rows or entries (mixup's y.flip(0), y.roll(1, 0)): labels stay the labels they were. */
    private static final Set<String> REORDERS = Set.of("flip", "roll", "fliplr", "flipud");
    /** Module methods that move a loss object to a device or dtype and return it (nn.BCEWithLogitsLoss().cuda()). */
    private static final Set<String> MOVES = Set.of("to", "cuda", "cpu", "float", "double", "half", "train", "eval");
    /** Label kinds of a tensor made with no values of its own yet (torch.zeros, torch.empty, FloatTensor(n, K)): a buffer until written. */
    static final Set<String> BUFFERS = Set.of("zeros", "empty", "zero_row");

    @Override
    public Value call(String name, Args args, Node call) {
        int dot = name.lastIndexOf('.');
        String last = name.substring(dot + 1);
        String prefix = dot < 0 ? "" : name.substring(0, dot);
        if (nn(prefix)) return module(last, args, call);
        if (prefix.equals("torch.utils.data")) return data(last, args);
        if (name.endsWith("autograd.Variable")) return args.value(0, "data"); // the old tensor wrapper is the tensor
        if (name.equals("torch.load")) return SavedModels.torchLoaded(args, call);
        // weight_norm(nn.Linear(d, 1)), parametrizations.spectral_norm(layer): the layer reparametrised, its outputs what they were
        if (prefix.startsWith("torch.nn.utils") && REPARAMETRISES.contains(last)) return args.value(0, "module");
        if (!functional(prefix)) return null;
        // W = torch.normal(0, 0.01, size=(d, K), requires_grad=True): a weight of a model written from scratch
        Node grad = args.keyword("requires_grad");
        // (not torch.tensor([], requires_grad=True): empty, no weight, the start of a loop's torch.cat)
        if (prefix.equals("torch") && grad != null && grad.text().equals("True") && !(last.equals("tensor") && Joins.empty(args.value(0, "data")))) {
            return new Value.Parameter(call.place(), Libraries.shortName(name));
        }
        String activation = Activations.of(last);
        if (activation != null && !last.equals("linear") && Character.isLowerCase(last.charAt(0))) {
            return Libraries.applied(axis(activation, args.value(1, "dim")), overChannels(activation, args.value(0, "input"), args.value(1, "dim")), call, Libraries.shortName(name));
        }
        if (CLAMPS.contains(last)) return args.value(0, "input") instanceof Tensor t ? clamped(t) : Value.UNKNOWN;
        return switch (last) {
            case "exp" -> exp(args.value(0, "input"), call, Libraries.shortName(name));
            // F.linear(x, self.weight, self.bias): nn.Linear written as a function, raw scores when the weight is learned
            case "linear" -> learned(args.value(1, "weight"), call, Libraries.shortName(name)) instanceof Tensor scores ? scores : Value.UNKNOWN;
            // F.gumbel_softmax(logits, tau, hard): a softmax of the perturbed scores (one-hot rows when hard), over dim=-1 by default
            case "gumbel_softmax" -> Libraries.applied(axis("softmax", args.value(4, "dim")), overChannels("softmax", args.value(0, "logits"), args.value(4, "dim")),
                    call, Libraries.shortName(name));
            case "log" -> log(args.value(0, "input"), call, Libraries.shortName(name));
            case "Tensor", "FloatTensor" -> args.positional().size() >= 2 ? sized("empty", args, call) // (n, K): sizes, not values
                    : args.isEmpty() ? new Value.Items(List.of()) : args.value(0, null); // torch.Tensor(): empty
            case "compile", "tensor", "as_tensor", "from_numpy" -> args.value(0, null);
            case "zeros", "zeros_like" -> sized("zeros", args, call);
            case "empty", "empty_like" -> sized("empty", args, call);
            case "one_hot" -> new Labels("one_hot", args.evaluator().integer(args.node(1, "num_classes"), args.context()), call.place());
            case "eye" -> new Labels("eye", args.evaluator().integer(args.node(0, "n"), args.context()), call.place());
            case "max" -> args.node(1, "dim") == null ? Value.UNKNOWN : new MaxPair(args.value(0, "input"), call.place());
            case "amax" -> args.node(1, "dim") == null ? Value.UNKNOWN : new MaxPair(args.value(0, "input"), call.place()).part(0);
            case "argmax" -> new Labels("index", 0, call.place());
            case "stack" -> stacked(args);
            case "cat", "concat", "concatenate" -> joined(args);
            case "mean" -> args.value(0, "input") instanceof Tensor t ? mean(t, args.node(1, "dim"), args) : Value.UNKNOWN;
            case "LongTensor" -> new Labels("index", 0, call.place());
            case "mm", "bmm", "matmul" -> {
                Value right = args.value(1, args.keyword("mat2") != null ? "mat2" : "other");
                Value scores = learned(right, call, Libraries.shortName(name));
                yield scores != null ? scores : last.equals("mm") ? Value.UNKNOWN : mixed(args.value(0, "input"), right, call, Libraries.shortName(name));
            }
            case "einsum" -> einsum(args, call);
            case "squeeze", "flatten", "reshape" -> { // (n, 1, h, w) to (n, h*w)
                Value input = kept(args.value(0, "input"));
                yield input instanceof Tensor t ? reshaped(t) : input;
            }
            case "unsqueeze", "transpose", "permute", "clone", "detach" -> kept(args.value(0, "input"));
            // torch.where(legal, probs, torch.zeros_like(probs)): the tensor where the test holds, a constant elsewhere (a mask)
            case "where" -> args.positional().size() == 3 && constant(args.node(2, "other")) ? kept(args.value(1, "input")) : Value.UNKNOWN;
            case "flip", "roll", "fliplr", "flipud" -> args.value(0, "input") instanceof Labels l ? l : Value.UNKNOWN;
            // F.dropout(p, 0.1, self.training): what nn.Dropout is, as a function (its input kept, see resamples)
            case "dropout", "dropout1d", "dropout2d", "dropout3d", "alpha_dropout" -> args.value(0, "input") instanceof Tensor t ? t : Value.UNKNOWN;
            // resampled scores per position are scores still, a resampled distribution one still (a convex mix of its rows)
            // resizing moves values along the spatial axes only: one over the batch axis (log_softmax(dim=0)) stays so
            case "interpolate", "upsample", "upsample_bilinear", "upsample_nearest" -> args.value(0, "input") instanceof Tensor t
                    ? t.activation().endsWith(AXIS_0) ? t : kept(t) : Value.UNKNOWN;
            default -> Value.UNKNOWN;
        };
    }

    /**
     * Probabilities clipped away from 0 and 1 (torch.sigmoid(z).clamp(1e-6, 1 - 1e-6)) are the probabilities still; a clip
     * of raw scores (clamp(0, 1)) makes values that are neither scores nor probabilities: not known.
     */
    static Value clamped(Tensor t) {
        return t.activation().equals("sigmoid") || t.activation().equals("softmax") ? t : Value.UNKNOWN;
    }

    /** A number, or a tensor filled with one ({@code torch.zeros_like(x)}, {@code torch.full_like(x, -1e9)}). */
    private static boolean constant(Node n) {
        Node fn = n == null || !n.is("call") ? null : n.field("function");
        if (fn == null) return n != null && (n.is("integer") || n.is("float") || n.is("unary_operator"));
        String name = fn.text().substring(fn.text().lastIndexOf('.') + 1);
        return Set.of("zeros_like", "ones_like", "full_like").contains(name);
    }

    /**
     * A convolution's output reshaped: out.view(n, -1) puts every position of its one channel in a row (a spatial
     * softmax's scores), so the width the channels gave is not known any more; the scores stay scores.
     */
    private static Tensor reshaped(Tensor t) {
        return convolution(t) ? t.withUnits(0) : t;
    }

    /**
     * torch.squeeze(p), torch.flatten(p, 1): the function forms of the reshaping methods keep what the tensor is, unless
     * it is a distribution over axis 0 or stacked outputs, whose meaning the new shape decides.
     */
    static Value kept(Value v) {
        return v instanceof Tensor t && !t.activation().contains("@") || v instanceof Labels ? v : Value.UNKNOWN;
    }

    private static Value module(String last, Args args, Node call) {
        if (last.endsWith("Loss")) return new Loss("pytorch", last, "nn." + last, Libraries.options(args, "weight"), call.place());
        String activation = Activations.of(last);
        if (activation != null) {
            if (!axis(activation, args.value(0, "dim")).equals(activation)) {
                return new Layer(activation + AXIS_0, 0, call.place(), "nn." + last + "(dim=0)", null, false);
            }
            return new Layer(activation, 0, call.place(), "nn." + last, null, false);
        }
        return switch (last) {
            case "Parameter" -> new Value.Parameter(call.place(), "nn.Parameter");
            case "Linear" -> new Layer("linear", args.evaluator().integer(args.node(1, "out_features"), args.context()), call.place(), "nn.Linear", null, false);
            case "Bilinear" -> new Layer("linear", args.evaluator().integer(args.node(2, "out_features"), args.context()), call.place(), "nn.Bilinear", null, false);
            case "LazyLinear" -> new Layer("linear", args.evaluator().integer(args.node(0, "out_features"), args.context()), call.place(), "nn.LazyLinear", null, false);
            // a segmentation head's nn.Conv2d(64, n_classes, 1): raw scores per position, its channels on axis 1 as a Linear's features
            case "Conv1d", "Conv2d", "Conv3d", "ConvTranspose1d", "ConvTranspose2d", "ConvTranspose3d" ->
                    new Layer("linear", args.evaluator().integer(args.node(1, "out_channels"), args.context()), call.place(), "nn." + last, null, false);
            case "LazyConv1d", "LazyConv2d", "LazyConv3d", "LazyConvTranspose1d", "LazyConvTranspose2d", "LazyConvTranspose3d" ->
                    new Layer("linear", args.evaluator().integer(args.node(0, "out_channels"), args.context()), call.place(), "nn." + last, null, false);
            // nn.Sequential(*[Block(d) for _ in range(n)], nn.Linear(d, k)): the modules after a splat of no known items still end it
            case "Sequential" -> sequential(args, call);
            case "ModuleList" -> args.isEmpty() ? new Value.Items(List.of()) : args.value(0, "modules") instanceof Value.Items items ? items : Value.UNKNOWN;
            case "ModuleDict" -> args.isEmpty() ? new Value.Dict(java.util.Map.of()) : args.value(0, "modules") instanceof Value.Dict d ? d : Value.UNKNOWN;
            case "DataParallel", "DistributedDataParallel" -> args.value(0, "module");
            case "Upsample", "UpsamplingBilinear2d", "UpsamplingNearest2d", "PixelShuffle", "Flatten", "Unflatten", "Dropout", "Dropout1d", "Dropout2d", "Dropout3d",
                 "AlphaDropout" -> new Layer(null, 0, call.place(), "nn." + last, null, false);
            default -> Value.UNKNOWN;
        };
    }

    /**
     * TensorDataset(x, y) is rows of (x, y): a list whose element is the pair, so that a loop over a DataLoader of it
     * unpacks the inputs and the labels as they were made; a DataLoader iterates its dataset, or, given a collate_fn, the
     * batches that function makes (whatever it is handed: a function or object whose return is not a known tuple is not followed).
     */
    private static Value data(String last, Args args) {
        return switch (last) {
            case "TensorDataset" -> args.values() == null ? Value.UNKNOWN : new Value.Items(List.of(new Value.Items(args.values())));
            case "DataLoader" -> args.node(6, "collate_fn") == null ? args.value(0, "dataset") : collated(args.value(6, "collate_fn"), args);
            default -> Value.UNKNOWN;
        };
    }

    /** DataLoader(ds, collate_fn=fn): rows of the batch fn returns (images, F.one_hot(labels, K)), its samples not known. */
    private static Value collated(Value fn, Args args) {
        if (!(fn instanceof Value.Function || fn instanceof Value.Instance)) return Value.UNKNOWN;
        Value batch = args.evaluator().apply(fn, Args.NONE, args.node(6, "collate_fn"), args.context());
        return batch instanceof Value.Items ? new Value.Items(List.of(batch)) : Value.UNKNOWN;
    }

    private static Value sequential(Args args, Node call) {
        if (args.isEmpty()) return new Layer(null, 0, call.place(), "nn.Sequential", null, true, List.of());
        List<Value> modules = args.values();
        return modules != null ? listed(named(modules), call.place()) : sequential(named(args.afterSplat()));
    }

    /** nn.Sequential(OrderedDict([("fc", ...), ("softmax", ...)])): the modules in the order of their names. */
    private static List<Value> named(List<Value> modules) {
        return modules != null && modules.size() == 1 && modules.get(0) instanceof Value.Dict d ? List.copyOf(d.entries().values()) : modules;
    }

    /**
     * nn.Sequential (one grown by add_module too): its last module decides the output, keeping its own place; an
     * activation takes the width before it.
     */
    static Value sequential(List<Value> modules) {
        if (modules == null || modules.isEmpty()) return Value.UNKNOWN;
        if (modules.size() > 1 && modules.get(modules.size() - 1) instanceof Layer r && resamples(r)) { // conv, then nn.Upsample: the conv's scores, resized
            Value before = sequential(modules.subList(0, modules.size() - 1));
            return before instanceof Layer b && !keepsWidth(r) ? new Layer(b.activation(), 0, b.place(), b.shown(), b.name(), true) : before;
        }
        // a module of the project last (a registered head after a pretrained backbone): calling it decides the output
        if (modules.get(modules.size() - 1) instanceof Value.Instance head) return head;
        if (!(modules.get(modules.size() - 1) instanceof Layer l) || l.activation() == null) return Value.UNKNOWN;
        int units = l.units();
        if (units == 0 && !l.activation().equals("linear") && modules.size() > 1 && modules.get(modules.size() - 2) instanceof Layer b
                && "linear".equals(b.activation())) {
            units = b.units();
        }
        return new Layer(l.activation(), units, l.place(), l.shown(), l.name(), true);
    }

    /**
     * An nn.Sequential of known modules: as {@link #sequential}, keeping the modules for what Python does with it as a
     * list (net[:-1], net[-1], net.insert(i, m), net + head); one whose output is not known (it ends in nn.GELU) is
     * kept as an open nn.Sequential made at {@code at}, as an empty one is, its calls not known.
     */
    static Value listed(List<Value> modules, SourcePlace at) {
        Value made = sequential(modules);
        List<Value> kept = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(modules));
        if (made instanceof Value.Unknown) return new Layer(null, 0, at, "nn.Sequential", null, true, kept);
        return made instanceof Layer l ? new Layer(l.activation(), l.units(), l.place(), l.shown(), l.name(), l.inner(), kept) : made;
    }

    /** How an einops Rearrange module is shown. */
    static final String REARRANGE = "einops Rearrange";

    /**
     * nn.Upsample, nn.PixelShuffle, nn.Flatten, nn.Unflatten, einops' Rearrange: they move values in space or between axes, so their output is what their input was;
     * nn.Dropout zeroes some values and scales the rest while training, and is the identity in eval mode (a softmax, then dropout, is still fed as a softmax).
     */
    static boolean resamples(Layer l) {
        return l.activation() == null && (keepsWidth(l) || RESAMPLERS.contains(l.shown()));
    }

    /** nn.Upsample and nn.Dropout leave the channels as they were. */
    private static boolean keepsWidth(Layer l) {
        return l.shown().startsWith("nn.Upsampl") || l.shown().startsWith("nn.Dropout") || l.shown().equals("nn.AlphaDropout");
    }

    private static final Set<String> RESAMPLERS = Set.of("nn.PixelShuffle", "nn.Flatten", "nn.Unflatten", REARRANGE);

    /** A resampling module applied: its input's activation kept; the others move values between axes, so the width is not known. */
    static Value resampled(Layer l, Value input) {
        Value kept = kept(input);
        return kept instanceof Tensor t && !keepsWidth(l) ? t.withUnits(0) : kept;
    }

    @Override
    public Value method(Value receiver, String method, Args args, Node call) {
        Node at = call.field("function").field("attribute");
        boolean tensor = receiver instanceof Value.Unknown || receiver instanceof Labels || receiver instanceof Tensor;
        // self.weight.t(), W.view(d, K).to(device): the learned weight still (a detached one is a fixed matrix)
        if (receiver instanceof Value.Parameter w && (method.equals("t") || KEEPS.contains(method) && !method.equals("detach"))) return w;
        if (method.equals("requires_grad_") && trainable(receiver, args)) return new Value.Parameter(call.place(), ".requires_grad_"); // torch.randn(d, K).requires_grad_()
        // X.mm(W), X.matmul(W) by a learned weight: raw scores, as X @ W
        if (tensor && (method.equals("mm") || method.equals("matmul")) && learned(args.value(0, null), call, "." + method + "()") instanceof Tensor scores) return scores;
        if (method.equals("new_zeros") || method.equals("new_empty")) return sized(method.substring(4), args, call); // x.new_zeros(T, B, K): a buffer of x's dtype and device
        if (receiver instanceof Tensor t) {
            String activation = Activations.ofTensorMethod(method);
            if (activation != null) return new Tensor(axis(activation, args.value(0, "dim")), widthOver(activation, t, args.value(0, "dim")), at.place(), "." + method + "()", t.name(), List.of("." + method + "()")).after(t);
            if (method.equals("exp")) return exp(t, at, ".exp()");
            if (method.equals("log")) return log(t, at, ".log()");
            if (method.equals("bmm") || method.equals("matmul")) return mixed(t, args.value(0, null), call, "." + method + "()");
            if (t.activation().endsWith(AXIS_0)) return oneRow(t, method, args);
            if (method.equals("mean")) return mean(t, args.node(0, "dim"), args);
            if (t.activation().endsWith(STACKED)) return rowsOfStack(t, method, args);
            if (KEEPS.contains(method)) return RESHAPES.contains(method) ? reshaped(t) : t;
            if (CLAMPS.contains(method)) return clamped(t);
            // probs.masked_fill(~mask, 0.0): as torch.where(mask, probs, 0), the tensor where the mask does not hold, a constant elsewhere
            if ((method.equals("masked_fill") || method.equals("masked_fill_")) && constant(args.node(1, "value"))) return kept(t);
            return evidence(receiver, method, args, call);
        }
        if (receiver instanceof Labels l) {
            Value filled = filled(l, method, args, call);
            if (filled != null) return filled;
            return KEEPS.contains(method) || REORDERS.contains(method) ? receiver : evidence(receiver, method, args, call);
        }
        // Module.apply(fn) takes one function; Flax's apply(variables, x) is JaxLibrary's
        if (receiver instanceof Instance || receiver instanceof Layer || receiver instanceof Value.Pretrained) {
            return KEEPS.contains(method) || MODULE_KEEPS.contains(method) && !(method.equals("apply") && args.positional().size() > 1) ? receiver : null;
        }
        if (receiver instanceof Loss l && l.framework().equals("pytorch")) return MOVES.contains(method) ? receiver : null;
        String activation = Activations.ofTensorMethod(method);
        if (receiver instanceof Value.Pieces p) { // out.float(): the same pieces
            if (MOVES.contains(method) || method.equals("contiguous")) return receiver;
            // torch.cat(level_scores, 1).sigmoid(): applied to the whole, as to a tensor not known, after what the pieces agree on
            if (activation != null) return new Tensor(axis(activation, args.value(0, "dim")), 0, at.place(), "." + method + "()", null, List.of("." + method + "()")).after(Joins.join(p.parts()));
            if (method.equals("view") || method.equals("reshape")) return regrouped(p, args);
            return KEEPS.contains(method) && p.whole() instanceof Tensor whole ? whole : null; // torch.cat(scores, 1).squeeze(-1)
        }
        if (!(receiver instanceof Value.Unknown)) return null;
        if (activation != null) return new Tensor(axis(activation, args.value(0, "dim")), 0, at.place(), "." + method + "()", null, List.of("." + method + "()"));
        return evidence(receiver, method, args, call);
    }

    /**
     * A new tensor of zeros (torch.zeros(n, K)) or of no set values yet (torch.FloatTensor(n, K), "empty" until its
     * zero_()), the start of a one-hot made by scatter_; its width is the last size given.
     */
    private static Value sized(String kind, Args args, Node call) {
        List<Node> sizes = args.positional();
        int width = sizes.size() >= 2 ? args.evaluator().integer(sizes.get(sizes.size() - 1), args.context()) : 0;
        // torch.zeros(K): one sample's vector of K zeros (a per-sample target made in a dataset's transform)
        boolean zeros = call.field("function") != null && call.field("function").text().endsWith("zeros"); // not zeros_like(x)
        if (sizes.size() == 1 && zeros && args.keyword("size") == null) return new Labels("zero_row", args.evaluator().integer(sizes.get(0), args.context()), call.place());
        return new Labels(kind, width, call.place());
    }

    /**
     * Zeros filled in: x.zero_() is zeros whatever x held; zeros.scatter_(1, y.unsqueeze(1), 1) puts one 1 in each row,
     * at the label: one-hot rows. A scatter of other values (a tensor, a reduce) is not known.
     */
    private static Value filled(Labels l, String method, Args args, Node call) {
        if (method.equals("zero_")) return new Labels(l.kind().equals("zero_row") ? "zero_row" : "zeros", l.classes(), l.place());
        if (!method.equals("scatter_") && !method.equals("scatter") || !l.kind().equals("zeros") && !l.kind().equals("zero_row")) return null;
        Node one = args.node(2, "src") != null ? args.node(2, "src") : args.keyword("value");
        Value dim = args.value(0, "dim");
        boolean ones = one != null && args.evaluator().eval(one, args.context()) instanceof Value.Literal v && Double.valueOf(1).equals(v.value());
        if (l.kind().equals("zero_row")) { // ones at the indices given: one-hot when the index is one class (see VisionDatasets), multi-hot when several
            boolean row = dim instanceof Value.Literal d && d.value() instanceof Double n && (n == 0 || n == -1);
            return ones && row && args.keyword("reduce") == null ? new Labels("hot_row", l.classes(), call.place()) : Value.UNKNOWN;
        }
        boolean alongRow = dim instanceof Value.Literal d && d.value() instanceof Double n && n != 0;
        return ones && alongRow && args.keyword("reduce") == null ? new Labels("one_hot", l.classes(), call.place()) : Value.UNKNOWN;
    }

    /** What labels are, from the methods that make them: y.max(1) (values, indices), y.argmax(1). */
    private static Value evidence(Value receiver, String method, Args args, Node call) {
        return switch (method) {
            case "max" -> args.node(0, "dim") == null ? null : new MaxPair(receiver, call.place());
            case "amax" -> args.node(0, "dim") == null ? null : new MaxPair(receiver, call.place()).part(0); // the values alone
            case "argmax" -> new Labels("index", 0, call.place());
            default -> null;
        };
    }

    /**
     * An activation over axis 0 reshaped into one row, p.view(1, -1), p.view(-1, len(candidates)) (rows as wide as the
     * vector is long: one) or p.unsqueeze(0): a distribution over the row; any other method leaves it unknown.
     */
    private static Value oneRow(Tensor t, String method, Args args) {
        Value first = args.value(0, null);
        boolean column = args.value(1, null) instanceof Value.Literal l && l.value() instanceof Double d && d == 1; // p.view(-1, 1)
        boolean one = first instanceof Value.Literal l && l.value() instanceof Double d && (d == 1 || d == -1 && !column);
        boolean zero = first instanceof Value.Literal l && l.value() instanceof Double d && d == 0;
        boolean row = (method.equals("view") || method.equals("reshape")) && one && args.positional().size() == 2
                || method.equals("unsqueeze") && zero;
        if (!row) return Value.UNKNOWN;
        String activation = t.activation().substring(0, t.activation().length() - AXIS_0.length());
        return new Tensor(activation, 0, t.place(), t.shown(), t.name(), t.steps(), t.alike()).via("." + method + "() into one row");
    }

    /** torch.stack(outs) over the models of an ensemble, each output agreeing (all softmax): the members on a new axis 0. */
    private static Value stacked(Args args) {
        Node dim = args.keyword("axis") != null ? args.keyword("axis") : args.node(1, "dim");
        if (dim != null && !dim.text().trim().equals("0")) {
            Value last = minusOne(axis(args)) && args.value(0, "tensors") instanceof Value.Items items ? onNewLastAxis(items.items()) : null;
            return last != null ? last : pieces(args, true);
        }
        if (!(args.value(0, "tensors") instanceof Value.Items items) || items.items().isEmpty()) return Value.UNKNOWN;
        if (!(Joins.join(items.items()) instanceof Tensor t) || t.activation().contains("@")) return Value.UNKNOWN;
        return new Tensor(t.activation() + STACKED, t.units(), t.place(), t.shown(), t.name(), t.steps(), t.alike());
    }

    /**
     * torch.stack(outs).view(-1, K) where every step's output is K wide: the rows of the steps, each the distribution it
     * was (a decoder's softmax per time step); another regrouping into rows keeps what the values are, not the width.
     */
    private static Value rowsOfStack(Tensor t, String method, Args args) {
        if (!method.equals("view") && !method.equals("reshape")) return Value.UNKNOWN;
        List<Node> sizes = args.positional();
        boolean steps = sizes.size() == 2 && t.units() > 0 && args.value(0, null) instanceof Value.Literal l && Double.valueOf(-1).equals(l.value())
                && args.evaluator().integer(sizes.get(1), args.context()) == t.units();
        return steps ? member(t).via("rows of torch.stack") : regrouped(member(t), args, "stack");
    }

    /**
     * A softmax over a convolution's output normalises its channels only along dim 1; over another axis (the positions of
     * a Conv1d's one channel, dim=-1) the channels are not what it is as wide as.
     */
    private static Value overChannels(String activation, Value input, Value dim) {
        return input instanceof Tensor t ? t.withUnits(widthOver(activation, t, dim)) : input;
    }

    private static int widthOver(String activation, Tensor t, Value dim) {
        boolean channels = !convolution(t) || !activation.contains("softmax") || dim instanceof Value.Literal l && Double.valueOf(1).equals(l.value());
        return channels ? t.units() : 0;
    }

    private static boolean convolution(Tensor t) {
        return t.shown().startsWith("nn.Conv") || t.shown().startsWith("nn.LazyConv");
    }

    /**
     * A softmax or log_softmax over axis 0 (nn.Softmax(dim=0), F.log_softmax(x, dim=0), x.softmax(0)) is marked: over the
     * batch (a mistake of its own) or a 1-D vector of scores, which becomes one row of probabilities when reshaped to (1, K).
     */
    static String axis(String activation, Value dim) {
        return (activation.equals("softmax") || activation.equals("log_softmax")) && zero(dim) ? activation + AXIS_0 : activation;
    }

    static boolean zero(Value v) {
        return v instanceof Value.Literal l && l.value() instanceof Double d && d == 0;
    }

    /**
     * torch.cat(tensors) along the batch axis: more rows of what every piece is, all agreeing; an empty start
     * ({@code outs = torch.tensor([])}, then {@code outs = torch.cat([outs, F.softmax(model(x), 1)])} in a loop) adds none.
     */
    static Value rows(Value tensors, String shown) {
        if (!(tensors instanceof Value.Items items)) return Value.UNKNOWN;
        List<Value> parts = items.items().stream().filter(v -> !Joins.empty(v)).toList();
        if (parts.isEmpty() || !(Joins.join(parts) instanceof Tensor t)) return Value.UNKNOWN;
        return t.via("rows joined by " + shown);
    }

    /** torch.cat(tensors, dim): more rows along the batch axis, else the two classes' probabilities [1 - p, p], else the pieces. */
    private static Value joined(Args args) {
        Value axis = axis(args);
        if (args.node(1, "dim") == null && args.keyword("axis") == null || zero(axis)) return rows(args.value(0, "tensors"), "torch.cat");
        Tensor pair = complementary(args, axis);
        if (pair != null) return pair;
        Value last = minusOne(axis) ? unsqueezedLast(args) : null;
        return last != null ? last : pieces(args, false);
    }

    private static boolean minusOne(Value v) {
        return v instanceof Value.Literal l && Double.valueOf(-1).equals(l.value());
    }

    /**
     * torch.cat((outs, p.unsqueeze(-1)), dim=-1), each piece given a new last axis of its own ({@code .unsqueeze(-1)},
     * {@code torch.unsqueeze(p, -1)}, {@code p[..., None]}) or an empty start: torch.stack(pieces, dim=-1) written out.
     */
    private static Value unsqueezedLast(Args args) {
        Node list = Node.bare(args.node(0, "tensors"));
        if (list == null || !list.is("list") && !list.is("tuple") || !(args.value(0, "tensors") instanceof Value.Items items)) return null;
        if (items.items().size() != list.named().size()) return null;
        for (int i = 0; i < items.items().size(); i++) {
            if (!Joins.empty(items.items().get(i)) && !newLastAxis(Node.bare(list.named().get(i)), args)) return null;
        }
        return onNewLastAxis(items.items());
    }

    /** Whether {@code e} is written as its tensor with a new last axis: {@code p.unsqueeze(-1)}, {@code torch.unsqueeze(p, -1)}, {@code p[..., None]}. */
    private static boolean newLastAxis(Node e, Args args) {
        if (e != null && e.is("subscript")) {
            List<Node> parts = e.named();
            return parts.size() == 3 && parts.get(1).is("ellipsis") && parts.get(2).is("none");
        }
        Node fn = e != null && e.is("call") ? e.field("function") : null;
        Node arguments = fn == null ? null : e.field("arguments");
        if (arguments == null || !fn.is("attribute") || !fn.field("attribute").text().equals("unsqueeze")) return false;
        List<Node> given = arguments.named();
        Node dim = given.size() == 1 ? given.get(0) : given.size() == 2 && fn.field("object").text().equals("torch") ? given.get(1) : null;
        return dim != null && minusOne(args.evaluator().eval(dim, args.context()));
    }

    /**
     * Pieces on a new last axis (torch.stack(heads, dim=-1), or the cat above): every axis a piece has keeps its place, so
     * what each piece's activation normalises it still does, over the same axis; the whole is what all the pieces agree on
     * (one yes/no softmax per channel, stacked by channel). An empty start adds none.
     */
    private static Value onNewLastAxis(List<Value> parts) {
        List<Value> given = parts.stream().filter(v -> !Joins.empty(v)).toList();
        if (given.isEmpty() || !(Joins.join(given) instanceof Tensor t) || t.activation().contains("@")) return null;
        return t.via("pieces stacked on a new last axis");
    }

    /** The axis of torch.cat or torch.stack: dim=, or axis= as NumPy names it (torch.cat(xs, axis=1)). */
    private static Value axis(Args args) {
        return args.keyword("axis") != null ? args.value(-1, "axis") : args.value(1, "dim");
    }

    /**
     * torch.cat([1 - p, p], dim=1), either order, of one sigmoid unit p: the probabilities of the two classes, a distribution
     * over them as a softmax over two logits is (a focal loss building both columns from a binary head). Only along the
     * unit's own axis (1 or -1 of the (N, 1) output), and only when the other piece is written as 1 minus the same expression.
     */
    private static Tensor complementary(Args args, Value axis) {
        Node list = Node.bare(args.node(0, "tensors"));
        if (list == null || !list.is("list") && !list.is("tuple") || list.named().size() != 2) return null;
        if (!(axis instanceof Value.Literal l && (Double.valueOf(1).equals(l.value()) || Double.valueOf(-1).equals(l.value())))) return null;
        if (!(args.value(0, "tensors") instanceof Value.Items items) || items.items().size() != 2) return null;
        Node a = Node.bare(list.named().get(0));
        Node b = Node.bare(list.named().get(1));
        Value p = complement(a, b) ? items.items().get(1) : complement(b, a) ? items.items().get(0) : null;
        if (!(p instanceof Tensor t) || !t.activation().equals("sigmoid") || t.units() != 1) return null;
        return new Tensor("softmax", 2, t.place(), t.shown(), t.name(), t.steps(), t.alike()).via("[1 - p, p] joined into two classes' probabilities");
    }

    /** Whether {@code e} is written as {@code 1 - other}. */
    private static boolean complement(Node e, Node other) {
        if (e == null || other == null || !e.is("binary_operator") || e.field("operator") == null || !e.field("operator").text().equals("-")) return false;
        Node one = e.field("left");
        Node p = Node.bare(e.field("right"));
        boolean unit = one != null && Set.of("1", "1.", "1.0").contains(one.text());
        return unit && p != null && p.text().equals(other.text());
    }

    /** torch.cat(tensors, dim) and torch.stack(tensors, dim) along a literal axis other than the batch's: the pieces, each kept. */
    private static Value pieces(Args args, boolean stacked) {
        Value axis = axis(args);
        if (!(args.value(0, "tensors") instanceof Value.Items items) || items.items().isEmpty()) return Value.UNKNOWN;
        if (!(axis instanceof Value.Literal l && l.value() instanceof Double d && d == Math.rint(d) && d != 0)) return Value.UNKNOWN;
        return new Value.Pieces(List.copyOf(items.items()), d.intValue(), stacked);
    }

    /**
     * torch.cat(steps, 1).view(B * T, -1): pieces that all agree (each step's log_softmax, a decoder's outputs appended in
     * a loop) regrouped into rows of two or more axes. Where the rows begin and end is not known (the width is then
     * unknown), but every value in them is what each piece is, which is what the loss rules read: probabilities into a
     * loss that applies softmax, log-probabilities into one that applies log_softmax, stay so in any grouping.
     */
    private static Value regrouped(Value.Pieces p, Args args) {
        return Joins.join(p.parts()) instanceof Tensor t ? regrouped(t, args, p.stacked() ? "stack" : "cat") : Value.UNKNOWN;
    }

    /** One agreeing piece {@code t} regrouped into rows of two or more axes (see above), or torch.stack(outs).view(-1, K): the outputs stacked on a new axis 0, in rows again. */
    private static Value regrouped(Tensor t, Args args, String joined) {
        boolean rows = args.positional().size() >= 2 || args.value(0, "shape") instanceof Value.Items shape && shape.items().size() >= 2;
        if (!rows || t.activation().contains("@")) return Value.UNKNOWN;
        return t.withUnits(0).via("the pieces of torch." + joined + " regrouped into rows");
    }

    /**
     * out[..., 4:5], out[:, :k], out[:, 1]: the piece the index falls in, when it indexes the joined axis with literal
     * bounds inside one piece of known width (a linear layer's, or one index of a stack); any other index is unknown.
     */
    static Value piece(Value.Pieces p, List<Node> indices, Evaluator evaluator, Context c) {
        if (indices.isEmpty()) return Value.UNKNOWN;
        boolean ellipsis = indices.get(0).is("ellipsis");
        for (Node i : indices.subList(ellipsis ? 1 : 0, indices.size() - 1)) if (!i.is("slice") || !i.named().isEmpty() || !i.text().equals(":")) return Value.UNKNOWN;
        int at = ellipsis ? -1 : indices.size() - 1; // the axis indexed: the last one after "...", else by position
        if (ellipsis && indices.size() != 2 || at != p.axis()) return Value.UNKNOWN;
        Node last = indices.get(indices.size() - 1);
        int[] range = range(last, evaluator, c);
        if (range == null || p.stacked() != (range[1] < 0)) return Value.UNKNOWN;
        if (p.stacked()) return range[0] < p.parts().size() && p.parts().get(range[0]) instanceof Tensor t ? t.via("a piece of torch.stack") : Value.UNKNOWN;
        int from = 0;
        for (Value part : p.parts()) {
            int width = part instanceof Tensor t ? t.units() : 0;
            if (width <= 0) return Value.UNKNOWN; // where the next pieces start is not known
            if (range[0] >= from && range[1] <= from + width) {
                Tensor t = (Tensor) part;
                return t.withUnits(range[1] - range[0]).via("a slice of torch.cat");
            }
            if (range[0] < from + width) return Value.UNKNOWN; // spans two pieces
            from += width;
        }
        return Value.UNKNOWN;
    }

    /** [start, stop) of a literal slice (start 0 when left out), or {index, -1} for one literal index; null otherwise. */
    private static int[] range(Node index, Evaluator evaluator, Context c) {
        if (!index.is("slice")) {
            return evaluator.eval(index, c) instanceof Value.Literal l && l.value() instanceof Double d && d == Math.rint(d) && d >= 0 ? new int[] {d.intValue(), -1} : null;
        }
        List<Node> bounds = index.named();
        if (index.text().chars().filter(ch -> ch == ':').count() != 1 || bounds.isEmpty() || bounds.size() > 2) return null; // a step, or an open end
        Node stop = bounds.get(bounds.size() - 1);
        if (stop.start() == index.start()) return null; // "4:": to the end
        Node start = bounds.size() == 2 ? bounds.get(0) : null;
        int a = start == null ? 0 : evaluator.integer(start, c);
        int b = evaluator.integer(stop, c);
        if (start != null && a <= 0 && !start.text().equals("0") || b <= a) return null;
        return new int[] {a, b};
    }

    /**
     * A mean over axis 0: of stacked outputs, the ensemble's output; of softmax (or sigmoid) rows, the batch's mean
     * distribution over the classes (probabilities still); any other mean is not known.
     */
    private static Value mean(Tensor t, Node dim, Args args) {
        if (t.activation().endsWith(STACKED)) return members(t, dim, args);
        boolean batch = dim != null && zero(args.evaluator().eval(dim, args.context()));
        return batch && (t.activation().equals("softmax") || t.activation().equals("sigmoid")) ? t.via("a mean over the batch") : Value.UNKNOWN;
    }

    /** The mean over the members' axis of stacked outputs is the ensemble's output, of the members' activation. */
    private static Value members(Tensor t, Node dim, Args args) {
        if (dim == null || !zero(args.evaluator().eval(dim, args.context()))) return Value.UNKNOWN;
        return member(t).via("the mean over the members");
    }

    /** One of the outputs stacked on a new axis 0 (their activation without the stack's mark). */
    private static Tensor member(Tensor t) {
        String activation = t.activation().substring(0, t.activation().length() - STACKED.length());
        return new Tensor(activation, t.units(), t.place(), t.shown(), t.name(), t.steps(), t.alike());
    }

    /**
     * W.requires_grad_() as a statement, or on a list ({@code for p in params: p.requires_grad_()}) each of its items:
     * a tensor that is not a model's output becomes a learned weight.
     */
    static Value trained(Value v, Args args, Node call) {
        if (v instanceof Value.Items items) return new Value.Items(items.items().stream().map(i -> trained(i, args, call)).toList());
        return trainable(v, args) ? new Value.Parameter(call.place(), ".requires_grad_") : v;
    }

    /** requires_grad_() or requires_grad_(True) on a made tensor (zeros, random numbers: nothing known), not on an output. */
    private static boolean trainable(Value receiver, Args args) {
        Node grad = args.node(0, "requires_grad");
        return (grad == null || grad.text().equals("True")) && (receiver instanceof Value.Unknown || receiver instanceof Labels);
    }

    /**
     * X @ W, torch.mm(X, W), tf.matmul(H, W_hq) where W is a learned weight: what nn.Linear or a Dense layer without
     * activation gives, raw scores, whatever X is (a learned map of probabilities is not bounded); null for another matrix.
     */
    static Value learned(Value weight, Node at, String shown) {
        if (!(weight instanceof Value.Parameter w)) return null;
        return new Tensor("linear", 0, at.place(), shown + " by a learned weight", null, List.of(shown + " by the learned weight " + w.shown() + "(...)"));
    }

    /**
     * Rows mixed by softmax weights (attention, a pointer network's copy distribution): weights @ rows is a convex
     * combination of the rows, so it is a distribution when every row is one (one-hot rows, softmax rows), the
     * vocabulary's width; mixed features (values from a linear layer) are no probabilities, and not known.
     */
    static Value mixed(Value weights, Value rows, Node at, String shown) {
        if (!(weights instanceof Tensor w) || !w.activation().equals("softmax")) return Value.UNKNOWN;
        int units;
        if (rows instanceof Labels l && l.kind().equals("one_hot")) units = l.classes();
        else if (rows instanceof Tensor r && r.activation().equals("softmax")) units = r.units();
        else return Value.UNKNOWN;
        List<String> steps = new java.util.ArrayList<>(w.steps());
        steps.add(shown + " of the softmax weights and " + (rows instanceof Labels ? "one-hot rows" : "softmax rows"));
        return new Tensor("softmax", units, at.place(), shown + " of softmax weights", null, List.copyOf(steps));
    }

    /**
     * logits / self.temperature, 2.0 * logits: raw scores divided or multiplied by a positive number stay raw scores (a
     * temperature); by a name or attribute not known to be a tensor too (a learned temperature). A sigmoid or softmax so
     * scaled is bounded still (its rows sum to 1/T), which is all a loss that applies the activation again or takes
     * log-probabilities needs to be wrong: it keeps its activation, the scaling among its steps. Anything else scaled
     * (log-probabilities, whose scaling is a temperature on the loss) is not followed.
     */
    static Value scaled(Value scores, Node factor, Value by, String op) {
        if (!(scores instanceof Tensor t) || !SCALABLE.contains(t.activation()) || factor == null) return Value.UNKNOWN;
        boolean positive = by instanceof Value.Literal l && l.value() instanceof Number n && n.doubleValue() > 0;
        boolean named = by instanceof Value.Unknown && (factor.is("identifier") || factor.is("attribute"));
        return positive || named ? t.via(op + " " + factor.text()) : Value.UNKNOWN;
    }

    /** A positive constant of at most 1e-3: the epsilon added to probabilities before a log. */
    static boolean tiny(Value v) {
        return v instanceof Value.Literal l && l.value() instanceof Double d && d > 0 && d <= 1e-3;
    }

    /**
     * torch.log(probs + 1e-8): an epsilon added against log(0) leaves probabilities (and raw scores) what the loss rules
     * read them as, so a log of it is a log_softmax still; anything else plus it is not followed.
     */
    static Value guarded(Value v, Node epsilon) {
        return v instanceof Tensor t && SCALABLE.contains(t.activation()) ? t.via("+ " + epsilon.text()) : Value.UNKNOWN;
    }

    /** torch.einsum("bts,bsv->btv", attn, one_hot): two operands mixed, the weights on either side. */
    private static Value einsum(Args args, Node call) {
        List<Node> operands = args.positional();
        if (operands.size() != 3 || operands.get(1).is("list_splat") || operands.get(2).is("list_splat")) return Value.UNKNOWN;
        Value a = args.value(1, null);
        Value b = args.value(2, null);
        Value mixed = mixed(a, b, call, "torch.einsum");
        return mixed instanceof Tensor ? mixed : mixed(b, a, call, "torch.einsum");
    }

    /**
     * exp of log-probabilities is a softmax (torch.exp(F.log_softmax(z, 1)), z.log_softmax(1).exp()); exp of raw scores is a
     * positive rate, the family of softplus (as Keras's "exponential" is read).
     */
    static Value exp(Value v, Node at, String shown) {
        if (v instanceof Tensor t && t.activation().equals("log_softmax" + AXIS_0)) {
            return new Tensor("softmax" + AXIS_0, t.units(), at.place(), shown + " of log_softmax", t.name(), List.of(shown));
        }
        if (v instanceof Tensor t && t.activation().equals("linear")) return Libraries.applied("softplus", t, at, shown);
        return v instanceof Tensor t && t.activation().equals("log_softmax") ? new Tensor("softmax", t.units(), at.place(), shown + " of log_softmax", t.name(),
                List.of(shown)) : Value.UNKNOWN;
    }

    /**
     * The log of a softmax is log_softmax (torch.log(F.softmax(z, 1))); the log of one sigmoid is log-sigmoid, log-probabilities of
     * independent outputs that need not sum to 1 (a sigmoid applied twice, or over log_softmax, is not read further).
     */
    private static Value log(Value v, Node at, String shown) {
        if (!(v instanceof Tensor t)) return Value.UNKNOWN;
        if (t.activation().equals("softmax")) return new Tensor("log_softmax", t.units(), at.place(), shown + " of softmax", t.name(), List.of(shown));
        return t.activation().equals("sigmoid") && t.times() == 1 && t.over().isEmpty()
                ? new Tensor("log_sigmoid", t.units(), at.place(), shown + " of sigmoid", t.name(), List.of(shown)) : Value.UNKNOWN;
    }

    static boolean nn(String prefix) {
        return prefix.equals("torch.nn") || prefix.equals("nn") || prefix.startsWith("torch.nn.modules");
    }

    static boolean functional(String prefix) {
        return prefix.equals("torch") || prefix.equals("torch.nn.functional") || prefix.equals("F") || prefix.equals("torch.special")
                || prefix.equals("nn.functional");
    }
}
