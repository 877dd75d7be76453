package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.input.LossOptions;
import dev.lossadvisor.engine.python.eval.Value.Dict;
import dev.lossadvisor.engine.python.eval.Value.Items;
import dev.lossadvisor.engine.python.eval.Value.KerasModel;
import dev.lossadvisor.engine.python.eval.Value.Layer;
import dev.lossadvisor.engine.python.eval.Value.Lib;
import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.eval.Value.Loss;
import dev.lossadvisor.engine.python.eval.Value.Tensor;
import dev.lossadvisor.engine.python.semantic.Binding;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keras and tf.keras: layers, Sequential and functional models, loss classes, the activations of tf.nn and keras.ops,
 * and the datasets whose labels the loader names (directory loaders, ImageDataGenerator, tf.data, tfds).
 */
final class KerasLibrary implements Library {
    /** TensorFlow's functions that move a tensor's values into another shape without changing them. */
    private static final Set<String> RESHAPES = Set.of("reshape", "squeeze", "expand_dims", "identity", "transpose");
    /** The classification datasets of keras.datasets, by their count of classes (cifar100's label_mode="coarse" has 20: not given). */
    private static final Map<String, Integer> CLASSES = Map.of("mnist", 10, "fashion_mnist", 10, "cifar10", 10, "cifar100", 0, "reuters", 46);
    /** The option a Keras loss class takes first, so SparseCategoricalCrossentropy(True) is from_logits=True (Keras 2 and 3). */
    private static final Map<String, String> FIRST_OPTION = Map.of("SparseCategoricalCrossentropy", "from_logits", "CategoricalCrossentropy",
            "from_logits", "BinaryCrossentropy", "from_logits");

    /** The sigmoid focal losses of Keras's add-on libraries, with the place of their from_logits argument. */
    private static final Map<String, Integer> ADDON_FOCAL = Map.of("tensorflow_addons.losses.SigmoidFocalCrossEntropy", 0, "keras_cv.losses.FocalLoss", 2);

    /** The cross-entropy functions of keras.losses that losses.get gives by name. */
    private static final Set<String> LOSS_FUNCTIONS = Set.of("binary_crossentropy", "categorical_crossentropy", "sparse_categorical_crossentropy");

    /** TensorFlow's modules of activation functions, TF 1's through compat.v1 too (a set: a regex match per call cost a compile each). */
    private static final Set<String> TF_ACTIVATION_MODULES = Set.of("tensorflow.nn", "tensorflow.math", "tensorflow.compat.v1.nn", "tensorflow.compat.v1.math");
    /** A Keras model's methods that give its architecture without its weights, for from_config or model_from_json to rebuild. */
    private static final Set<String> ARCHITECTURES = Set.of("get_config", "to_json", "to_yaml");
    private static final Set<String> TF_TOP_LEVEL = Set.of("tensorflow", "tensorflow.compat.v1");

