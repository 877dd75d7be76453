package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.input.LossOptions;
import dev.lossadvisor.engine.python.syntax.SourcePlace;
import dev.lossadvisor.engine.python.semantic.Scope;
import dev.lossadvisor.engine.python.semantic.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a Python expression stands for, as far as the loss analysis cares; anything else is {@link Unknown}. */
public sealed interface Value {

    /** Nothing the analysis can follow: a flow reaching it stops, and nothing is reported. */
    record Unknown() implements Value {}

    /** A name of a library or a builtin, dotted in full (torch.nn.CrossEntropyLoss, F.softmax is torch.nn.functional.softmax). */
    record Lib(String name) implements Value {
        /** The cross-entropy functions keras.metrics re-exports from keras.losses (TF 1.x, TF 2, Keras 3): the same functions. */
        private static final Set<String> METRIC_LOSSES = Set.of("binary_crossentropy", "categorical_crossentropy", "sparse_categorical_crossentropy");

        public Lib {
            // tf.keras.metrics.sparse_categorical_crossentropy is named as tf.keras.losses.sparse_categorical_crossentropy, so a
            // loss given by its metrics name is followed as the loss it is
            int dot = name.lastIndexOf('.');
            if (dot > 0 && name.startsWith("keras.metrics", dot - 13) && METRIC_LOSSES.contains(name.substring(dot + 1))) {
                name = name.substring(0, dot - 7) + "losses" + name.substring(dot);
            }
        }
    }

    /** A module of the project. */
    record Module(SourceFile file) implements Value {}

    /** A function of the project, bound to an object when it is a method looked up on one. */
    record Function(Scope scope, Value self) implements Value {}

    /**
     * functools.partial(F.binary_cross_entropy_with_logits, pos_weight=w): a library function with keywords fixed, which
     * each call of it passes on with its own ({@code fixed} holds them, evaluated where the partial is made).
     */
    record Partial(Lib function, Args fixed) implements Value {}

    /**
     * functools.partial of a project class or function, or of a library class with options: calling it passes {@code fixed} first (see {@link Partials});
     * also transformers' HfArgumentParser with the dataclasses it was made with (see {@link FrameworkLibrary}).
     */
    record Bound(Value callee, Args fixed) implements Value {}

    /**
     * A function a library calls for the code (jax.value_and_grad(loss_fn), a Haiku transform's apply, a Flax module's
     * apply): calling it calls {@code fn} without its first {@code dropped} positional arguments (the parameters, an rng,
     * a state) and gives what fn gives or, when {@code paired}, the pair of that and something not followed (the
     * gradients, the new state).
     */
    record Wrapped(Value fn, int dropped, boolean paired) implements Value {}

    /** A class of the project. */
    record ClassDef(Scope scope) implements Value {
        public String name() {
            return scope.name();
        }
    }

    /**
     * An object of a project class (a model, a trainer, a custom loss), with the arguments it was made with (or null) and
     * the attributes set on it from outside its class since ({@code model.head = ...}; see {@link Patches}).
     */
    record Instance(ClassDef type, Args construction, Map<String, Value> patched) implements Value {
        public Instance(ClassDef type, Args construction) {
            this(type, construction, Map.of());
        }
    }

    /**
     * A library module object (nn.Softmax(1), nn.Linear(8, 3), a Keras Dense layer): calling it gives a tensor with
     * this activation; width 0 when unknown. {@code inner} is true when the finding belongs on the line that makes the
     * layer (the activation inside an nn.Sequential, a Keras layer's activation argument), not the line applying it.
     * {@code modules}: an nn.Sequential's modules in order, when all are known (sliced, indexed, grown), else null.
     */
    record Layer(String activation, int units, SourcePlace place, String shown, String name, boolean inner, List<Value> modules) implements Value {
        Layer(String activation, int units, SourcePlace place, String shown, String name, boolean inner) {
            this(activation, units, place, shown, name, inner, null);
        }
    }