    @Override
    public Value call(String name, Args args, Node call) {
        int dot = name.lastIndexOf('.');
        String last = name.substring(dot + 1);
        String prefix = dot < 0 ? "" : name.substring(0, dot);
        // tf.sigmoid and tf.tanh are TensorFlow's top-level aliases of tf.math's; TF 1 code imports tf.nn as tensorflow.compat.v1.nn
        boolean activations = keras(prefix) && (prefix.endsWith("activations") || prefix.endsWith("ops") && !last.equals("one_hot")) || prefix.endsWith("tf.nn")
                || TF_ACTIVATION_MODULES.contains(prefix) || TF_TOP_LEVEL.contains(prefix) && (last.equals("sigmoid") || last.equals("tanh"));
        Value rnn = tf1Rnn(prefix, last, args, call);
        if (rnn != null) return rnn;
        if (last.equals("argmax") && (TF_TOP_LEVEL.contains(prefix) || TF_ACTIVATION_MODULES.contains(prefix))) {
            return NumpyLibrary.rowIndex(args.value(1, "axis"), call); // tf.argmax(y, axis=1); its default axis is 0
        }
        boolean math = TF_TOP_LEVEL.contains(prefix) || TF_ACTIVATION_MODULES.contains(prefix);
        if (math && last.equals("reduce_sum")) { // tf.reduce_sum(policy * actions, axis=1): the probability of the class each row took
            Value picked = Picks.of(args.node(0, "input_tensor"), args.value(1, "axis"), args.evaluator(), args.context());
            if (picked != null) return picked;
        }
        // tf.maximum(p, 1e-6), tf.clip_by_value(p, 1e-6, 1.0): probabilities kept off 0 before a log, as torch.clamp
        if (math && (last.equals("maximum") || last.equals("clip_by_value"))) return TorchLibrary.clamped(args.value(0, last.equals("maximum") ? "x" : "t"));
        // tf.nn.bias_add(tf.matmul(x, W), b): raw scores plus a learned bias, as tf.matmul(x, W) + b
        if (last.equals("bias_add") && TF_ACTIVATION_MODULES.contains(prefix)) {
            return args.value(0, "value") instanceof Tensor t && t.activation().equals("linear") && args.value(1, "bias") instanceof Value.Parameter ? Evaluator.biased(t) : Value.UNKNOWN;
        }
        // tf.exp(tf.nn.log_softmax(z)), keras.ops.exp(...): a softmax, as torch.exp of log_softmax is
        if (last.equals("exp") && (activations || TF_TOP_LEVEL.contains(prefix))) return TorchLibrary.exp(args.value(0, "x"), call, Libraries.shortName(name));
        if (activations) {
            if (last.equals("get") && prefix.endsWith("activations")) { // keras.activations.get("softmax") is keras.activations.softmax
                Value id = args.value(0, "identifier");
                if (id instanceof Literal l && l.value() instanceof String s && Activations.of(s) != null) return new Lib(prefix + "." + s);
                return id instanceof Lib ? id : Value.UNKNOWN;
            }
            String activation = Activations.of(last);
            // keras.ops.softmax(x, axis=0), tf.nn.softmax(logits, axis=0): over the batch, marked as torch's dim=0
            if (activation != null && !last.equals("linear")) return Libraries.applied(TorchLibrary.axis(activation, args.value(1, "axis")), args.value(0, "x"), call, Libraries.shortName(name));
            return last.equals("log") ? Value.UNKNOWN : null;
        }
        boolean tflearnOneHot = name.equals("tflearn.data_utils.to_categorical");
        if (last.equals("one_hot") && (prefix.equals("tensorflow") || keras(prefix)) || last.equals("to_categorical") && keras(prefix) || tflearnOneHot) {
            // tf.one_hot(y, depth), keras.utils.to_categorical(y, num_classes), tflearn's to_categorical(y, nb_classes): one-hot labels
            Node classes = args.node(1, last.equals("one_hot") ? (prefix.equals("tensorflow") ? "depth" : "num_classes") : tflearnOneHot ? "nb_classes" : "num_classes");
            return new Value.Labels("one_hot", args.evaluator().integer(classes, args.context()), call.place());
        }
        if (last.equals("from_generator") && prefix.equals("tensorflow.data.Dataset")) return generated(args);
        if (last.equals("from_tensor_slices") && prefix.equals("tensorflow.data.Dataset")) {
            // Dataset.from_tensor_slices((x, y)) is rows of (x, y), as TensorDataset: a loop or a fit unpacks the labels as made;
            // from_tensor_slices(y) rows of y alone, which Dataset.zip pairs with another's
            Value tensors = args.value(0, "tensors");
            return tensors instanceof Items pair ? new Items(List.of(pair)) : tensors instanceof Value.Labels ? new Items(List.of(tensors)) : Value.UNKNOWN;
        }
        if (last.equals("zip") && prefix.equals("tensorflow.data.Dataset")) return zipped(args);
        if (last.equals("make_csv_dataset") && prefix.equals("tensorflow.data.experimental")) {
            // make_csv_dataset(file, batch_size, label_name="y"): rows of (the feature columns, the label column); without a label_name, dicts only
            Value label = args.given(4, "label_name");
            return label instanceof Literal l && l.value() instanceof String ? rows(Value.UNKNOWN, Value.UNKNOWN) : Value.UNKNOWN;
        }
        if ((last.equals("cast") || last.equals("convert_to_tensor")) && prefix.equals("tensorflow")) {
            // tf.cast(y, tf.int32), tf.convert_to_tensor(y, dtype=tf.int32): class indices; a cast of one-hot labels to float keeps them one-hot
            Value dtype = args.value(1, "dtype");
            String type = dtype instanceof Value.Lib t ? t.name().substring(t.name().lastIndexOf('.') + 1) : dtype instanceof Literal l && l.value() instanceof String n ? n : "";
            if (type.matches("u?int(8|16|32|64)")) return new Value.Labels("index", 0, call.place());
            Value x = args.value(0, "x");
            // a float cast keeps probabilities probabilities (mixed precision's tf.cast(p, tf.float32) before the loss)
            if (x instanceof Tensor t && type.matches("float(16|32|64)|bfloat16")) return t.via(Libraries.shortName(name));
            return x instanceof Value.Labels l && l.kind().equals("one_hot") ? l : Value.UNKNOWN;
        }
        if (RESHAPES.contains(last) && prefix.equals("tensorflow") && args.value(0, last.equals("reshape") ? "tensor" : last.equals("transpose") ? "a" : "input") instanceof Tensor t) {
            // tf.reshape(p, [n, -1, K]) flattens the pixels of a segmentation map: the values are what they were, the width unknown
            return t.withUnits(last.equals("identity") ? t.units() : 0).via(Libraries.shortName(name));
        }
        if (prefix.equals("tensorflow")) {
            // a model written from scratch: W = tf.Variable(tf.random.normal((d, K))), tf.matmul(H, W) + b, per-step outputs tf.concat(outputs, 0)
            // (TF 1: W = tf.get_variable("w", [n_in, n_out]))
            if (last.equals("Variable") || last.equals("get_variable")) return new Value.Parameter(call.place(), "tf." + last);
            // or attention: softmax weights mixing one-hot rows (a matching network's support labels), as torch.matmul
            if (last.equals("matmul")) {
                Value b = args.value(1, "b");
                if (TorchLibrary.learned(b, call, "tf.matmul") instanceof Tensor t) return t;
                // transpose_b=True and the like mix other axes: not followed
                boolean plain = args.keyword("transpose_a") == null && args.keyword("transpose_b") == null && args.keyword("adjoint_a") == null && args.keyword("adjoint_b") == null;
                return plain ? TorchLibrary.mixed(args.value(0, "a"), b, call, "tf.matmul") : Value.UNKNOWN;
            }
            // its axis evaluated as torch.cat's dim (BATCH_AXIS = 0); columns joined (axis=-1) are not what any piece is
            if (last.equals("concat") && args.node(1, "axis") != null) return TorchLibrary.zero(args.value(1, "axis")) ? TorchLibrary.rows(args.value(0, "values"), "tf.concat") : Value.UNKNOWN;
        }
        if (prefix.equals("tflearn") || prefix.startsWith("tflearn.layers")) {
            Value layer = tflearnLayer(last, args, call);
            if (layer != null) return layer;
        }
        Integer contribAt = prefix.equals("tensorflow.contrib.layers") || prefix.equals("tensorflow.contrib.slim") ? CONTRIB_ACTIVATION_AT.get(last) : null;
        if (contribAt != null) {
            // tf.contrib.layers / slim: activation_fn defaults to tf.nn.relu, None is linear
            Value given = args.given(contribAt, "activation_fn");
            String activation = given == null ? "relu" : activation(given);
            if (activation == null) return Value.UNKNOWN;
            String shown = "slim." + last;
            return new Tensor(activation, args.evaluator().integer(args.node(1, "num_outputs"), args.context()), call.place(), shown, null, List.of(shown));
        }
        boolean tflearn = last.equals("fully_connected") && (prefix.equals("tflearn") || prefix.startsWith("tflearn.layers"));
        if (tflearn || last.equals("dense") && (prefix.equals("tensorflow.layers") || prefix.equals("tensorflow.compat.v1.layers"))) {
            // TF 1's tf.layers.dense(inputs, units, activation=None), tflearn.fully_connected(incoming, n_units, activation='linear'):
            // the tensor a dense layer gives
            String activation = activation(args.given(2, "activation"));
            if (activation == null) return Value.UNKNOWN;
            String shown = tflearn ? "tflearn.fully_connected" : "tf.layers.dense";
            return new Tensor(activation, args.evaluator().integer(args.node(1, tflearn ? "n_units" : "units"), args.context()), call.place(), shown, null,
                    List.of(shown));
        }
        if (last.equals("uniform") && prefix.equals("tensorflow.random") && args.value(3, "dtype") instanceof Lib t && t.name().matches(".*\\.u?int(8|16|32|64)")) {
            // tf.random.uniform([n, 1], 0, K, dtype=tf.int64): random class indices (a synthetic benchmark's targets)
            return new Value.Labels("index", 0, call.place());
        }
        if (name.equals("tensorflow_datasets.load")) return tfdsLoad(args, call);
        Integer focal = ADDON_FOCAL.get(name);
        if (focal != null) {
            // tfa.losses.SigmoidFocalCrossEntropy(from_logits=False), keras_cv.losses.FocalLoss(alpha, gamma, from_logits): Keras's
            // binary focal cross-entropy; only from_logits is passed on (their alpha always weighs, Keras's only with class balancing)
            Value fromLogits = args.given(focal, "from_logits");
            if (fromLogits == null) return new Loss("keras", "BinaryFocalCrossentropy", name.replace("tensorflow_addons.", "tfa."), LossOptions.NONE, call.place());
            return fromLogits instanceof Literal l && l.value() instanceof Boolean b
                    ? new Loss("keras", "BinaryFocalCrossentropy", name.replace("tensorflow_addons.", "tfa."), new LossOptions(Map.of("from_logits", b)), call.place()) : Value.UNKNOWN;
        }
        if (!keras(prefix)) return null;
        if ((prefix.endsWith(".applications") || prefix.contains(".applications.")) && Character.isUpperCase(last.charAt(0))) return application(args, call, last);
        Integer classes = last.equals("load_data") && prefix.contains("datasets.") ? CLASSES.get(prefix.substring(prefix.lastIndexOf('.') + 1)) : null;
        if (classes != null) {
            // keras.datasets.cifar10.load_data(): ((x_train, y_train), (x_test, y_test)), the labels class indices
            Value labels = new Value.Labels("index", classes, call.place());
            Value split = new Items(List.of(Value.UNKNOWN, labels));
            return new Items(List.of(split, split));
        }
        if (prefix.endsWith("losses") && (last.equals("get") || last.equals("deserialize"))) {
            // keras.losses.get("categorical_crossentropy"), losses.deserialize({...}): the loss the name, config or object
            // given stands for, as compile reads it
            Value given = args.value(0, last.equals("get") ? "identifier" : "config");
            if (given instanceof Dict d) return deserializedLoss(d, call);
            // a cross-entropy's name gives its function, which a training loop calls itself (loss_fn(y, model(x)))
            if (given instanceof Literal l && l.value() instanceof String s && LOSS_FUNCTIONS.contains(s)) return new Lib(prefix + "." + s);
            return given instanceof Literal l && l.value() instanceof String || given instanceof Loss ? given : Value.UNKNOWN;
        }
        if (prefix.endsWith("losses")) {
            return Character.isUpperCase(last.charAt(0)) ? new Loss("keras", last, "keras.losses." + last, Libraries.options(args, FIRST_OPTION.get(last)), call.place())
                    : Value.UNKNOWN;
        }
        String layerName = args.given(-1, "name") instanceof Literal l && l.value() instanceof String s ? s : null;
        return switch (last) {
            case "Dense" -> {
                Value units = args.given(0, "units");
                yield new Layer(activation(args.given(1, "activation")), Widths.of(units == null ? Value.UNKNOWN : units), call.place(), "Dense",
                        layerName, true);
            }
            case "Activation" -> {
                Value act = args.given(0, "activation");
                yield new Layer(act == null ? null : activation(act), 0, call.place(), "Activation", layerName, true);
            }
            // Softmax(axis=0) normalises over the batch, marked as torch's dim=0
            case "Softmax" -> new Layer(TorchLibrary.axis("softmax", args.given(0, "axis")), 0, call.place(), "Softmax", layerName, true);
            // CategoryEncoding(num_tokens=K, output_mode="one_hot"), StringLookup/IntegerLookup(output_mode="one_hot"): they make one-hot rows of what they are given
            case "CategoryEncoding", "StringLookup", "IntegerLookup" -> args.given(-1, "output_mode") instanceof Literal m && "one_hot".equals(m.value())
                    ? new Value.Encoding(new Value.Labels("one_hot", last.equals("CategoryEncoding") ? args.evaluator().integer(args.node(0, "num_tokens"), args.context()) : 0, call.place()))
                    : Value.UNKNOWN;
            case "Lambda" -> lambdaLayer(args, call, layerName);
            case "deserialize" -> prefix.endsWith("layers") ? deserialized(args.value(0, "config"), call) : Value.UNKNOWN;
            case "Conv1D", "Conv2D", "Conv3D", "Conv1DTranspose", "Conv2DTranspose", "Conv3DTranspose" -> convolution(args, call, last, layerName);
            // LSTM(units, activation="tanh"), GRU, SimpleRNN: their outputs are the hidden states, tanh unless told (None is
            // linear), units wide at each step or the last; with return_state=True a list of outputs and states, not followed
            case "LSTM", "GRU", "SimpleRNN" -> {
                Value state = args.given(-1, "return_state");
                if (state != null && !(state instanceof Literal l && Boolean.FALSE.equals(l.value()))) yield Value.UNKNOWN;
                Value act = args.given(1, "activation");
                Value units = args.given(0, "units");
                yield new Layer(act == null ? "tanh" : activation(act), Widths.of(units == null ? Value.UNKNOWN : units), call.place(), last, layerName, true);
            }
            // TimeDistributed(Dense(K, activation="softmax")) applies the layer at every step: its output is the layer's
            case "TimeDistributed" -> args.value(0, "layer") instanceof Layer inner ? inner : Value.UNKNOWN;
            // tfmot's pruning, clustering and quantisation wrappers (and their strip_ undoing) compute what the layer or model
            // they wrap computes: prune_low_magnitude(Dense(K)) ends as Dense(K) does
            case "prune_low_magnitude", "cluster_weights", "quantize_annotate_layer", "quantize_annotate_model", "quantize_model", "quantize_apply",
                 "strip_pruning", "strip_clustering" -> prefix.startsWith("tensorflow_model_optimization") ? wrapped(args.value(0, null)) : Value.UNKNOWN;
            case "Sequential" -> sequential(args);
            case "Model" -> model(args);
            case "load_model" -> prefix.endsWith("models") || prefix.endsWith("saving") ? SavedModels.loaded(args, call) : Value.UNKNOWN;
            // clone_model(model) makes the same layers afresh (new weights): the copy ends as the model does; a clone_function may change any layer
            case "clone_model" -> prefix.endsWith("models") && args.node(2, "clone_function") == null && args.keyword("call_function") == null
                    ? args.value(0, "model") : Value.UNKNOWN;
            // Sequential.from_config(model.get_config()), model_from_json(model.to_json()): the same layers made afresh
            case "from_config" -> prefix.endsWith("Sequential") || prefix.endsWith("Model") || prefix.endsWith("Functional") ? rebuilt(args, "config") : Value.UNKNOWN;
            case "model_from_json", "model_from_yaml" -> !prefix.endsWith("models") ? Value.UNKNOWN
                    : last.equals("model_from_json") && args.value(0, "json_string") instanceof Value.TextFile file ? architectureFile(file, call)
                    : rebuilt(args, last.substring(11) + "_string");
            // Average()([a, b, c]), average([a, b, c]): the members' mean, of their activation when all agree (an ensemble's
            // mean of softmax outputs is a distribution, of raw scores raw scores)
            case "Average" -> prefix.endsWith("layers") ? new Lib(prefix + ".average") : Value.UNKNOWN;
            case "average" -> prefix.endsWith("layers") && args.value(0, "inputs") instanceof Items members && !members.items().isEmpty()
                    && Joins.join(members.items()) instanceof Tensor t && !t.activation().contains("@") ? t.via("the mean over the members") : Value.UNKNOWN;
            case "image_dataset_from_directory", "text_dataset_from_directory", "audio_dataset_from_directory" -> directoryRows(args, call);
            // an ImageDataGenerator stands for its class: datagen.flow_from_directory(...) is then a call of the class's method
            case "ImageDataGenerator" -> new Lib(name);
            case "flow_from_directory" -> prefix.endsWith(".ImageDataGenerator") ? generatorRows(args, call) : Value.UNKNOWN;
            // flow_from_dataframe's "categorical" (the default) makes multi-hot rows of a y_col holding lists: only "sparse"
            // (class indices) and "binary" say what the labels are
            case "flow_from_dataframe" -> prefix.endsWith(".ImageDataGenerator")
                    ? labelRows(args, call, args.node(8, "class_mode"), "categorical", "sparse", null, "binary") : Value.UNKNOWN;
            // datagen.flow(x, y): batches of the rows given, their labels as they were
            case "flow" -> prefix.endsWith(".ImageDataGenerator") && args.node(1, "y") != null ? rows(Value.UNKNOWN, args.value(1, "y")) : Value.UNKNOWN;
            default -> Value.UNKNOWN;
        };
    }

    /**
     * tfds.load(name, split=..., as_supervised=True): rows of (input, label), the label of a supervised dataset a class
     * index (ClassLabel); a list of splits gives one dataset each, with_info=True a pair (datasets, info). Without
     * as_supervised the rows are feature dicts, not known, which a map may turn into (x, y) rows.
     */
    private static Value tfdsLoad(Args args, Node call) {
        boolean supervised = args.keyword("as_supervised") != null && args.value(-1, "as_supervised") instanceof Literal l && Boolean.TRUE.equals(l.value());
        Value one = supervised ? rows(Value.UNKNOWN, new Value.Labels("index", 0, call.place())) : new Items(List.of(Value.UNKNOWN));
        Value split = args.keyword("split") == null ? null : args.value(-1, "split");
        Value loaded;
        if (split instanceof Literal s && s.value() instanceof String) loaded = one;
        else if (split instanceof Items splits && splits.items().stream().allMatch(v -> v instanceof Literal s && s.value() instanceof String)) {
            loaded = new Items(splits.items().stream().map(v -> one).toList());
        } else return Value.UNKNOWN; // no split: a dict of all splits
        Node info = args.keyword("with_info");
        if (info == null || args.value(-1, "with_info") instanceof Literal i && Boolean.FALSE.equals(i.value())) return loaded;
        return args.value(-1, "with_info") instanceof Literal i && Boolean.TRUE.equals(i.value()) ? new Items(List.of(loaded, Value.UNKNOWN)) : Value.UNKNOWN;
    }