    /**
     * A tensor leaving a model: the last activation applied to it, its width (0: unknown; -k: at least k, the candidates'
     * exact widths differ, see {@link Widths}), where the activation is,
     * the steps it went through, for the message, the other candidates that agree with it, each with its own place,
     * how many times in a row that activation was applied (2: a sigmoid of a sigmoid), and the different activation it
     * was applied over when that changes what it gives ("log_softmax": a sigmoid of log-probabilities), else "".
     */
    record Tensor(String activation, int units, SourcePlace place, String shown, String name, List<String> steps, List<Tensor> alike, int times,
                  String over) implements Value {
        public Tensor(String activation, int units, SourcePlace place, String shown, String name, List<String> steps, List<Tensor> alike, int times) {
            this(activation, units, place, shown, name, steps, alike, times, "");
        }

        public Tensor(String activation, int units, SourcePlace place, String shown, String name, List<String> steps, List<Tensor> alike) {
            this(activation, units, place, shown, name, steps, alike, 1);
        }

        public Tensor(String activation, int units, SourcePlace place, String shown, String name, List<String> steps) {
            this(activation, units, place, shown, name, steps, List.of());
        }

        /** Marks an activation taken over axis 0 (F.softmax(x, dim=0)): not an output activation until reshaped into one row. */
        public static final String AXIS_0 = "@dim0";

        /** The activation without its axis mark. */
        public String base() {
            return activation.endsWith(AXIS_0) ? activation.substring(0, activation.length() - AXIS_0.length()) : activation;
        }

        /** The axis the activation normalises when the code names the batch axis (0), else -1. */
        public int axis() {
            return activation.endsWith(AXIS_0) ? 0 : -1;
        }

        /** The same values in another shape: this tensor with a width of {@code n} (0: unknown). */
        public Tensor withUnits(int n) {
            return new Tensor(activation, n, place, shown, name, steps, alike, times, over);
        }

        /** The same values as the output of a layer or model named {@code n}. */
        public Tensor named(String n) {
            return new Tensor(activation, units, place, shown, n, steps, alike, times, over);
        }

        public Tensor via(String step) {
            if (steps.contains(step) || steps.size() > 12) return this;
            List<String> s = new java.util.ArrayList<>(steps);
            s.add(step);
            return new Tensor(activation, units, place, shown, name, List.copyOf(s), alike, times, over);
        }

        /**
         * This activation applied to this tensor again (a softmax of a softmax) counts once more; a sigmoid of log-probabilities
         * keeps what it was applied over (its values are at most 0.5), and so does a softmax of relu or softplus outputs (scores
         * never below 0); another one starts afresh. (A softmax of log-probabilities
         * is the softmax of the logits behind them, so it is not marked.)
         */
        public Tensor after(Value input) {
            if (!(input instanceof Tensor t)) return this;
            if (t.activation.equals(activation)) return new Tensor(activation, units, place, shown, name, steps, alike, t.times + 1, over);
            if (activation.equals("sigmoid") && t.base().equals("log_softmax")) return new Tensor(activation, units, place, shown, name, steps, alike, times, "log_softmax");
            // a softmax of scores a relu clipped at 0: no class can be scored below an all-zero row
            if (base().contains("softmax") && (t.base().equals("relu") || t.base().equals("softplus"))) return new Tensor(activation, units, place, shown, name, steps, alike, times, t.base());
            return this;
        }

        /** This tensor and the agreeing candidates joined into it (both branches of an if apply a softmax), each in its place. */
        public List<Tensor> candidates() {
            List<Tensor> all = new java.util.ArrayList<>();
            all.add(this);
            alike.forEach(t -> all.addAll(t.candidates()));
            return all;
        }
    }

    /** A loss object (nn.CrossEntropyLoss(), keras.losses.CategoricalCrossentropy()) or a Keras loss function. */
    record Loss(String framework, String name, String shown, LossOptions options, SourcePlace place) implements Value {}

    /**
     * Objects of different project classes a name may hold (if/else picks the model), or different classes or functions
     * (the entries of a registry looked up by an unknown key): unknown in itself, but calling it or reading an attribute
     * gives the join of what each candidate gives, so two models ending alike still agree.
     */
    record Either(List<Value> candidates, List<Value> preferred) implements Value {
        /** Objects kept apart, with none preferred. */
        public Either(List<Value> candidates) {
            this(candidates, List.of());
        }
    }