    /** A dataset or generator of (x, y) rows, as a loop or a fit unpacks them. */
    private static Value rows(Value x, Value y) {
        return new Items(List.of(new Items(List.of(x, y))));
    }

    /**
     * image_dataset_from_directory(directory, labels="inferred", label_mode="int"): rows of (image, label), the label a class
     * index ("int"), a one-hot row ("categorical") or a 0/1 float ("binary"); no labels (labels=None, label_mode=None) or one
     * not known: unknown. subset="both" gives the training and the validation dataset as a pair, labelled alike.
     */
    private static Value directoryRows(Args args, Node call) {
        Node labels = args.node(1, "labels");
        if (labels != null && !(args.evaluator().eval(labels, args.context()) instanceof Literal l && "inferred".equals(l.value()))) return Value.UNKNOWN;
        Value rows = labelRows(args, call, args.node(2, "label_mode"), "int", "int", "categorical", "binary");
        Node subset = args.keyword("subset");
        if (subset == null) return rows;
        Value which = args.evaluator().eval(subset, args.context());
        if (which instanceof Literal l && "both".equals(l.value())) return new Items(List.of(rows, rows));
        return which instanceof Literal l && (l.value() == null || l.value() instanceof String) ? rows : Value.UNKNOWN;
    }

    /** ImageDataGenerator().flow_from_directory(directory, ..., class_mode="categorical"): one-hot rows, "sparse" indices, "binary" 0/1. */
    private static Value generatorRows(Args args, Node call) {
        return labelRows(args, call, args.node(4, "class_mode"), "categorical", "sparse", "categorical", "binary");
    }

    /**
     * Rows whose labels the mode names (the default when absent): class indices, one-hot rows or 0/1; another mode is
     * unknown (the one-hot mode too, when {@code oneHot} is null: no mode gives one-hot rows).
     */
    private static Value labelRows(Args args, Node call, Node mode, String absent, String index, String oneHot, String binary) {
        String m = absent;
        if (mode != null) m = args.evaluator().eval(mode, args.context()) instanceof Literal l && l.value() instanceof String s ? s : null;
        if (m == null) return Value.UNKNOWN;
        String kind = m.equals(oneHot) ? "one_hot" : m.equals(binary) ? "binary" : m.equals(index) ? "index" : null;
        return kind == null ? Value.UNKNOWN : rows(Value.UNKNOWN, new Value.Labels(kind, 0, (mode == null ? call : mode).place()));
    }

    /**
     * keras.applications.ResNet50(weights=None): an ImageNet classifier ending in Dense(classes, classifier_activation),
     * 1000 softmax units unless told otherwise; without its top (include_top=False) its output is features, unknown here.
     */
    private static Value application(Args args, Node call, String name) {
        Value top = args.given(0, "include_top");
        if (top != null && !(top instanceof Literal l && Boolean.TRUE.equals(l.value()))) return Value.UNKNOWN;
        Value act = args.given(-1, "classifier_activation");
        String activation = act == null ? "softmax" : activation(act);
        if (activation == null) return Value.UNKNOWN;
        Value classes = args.given(-1, "classes");
        int units = classes == null ? 1000 : Widths.of(classes);
        return new KerasModel(new Tensor(activation, units, call.place(), name, null, List.of(name)), List.of(), Map.of());
    }

    /**
     * layers.deserialize({"class_name": "Dense", "config": {"units": 20, "activation": "softmax"}}): the layer the config
     * makes, as its class called with those keywords (Keras 3 asks for "module": "keras.layers" beside them); a Dense,
     * Activation or Softmax only, the others unknown.
     */
    private static Value deserialized(Value spec, Node call) {
        if (!(spec instanceof Dict d) || !(d.entries().get("class_name") instanceof Literal c) || !(d.entries().get("config") instanceof Dict config)) return Value.UNKNOWN;
        Value module = d.entries().get("module");
        if (module != null && !(module instanceof Literal m && "keras.layers".equals(m.value()))) return Value.UNKNOWN;
        Value act = config.entries().get("activation");
        String activation = act == null ? "linear" : activation(act);
        String name = config.entries().get("name") instanceof Literal n && n.value() instanceof String s ? s : null;
        if ("Softmax".equals(c.value())) return new Layer("softmax", 0, call.place(), "Softmax", name, true);
        if (activation == null || !("Dense".equals(c.value()) || "Activation".equals(c.value()) && act != null)) return Value.UNKNOWN;
        int units = "Dense".equals(c.value()) ? Widths.of(config.entries().getOrDefault("units", Value.UNKNOWN)) : 0;
        return new Layer(activation, units, call.place(), (String) c.value(), name, true);
    }

    /**
     * model_from_json(open("arch.json").read()): a Sequential's architecture the project keeps in a file (Keras 2's or 3's
     * JSON, the layers under "config" or Keras 2.0's bare list), its layers deserialized as layers.deserialize reads them,
     * a layer not known (a Dropout last) leaving the output unknown; a functional model's file is not followed.
     */
    private static Value architectureFile(Value.TextFile file, Node call) {
        if (!(ConfigFiles.json(file.path()) instanceof Dict d) || !(d.entries().get("class_name") instanceof Literal c && "Sequential".equals(c.value()))) return Value.UNKNOWN;
        Value config = d.entries().get("config");
        if (!((config instanceof Dict cd ? cd.entries().get("layers") : config) instanceof Items specs)) return Value.UNKNOWN;
        List<Layer> list = new ArrayList<>();
        for (Value spec : specs.items()) list.add(deserialized(spec, call) instanceof Layer l ? l : null);
        Tensor out = KerasStack.output(list);
        return out == null ? Value.UNKNOWN : new KerasModel(out, list, Map.of());
    }