    /**
     * A class registry made at module level (mmcv's {@code Registry("heads")}, a project's own registry class) with the
     * classes and functions its {@code @HEADS.register_module()} decorators store, by name, and those of its parent
     * registry ({@code Registry("models", parent=BASE_MODELS)}) that it does not register itself. {@code open}: the
     * parent's entries are not known (mmengine's own registry), so a key not among the entries may still name one.
     */
    record Registry(dev.lossadvisor.engine.python.semantic.Binding home, Map<String, Value> entries, boolean open) implements Value {}

    /** A tuple or list of values. */
    /**
     * A list or tuple of values; {@code counted} is false when a loop appended to it ({@code for f in files:
     * names.append("k")}): one entry then stands for however many passes added, so how many there are is not known.
     */
    record Items(List<Value> items, boolean counted) implements Value {
        public Items(List<Value> items) {
            this(items, true);
        }
    }

    /**
     * A list or dict a loop wrote every entry of (see {@link LoopFills}): how many entries, and their keys, are not known;
     * each is {@code item}.
     */
    record Filled(Value item) implements Value {}

    /**
     * Tensors joined along one axis by torch.cat (or put side by side on a new axis by torch.stack), each piece kept
     * with its own activation, so a slice inside one piece is that piece; {@code axis} as written (-1: the last).
     */
    record Pieces(List<Value> parts, int axis, boolean stacked) implements Value {
        /** Activations applied value by value, which joining tensors side by side leaves as they are. */
        private static final java.util.Set<String> ELEMENTWISE = java.util.Set.of("linear", "sigmoid", "tanh", "relu", "softplus");

        /**
         * The joined tensor, when every piece has the same activation applied value by value: torch.cat of per-label
         * heads' raw scores is raw scores in every column, its width the pieces' widths added (not known when one is
         * not). Softmax or log_softmax pieces are each a distribution, not one over the joined row: not known.
         */
        public Value whole() {
            if (!(Joins.join(parts) instanceof Tensor t) || !ELEMENTWISE.contains(t.activation())) return UNKNOWN;
            int width = 0;
            for (Value v : parts) width = !stacked && width >= 0 && v instanceof Tensor piece && piece.units() > 0 ? width + piece.units() : -1;
            return t.withUnits(Math.max(width, 0)).via("the pieces of torch." + (stacked ? "stack" : "cat") + " joined");
        }
    }

    /**
     * A weight the training learns (tf.Variable(...), nn.Parameter(...), torch.randn(..., requires_grad=True)): the input
     * times it, plus a bias, is what a linear layer gives, raw scores (a from-scratch model's output).
     */
    record Parameter(SourcePlace place, String shown) implements Value {}

    /**
     * A library's ready-made network (torchvision's resnet50()): its output is what its classifier head gives, known
     * once the code puts a module of its own there ({@code model.fc = nn.Sequential(...)}, {@code model.classifier[-1] = ...}).
     * {@code head} is the attribute holding the head, {@code length} its modules when it is an nn.Sequential (else 0),
     * {@code module} the module put there (null until one is), {@code packs} the library that packs the head's output
     * into a structure (a torchvision segmentation model's dict, a transformers ModelOutput; null: the head's tensor itself).
     */
    record Pretrained(String head, int length, Value module, String packs) implements Value {
        public Pretrained(String head, int length, Value module) {
            this(head, length, module, null);
        }
    }

    /**
     * A module with a forward hook on it ({@code model.register_forward_hook(fn)}): calling it gives what {@code hook}
     * returns for (module, inputs, output), or the module's own output when the hook returns None.
     */
    record Hooked(Value module, Value hook) implements Value {}

    /**
     * {@code super()} in a method of {@code above} (or {@code super(above, self)}): the object, its attributes looked up
     * in the classes after {@code above} in the MRO of its own class.
     */
    record Super(Instance self, ClassDef above) implements Value {}

    /** A file of the project opened for reading ({@code open("config.yaml")}): a YAML or JSON loader gives its content. */
    record TextFile(java.nio.file.Path path) implements Value {}

    /** A dict with string keys. */
    record Dict(Map<String, Value> entries) implements Value {}

    /**
     * A tuple with named fields (an object of a collections.namedtuple class, a transformers ModelOutput): read by name,
     * and by position or unpacking when {@code ordered} (a ModelOutput whose loss may be first is not).
     */
    record Fields(List<String> names, List<Value> values, boolean ordered) implements Value {
        /** The field of that name, unknown when there is none. */
        public Value field(String name) {
            int i = names.indexOf(name);
            return i < 0 ? UNKNOWN : values.get(i);
        }