    /**
     * keras.losses.get({"class_name": "CategoricalCrossentropy", "config": {"from_logits": true}}): the loss object the
     * config makes, its literal options kept (Keras 3 may add "module": "keras.losses"); anything else unknown.
     */
    private static Value deserializedLoss(Dict spec, Node call) {
        if (!(spec.entries().get("class_name") instanceof Literal c && c.value() instanceof String name && !name.isEmpty()
                && Character.isUpperCase(name.charAt(0))) || !(spec.entries().getOrDefault("config", new Dict(Map.of())) instanceof Dict config)) {
            return Value.UNKNOWN;
        }
        Value module = spec.entries().get("module");
        if (module != null && !(module instanceof Literal m && "keras.losses".equals(m.value()))) return Value.UNKNOWN;
        Map<String, Object> options = new LinkedHashMap<>();
        for (Map.Entry<String, Value> e : config.entries().entrySet()) {
            if (!(e.getValue() instanceof Literal l)) return Value.UNKNOWN;
            if (l.value() != null) options.put(e.getKey(), l.value()); // "ignore_class": null is the default
        }
        return new Loss("keras", name, "keras.losses." + name, new LossOptions(options), call.place());
    }

    /**
     * A convolution's output per position: its filters along the last axis, as a segmentation head's
     * Conv2D(num_classes, 1, activation="softmax"). Channels first (or a data_format or activation given by position)
     * puts something else last: unknown.
     */
    private static Value convolution(Args args, Node call, String name, String layerName) {
        if (args.positional().size() > 4) return Value.UNKNOWN;
        Node format = args.keyword("data_format");
        if (format != null && !(args.evaluator().eval(format, args.context()) instanceof Literal l && "channels_last".equals(l.value()))) return Value.UNKNOWN;
        String activation = activation(args.given(-1, "activation"));
        return new Layer(activation, args.evaluator().integer(args.node(0, "filters"), args.context()), call.place(), name, layerName, true);
    }

    private static Value sequential(Args args) {
        Node layers = args.node(0, "layers");
        if (layers == null) return new KerasModel(null, List.of(), Map.of());
        if (!(args.evaluator().eval(layers, args.context()) instanceof Items items)) return Value.UNKNOWN;
        List<Layer> list = new ArrayList<>();
        for (Value v : items.items()) list.add(v instanceof Layer l ? l : null);
        // Sequential([...], name="species") applied in a functional model: its output is the output of that name (a loss dict's key)
        Tensor out = KerasStack.output(list);
        String name = args.given(1, "name") instanceof Literal l && l.value() instanceof String s ? s : null;
        return new KerasModel(out != null && name != null ? out.named(name) : out, list, Map.of());
    }

    /**
     * keras.Model(inputs, outputs): one output, or several by position and by their layers' names, or a dict of them;
     * Keras 1 named them Model(input=..., output=...).
     */
    private static Value model(Args args) {
        Value out = args.node(1, "outputs") == null && args.keyword("output") != null ? args.value(-1, "output") : args.value(1, "outputs");
        KerasModel m = KerasModel.of(out);
        return m != null ? m : Value.UNKNOWN;
    }

    /** A component the map function makes one-hot (lambda x, y: (x, tf.one_hot(y, 10))) whatever its input; others are unknown. */
    private static Value made(Node component, Value.Function def, Args args) {
        Context at = def == null ? args.context() : Context.at(def.scope(), component.start());
        return args.evaluator().eval(component, at) instanceof Value.Labels l && l.kind().equals("one_hot") ? l : Value.UNKNOWN;
    }

    /** A parameter returned as it was given: not rebound in the function before (x = tf.reshape(x, [-1]) is not the row's x). */
    private static boolean unchanged(Value.Function def, Node name) {
        return def == null || def.scope().lookup(name.text(), name.start()).stream().allMatch(b -> b.kind() == Binding.Kind.PARAMETER);
    }

    /**
     * Lambda(tf.nn.softmax), Lambda(lambda t: K.softmax(t)): a layer applying that activation. A lambda counts only when
     * its body applies the activation to its one parameter and to nothing else but an axis of 0 (the batch's) or -1:
     * unknown then. Lambda(to_probs) of a project function of one parameter is that function: calling the layer calls it.
     */
    private static Value lambdaLayer(Args args, Node call, String layerName) {
        Node fn = args.node(0, "function");
        if (fn == null) return args.given(0, "function") instanceof Lib f ? layer(activation(f), call, layerName) : Value.UNKNOWN; // Lambda(**spec)
        Value axis = null;
        if (fn.is("lambda")) {
            Node ps = fn.field("parameters");
            Node body = fn.field("body");
            List<Node> given = body == null || !body.is("call") ? List.of() : body.field("arguments").named();
            if (ps == null || ps.named().size() != 1 || !ps.named().get(0).is("identifier") || given.isEmpty() || given.size() > 2
                    || !given.get(0).text().equals(ps.named().get(0).text())) {
                return Value.UNKNOWN;
            }
            if (given.size() == 2) {
                Node a = given.get(1);
                if (a.is("keyword_argument") && !a.field("name").text().equals("axis")) return Value.UNKNOWN;
                axis = args.evaluator().eval(a.is("keyword_argument") ? a.field("value") : a, args.context());
                if (!TorchLibrary.zero(axis) && !(axis instanceof Literal l && Double.valueOf(-1).equals(l.value()))) return Value.UNKNOWN;
            }
            fn = body.field("function");
        }
        Value f = args.evaluator().eval(fn, args.context());
        if (axis == null && f instanceof Value.Function def && def.self() == null && def.scope().parametersInOrder().size() == 1) return def;
        String activation = f instanceof Lib lib ? activation(lib) : null;
        return activation == null ? Value.UNKNOWN : layer(axis == null ? activation : TorchLibrary.axis(activation, axis), call, layerName);
    }

    private static Value layer(String activation, Node call, String layerName) {
        return activation == null ? Value.UNKNOWN : new Layer(activation, 0, call.place(), "Lambda", layerName, true);
    }