        /** The field at that place (negative: from the end), unknown when the places are not known. */
        public Value at(int index) {
            int i = index < 0 ? values.size() + index : index;
            return ordered && i >= 0 && i < values.size() ? values.get(i) : UNKNOWN;
        }
    }

    /** A class collections.namedtuple made: its field names, in order (calling it gives {@link Fields}). */
    record TupleType(List<String> fields) implements Value {}

    /**
     * A Keras model: its output, the layers of a Sequential, and for a model of several outputs those by layer name or
     * position ("0", "1", ...), output null then.
     */
    record KerasModel(Tensor output, List<Layer> layers, Map<String, Tensor> heads) implements Value {
        /** The model whose outputs are {@code out}: one tensor; a list's by position and by their layers' names; a dict's by key; else null. */
        public static KerasModel of(Value out) {
            if (out instanceof Tensor t) return new KerasModel(t, List.of(), Map.of());
            Map<String, Tensor> heads = new java.util.LinkedHashMap<>();
            if (out instanceof Items items) {
                for (int i = 0; i < items.items().size(); i++) {
                    if (!(items.items().get(i) instanceof Tensor t)) continue;
                    heads.put(String.valueOf(i), t);
                    if (t.name() != null) heads.put(t.name(), t);
                }
            } else if (out instanceof Dict d) {
                d.entries().forEach((k, v) -> {
                    if (v instanceof Tensor t) heads.put(k, t);
                });
            }
            return heads.isEmpty() ? null : new KerasModel(null, List.of(), heads);
        }
    }

    /**
     * A Keras model's architecture: a config dict (model.get_config()) or a string ({@code text}: to_json, to_yaml), which
     * from_config and model_from_json make into {@code model} anew.
     */
    record Architecture(KerasModel model, boolean text) implements Value {}

    /**
     * The probability a softmax {@code of} gives the class each row took, one number a row, picked by rows of labels
     * ({@code tf.reduce_sum(probs * actions, axis=1)}, see {@link Picked}).
     */
    record Picked(Tensor of, SourcePlace place) implements Value {}

    /** A literal: a number (as Double), a string, a boolean, None (null), a list of numbers. */
    record Literal(Object value) implements Value {}

    /** A positive integer known only by a bound: its candidates differ (a builder called with 5 and with 6), all are at least {@code min}. */
    record AtLeast(int min) implements Value {}

    /**
     * What the labels a loss is given are, when the code shows it: "one_hot" (F.one_hot, torch.eye(K)[y]), "index"
     * (argmax, y.max(1)[1], integer tensors), "max_value" (y.max(1)[0]: the value of a one-hot row, always 1).
     */
    record Labels(String kind, int classes, SourcePlace place) implements Value {}

    /** A preprocessing layer that turns what it is given into these labels (Keras's CategoryEncoding with output_mode="one_hot"). */
    record Encoding(Labels made) implements Value {}

    /** A pandas table read from data: its columns by name, a label column giving class indices. */
    record Frame() implements Value {}

    /** The pair y.max(dim) returns: values, indices. */
    record MaxPair(Value of, SourcePlace place) implements Value {
        /** Its first part (0) is the max value of each row, its second (1) the index of it. */
        public Labels part(int i) {
            return new Labels(i == 0 ? "max_value" : "index", 0, place);
        }
    }

    /**
     * An optional argparse argument given no default: None in the run that leaves it out, which only tests of it against
     * None read ({@code if args.load_checkpoint is not None:}, {@code if args.resume:}); anything else about it is not
     * known, as the user may be meant to give it.
     */
    record Unset() implements Value {}

    /**
     * An argparse argument the user must give (a positional one, or {@code required=True}, with no default): not known
     * in the run as written, but known as that option's, so a use that lists the values it may take (the project's
     * config modules for {@code Config.fromfile(args.config)}) makes runs of them ({@link Options}).
     */
    record Required(Options.Option option) implements Value {}

    Unknown UNKNOWN = new Unknown();
    Unset UNSET = new Unset();
}