    /** The activation a value names (None, or not given: linear); null for one the rules do not know. */
    /** tf.contrib.layers' (slim's) layers and the place of their activation_fn, tf.nn.relu unless given. */
    private static final Map<String, Integer> CONTRIB_ACTIVATION_AT = Map.of("fully_connected", 2, "conv2d", 7, "convolution2d", 7);
    /** TF 1's RNN cells by the place of their activation argument (tanh when not given): BasicLSTMCell(num_units, forget_bias, state_is_tuple, activation). */
    private static final Map<String, Integer> RNN_CELLS = Map.of("BasicRNNCell", 1, "GRUCell", 1, "BasicLSTMCell", 3, "LSTMCell", 10);
    /** The modules TF 1 code reaches its RNN cells through (tf.contrib.rnn, tf.nn.rnn_cell, tf.compat.v1.nn.rnn_cell). */
    private static final Set<String> RNN_MODULES = Set.of("tensorflow.contrib.rnn", "tensorflow.nn.rnn_cell", "tensorflow.compat.v1.nn.rnn_cell");

    /**
     * TF 1's recurrent networks: a cell (BasicLSTMCell(num_units)) is a layer whose outputs are its hidden states, tanh
     * by default (an LSTM's o * tanh(c), a GRU's and a basic cell's tanh) and num_units wide; MultiRNNCell(cells) gives
     * its last cell's; tf.nn.dynamic_rnn(cell, x) gives (outputs, state), the outputs as the cell makes them. An
     * LSTMCell with num_proj projects them linearly: not known. Null for any other call.
     */
    private static Value tf1Rnn(String prefix, String last, Args args, Node call) {
        Integer activationAt = RNN_MODULES.contains(prefix) ? RNN_CELLS.get(last) : null;
        if (activationAt != null) {
            if (last.equals("LSTMCell") && args.given(4, "num_proj") != null) return Value.UNKNOWN;
            Value given = args.given(activationAt, "activation");
            String activation = given == null ? "tanh" : activation(given);
            return activation == null ? Value.UNKNOWN
                    : new Layer(activation, args.evaluator().integer(args.node(0, "num_units"), args.context()), call.place(), last, null, true);
        }
        if (last.equals("MultiRNNCell") && RNN_MODULES.contains(prefix)) {
            // [cell_a, cell_b] or [BasicLSTMCell(n) for _ in range(k)]: the top cell; [cell] * k is not followed (unknown)
            Value cells = args.value(0, "cells");
            Value top = cells instanceof Items i && i.counted() && !i.items().isEmpty() ? i.items().get(i.items().size() - 1)
                    : cells instanceof Value.Filled f ? f.item() : null;
            return top instanceof Layer cell ? cell : Value.UNKNOWN;
        }
        if (last.equals("dynamic_rnn") && (prefix.equals("tensorflow.nn") || prefix.equals("tensorflow.compat.v1.nn"))) {
            if (!(args.value(0, "cell") instanceof Layer cell) || cell.activation() == null) return Value.UNKNOWN;
            String shown = "tf.nn.dynamic_rnn(" + cell.shown() + ")";
            Tensor outputs = new Tensor(cell.activation(), cell.units(), cell.place(), shown, null, List.of(shown));
            return new Items(List.of(outputs, Value.UNKNOWN));
        }
        return null;
    }
    /** tflearn's layers that take (incoming, ..., activation='linear') with the activation at this place. */
    private static final Map<String, Integer> TFLEARN_ACTIVATION_AT = Map.of("conv_1d", 5, "conv_2d", 5, "conv_3d", 5, "activation", 1);
    /** tflearn's layers that keep the activation of what they are given: pooling over positions, dropout, reshaping. */
    private static final Set<String> TFLEARN_KEEPING = Set.of("max_pool_1d", "avg_pool_1d", "max_pool_2d", "avg_pool_2d", "max_pool_3d", "avg_pool_3d",
            "global_avg_pool", "global_max_pool", "dropout", "flatten", "reshape");

    /**
     * tflearn's convolutions and activation layer (a network in network ends in conv_2d(net, K, 1, activation='relu')),
     * and the layers after them that keep values as they were (average pooling of relu scores is still scores); the
     * channels stay the width through pooling and dropout, while flatten and reshape make it unknown. Null for another.
     */
    private static Value tflearnLayer(String last, Args args, Node call) {
        Integer at = TFLEARN_ACTIVATION_AT.get(last);
        if (at != null) {
            String activation = activation(args.given(at, "activation"));
            if (activation == null) return Value.UNKNOWN;
            int units = last.equals("activation") ? args.value(0, "incoming") instanceof Tensor t ? t.units() : 0
                    : args.evaluator().integer(args.node(1, "nb_filter"), args.context());
            String shown = "tflearn." + last;
            return new Tensor(activation, units, call.place(), shown, null, List.of(shown));
        }
        if (!TFLEARN_KEEPING.contains(last)) return null;
        if (!(args.value(0, "incoming") instanceof Tensor t)) return Value.UNKNOWN;
        return (last.equals("flatten") || last.equals("reshape") ? t.withUnits(0) : t).via("tflearn." + last);
    }

    static String activation(Value v) {
        if (v == null) return "linear";
        if (v instanceof Literal l) return l.value() == null ? "linear" : l.value() instanceof String s ? Activations.of(s) : null;
        if (v instanceof Lib q) return Activations.of(q.name().substring(q.name().lastIndexOf('.') + 1));
        return null;
    }

    /**
     * The model an architecture rebuilds: one a Keras model's to_json gave (a string, never changed in place), or its
     * get_config given at once; a config dict kept under a name may be edited (cfg["layers"][-1]["config"][...] = ...,
     * through an alias too) before the rebuild: unknown, as is anything else.
     */
    private static Value rebuilt(Args args, String keyword) {
        Node given = args.node(0, keyword);
        return args.value(0, keyword) instanceof Value.Architecture a && (a.text() || given != null && given.is("call")) ? a.model() : Value.UNKNOWN;
    }

    /**
     * A tf.data pipeline over rows of (x, y), or of one element not known (tfds' feature dicts): shuffling, batching,
     * repeating keep the rows; map(fn) keeps a component that fn returns unchanged (def prep(x, y): return
     * tf.reshape(x, [-1]), y) and one-hot labels it makes, the others are unknown.
     */
    @Override
    public Value method(Value receiver, String method, Args args, Node call) {
        if (receiver instanceof KerasModel m && args.isEmpty() && ARCHITECTURES.contains(method)) return new Value.Architecture(m, !method.equals("get_config"));
        if (!(receiver instanceof Items rows) || rows.items().size() != 1) return null;
        Value element = rows.items().get(0);
        Items row = element instanceof Items r ? r : element instanceof Value.Unknown ? new Items(List.of(Value.UNKNOWN)) : null;
        // a one-column dataset of labels (from_tensor_slices(y)) may be batched or shuffled before Dataset.zip pairs it
        if (row == null && !(element instanceof Value.Labels)) return null;
        return switch (method) {
            case "shuffle", "batch", "padded_batch", "repeat", "prefetch", "cache", "take", "skip", "unbatch", "with_options" -> receiver;
            case "map" -> row == null ? null : mapped(row, args);
            default -> null;
        };
    }

    /**
     * Dataset.from_generator(samples, args=(paths, labels)) or from_generator(lambda: samples(paths, labels)): rows of what
     * the project's generator function yields, all its yields agreeing; another callable is unknown.
     */
    private static Value generated(Args args) {
        Evaluator ev = args.evaluator();
        Value fn = args.value(0, "generator");
        if (!(fn instanceof Value.Function def) || def.self() != null) return Value.UNKNOWN;
        if (def.scope().node().is("lambda")) {
            Node body = def.scope().node().field("body");
            Context at = Context.at(def.scope(), body.start());
            if (!body.is("call") || !(ev.eval(body.field("function"), at) instanceof Value.Function g) || g.scope().yields().isEmpty()) return Value.UNKNOWN;
            Value row = ev.yieldedBy(g, ev.arguments(body, at), at);
            return row instanceof Value.Unknown ? Value.UNKNOWN : new Items(List.of(row));
        }
        if (def.scope().yields().isEmpty() || args.keyword("args") != null) return Value.UNKNOWN;
        Value row = ev.yieldedBy(def, ev.arguments(null, args.context()), args.context());
        return row instanceof Value.Unknown ? Value.UNKNOWN : new Items(List.of(row));
    }

    /**
     * Dataset.zip((images, labels)), or TF 2.13's Dataset.zip(images, labels): rows of one element from each dataset, in
     * order; a dataset not known (its rows' form) leaves its place unknown, and no dataset known leaves the zip unknown.
     */
    private static Value zipped(Args args) {
        List<Value> datasets = args.positionalCount() == 1 && args.value(0, "datasets") instanceof Items tuple ? tuple.items() : args.values();
        if (datasets == null) return Value.UNKNOWN;
        List<Value> row = new ArrayList<>();
        boolean known = false;
        for (Value d : datasets) {
            boolean one = d instanceof Items rows && rows.items().size() == 1;
            row.add(one ? ((Items) d).items().get(0) : Value.UNKNOWN);
            known |= one;
        }
        return known && datasets.size() >= 2 ? new Items(List.of(new Items(row))) : Value.UNKNOWN;
    }

    private static Value mapped(Items row, Args args) {
        Node fn = args.node(0, "map_func");
        if (fn == null) return Value.UNKNOWN;
        List<Node> outs = new ArrayList<>();
        Value.Function def = null;
        Node ps = null;
        if (fn.is("lambda")) {
            ps = fn.field("parameters");
            outs.add(fn.field("body"));
        } else if (args.evaluator().eval(fn, args.context()) instanceof Value.Function f && f.self() == null) {
            def = f;
            ps = f.scope().node().field("parameters");
            if (f.scope().node().is("lambda")) outs.add(f.scope().node().field("body")); // encode = lambda x, y: (x, tf.one_hot(y, K)), mapped by its name
            else for (Node r : f.scope().returns()) {
                if (r.named().isEmpty()) return Value.UNKNOWN;
                outs.add(r.named().get(0));
            }
        }
        List<String> params = new ArrayList<>();
        if (ps != null) for (Node p : ps.named()) params.add(p.is("identifier") ? p.text() : null);
        if (outs.isEmpty() || params.size() != row.items().size()) return Value.UNKNOWN;
        List<Value> joined = null;
        for (Node e : outs) {
            e = Node.bare(e);
            if (!e.is("tuple") && !e.is("expression_list")) return Value.UNKNOWN;
            List<Value> parts = new ArrayList<>();
            for (Node c : e.named()) {
                if (c.is("identifier") && params.contains(c.text()) && unchanged(def, c)) parts.add(row.items().get(params.indexOf(c.text())));
                else parts.add(made(c, def, args));
            }
            if (joined != null && !joined.equals(parts)) return Value.UNKNOWN;
            joined = parts;
        }
        return new Items(List.of(new Items(joined)));
    }

    /** What a wrapper that computes as its argument does gives: the layer or model itself; unknown for anything else. */
    private static Value wrapped(Value v) {
        return v instanceof Layer || v instanceof Value.KerasModel ? v : Value.UNKNOWN;
    }

    static boolean keras(String prefix) {
        return prefix.equals("keras") || prefix.startsWith("keras.") || prefix.contains(".keras") || prefix.equals("layers") || prefix.equals("models")
                || prefix.equals("losses") || prefix.startsWith("tf_keras") || prefix.equals("activations") || prefix.equals("tensorflow.losses");
    }
}
