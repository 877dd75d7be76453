package dev.lossadvisor.engine.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lossadvisor.engine.input.InputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds a Keras model's output heads in its config: the layer that sets each output's units and the activation
 * applied after it. Covers Keras 1 to 3: Sequential as a list or a {"layers"} object, Functional models with one or
 * several outputs, models nested as layers, TimeDistributed(Dense) and convolutions used as per-position classifiers.
 */
final class KerasHeads {
    /** Layers that pass values through unchanged in meaning, looking back from the output. */
    private static final Set<String> PASS_THROUGH = Set.of("Dropout", "Flatten", "Reshape", "Identity", "GaussianNoise", "GaussianDropout",
            "AlphaDropout", "ActivityRegularization", "SpatialDropout1D", "SpatialDropout2D", "SpatialDropout3D", "Permute", "Cropping1D",
            "GlobalAveragePooling1D", "GlobalAveragePooling2D", "GlobalMaxPooling1D", "GlobalMaxPooling2D", "Squeeze");
    private static final Set<String> MODELS = Set.of("Sequential", "Functional", "Model");
    private static final Set<String> CONVOLUTIONS = Set.of("Conv1D", "Conv2D", "Conv3D", "Convolution1D", "Convolution2D", "Convolution3D");
    /** Keras activation names as the rules know them; the others have no output form the rules judge. */
    private static final Map<String, String> ACTIVATIONS = Map.ofEntries(
            Map.entry("linear", "linear"), Map.entry("sigmoid", "sigmoid"), Map.entry("hard_sigmoid", "sigmoid"),
            Map.entry("softmax", "softmax"), Map.entry("log_softmax", "log_softmax"), Map.entry("tanh", "tanh"),
            Map.entry("softsign", "tanh"), Map.entry("relu", "relu"), Map.entry("relu6", "relu"), Map.entry("softplus", "softplus"),
            Map.entry("exponential", "softplus"), Map.entry("none", "linear"),
            // unbounded above, and below reaching every negative value (or -1 for elu): scores, as a linear head's
            Map.entry("leaky_relu", "linear"), Map.entry("leakyrelu", "linear"), Map.entry("prelu", "linear"), Map.entry("elu", "linear"),
            Map.entry("selu", "linear"), Map.entry("celu", "linear"),
            // bounded below near 0: as a ReLU head
            Map.entry("thresholdedrelu", "relu"), Map.entry("gelu", "relu"), Map.entry("silu", "relu"), Map.entry("swish", "relu"));
    /** Deepest nesting of models inside models that is followed. */
    private static final int MAX_NESTING = 8;

    private KerasHeads() {}

    /**
     * One output of a model.
     *
     * @param name           the output layer's name (the key of a per-output loss dict)
     * @param units          units (filters of a per-position convolution) of the layer that sets the width, or 0 when unknown
     * @param activation     the rules' activation name, or null when unknown
     * @param unknown        what ends the head when it is not read (a custom layer, an activation the rules don't know), else null
     * @param unitsPointer   JSON pointer of that layer's config
     * @param activationPointer JSON pointer of the config that sets the activation
     */
    record Head(String name, int units, String activation, String unknown, String unitsPointer, String activationPointer) {}

    /** The heads of a model config ({"class_name", "config"}), in output order. */
    static List<Head> of(JsonNode model, String pointer) {
        return heads(model, pointer, 0);
    }

    private static List<Head> heads(JsonNode model, String pointer, int depth) {
        if (depth > MAX_NESTING) throw new InputException(pointer, "models nested more than " + MAX_NESTING + " deep", "is this a real Keras config?");
        String cls = model.path("class_name").asText("");
        JsonNode config = model.get("config");
        JsonNode layers = config == null ? null : config.isArray() ? config : config.get("layers");
        String layersPointer = pointer + (config != null && config.isArray() ? "/config" : "/config/layers");
        if (layers == null || !layers.isArray() || layers.isEmpty()) {
            String what = MODELS.contains(cls) ? cls + " model with no layers" : "subclassed model " + (cls.isEmpty() ? "(no class_name)" : cls);
            return List.of(new Head(modelName(model), 0, null, what, pointer, pointer));
        }
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < layers.size(); i++) byName.put(layerName(layers.get(i)), i);
        JsonNode outputs = config.isObject() ? config.get("output_layers") : null;
        boolean functional = outputs != null && !outputs.isNull();
        Walk walk = new Walk(layers, layersPointer, byName, functional, depth);
        if (!functional) return List.of(walk.from(layers.size() - 1));
        List<Head> heads = new ArrayList<>();
        // [["dense", 0, 0], ...] for several outputs; Keras 3 writes a single output as ["dense", 0, 0]
        if (outputs.isArray() && !outputs.isEmpty() && outputs.get(0).isTextual()) outputs = JsonNodeFactory.instance.arrayNode().add(outputs);
        for (JsonNode out : outputs) {
            String name = firstLayerName(out, byName);
            if (name != null) heads.add(walk.from(byName.get(name)));
        }
        if (heads.isEmpty()) throw new InputException(pointer + "/config/output_layers", "names no layer of the model", "is the config complete?");
        return List.copyOf(heads);
    }

    private record Walk(JsonNode layers, String pointer, Map<String, Integer> byName, boolean functional, int depth) {

        /** Walks back from the output layer at {@code index} to the layer that sets the output's width. */
        Head from(int index) {
            String outputName = layerName(layers.get(index));
            String activation = null;
            String activationPointer = null;
            for (int guard = 0; index >= 0 && guard <= layers.size(); guard++) {
                JsonNode layer = layers.get(index);
                String cls = layer.path("class_name").asText();
                JsonNode lc = layer.path("config");
                String at = pointer + "/" + index + "/config";
                if (MODELS.contains(cls) && (lc.isArray() || lc.has("layers"))) {
                    Head inner = heads(layer, pointer + "/" + index, depth + 1).get(0);
                    return activation == null ? rename(inner, outputName)
                            : new Head(outputName, inner.units(), activation, inner.unknown(), inner.unitsPointer(), activationPointer);
                }
                if (cls.equals("TimeDistributed") && lc.has("layer")) {
                    JsonNode inner = lc.get("layer");
                    cls = inner.path("class_name").asText();
                    lc = inner.path("config");
                    at += "/layer/config";
                }
                boolean dense = cls.equals("Dense");
                if (dense || CONVOLUTIONS.contains(cls)) {
                    int units = lc.path(dense ? (lc.has("units") ? "units" : "output_dim") : (lc.has("filters") ? "filters" : "nb_filter")).asInt(0);
                    if (activation == null) {
                        activation = activationName(lc.get("activation"));
                        activationPointer = at + "/activation";
                    }
                    String known = ACTIVATIONS.get(activation == null ? "linear" : activation);
                    String unknown = units <= 0 ? cls + " layer without a unit count" : known == null ? "the " + activation + " activation" : null;
                    return new Head(outputName, Math.max(units, 0), known, unknown, at, activationPointer);
                }
                String act = switch (cls) {
                    case "Activation" -> activationName(lc.get("activation"));
                    case "Softmax" -> "softmax";
                    // a ReLU layer with a negative slope is a leaky ReLU
                    case "ReLU" -> lc.path("negative_slope").asDouble(0) > 0 ? "leaky_relu" : "relu";
                    case "LeakyReLU" -> "leaky_relu";
                    case "PReLU" -> "prelu";
                    case "ELU" -> "elu";
                    case "ThresholdedReLU" -> "thresholdedrelu";
                    default -> null;
                };
                if (cls.equals("Activation") && "linear".equals(act)) {
                    // Activation("linear", dtype="float32"): mixed precision's cast of the output, the identity
                } else if (act != null) {
                    if (activation == null) {
                        activation = act;
                        activationPointer = at + (cls.equals("Activation") ? "/activation" : "");
                    }
                } else if (!PASS_THROUGH.contains(cls)) {
                    return new Head(outputName, 0, null, "a " + (cls.isEmpty() ? "nameless" : cls) + " layer", at, at);
                }
                index = inputOf(index);
            }
            return new Head(outputName, 0, null, "no Dense output layer", pointer, pointer);
        }

        /** The layer feeding layer i: the previous one in a Sequential model, the inbound one in a functional model. */
        private int inputOf(int i) {
            if (!functional) return i - 1;
            String name = firstLayerName(layers.get(i).get("inbound_nodes"), byName);
            return name == null ? -1 : byName.get(name);
        }
    }

    private static Head rename(Head h, String name) {
        return new Head(name, h.units(), h.activation(), h.unknown(), h.unitsPointer(), h.activationPointer());
    }

    static String modelName(JsonNode model) {
        JsonNode c = model.get("config");
        String name = c != null && c.isObject() ? c.path("name").asText("") : "";
        return name.isEmpty() ? model.path("class_name").asText("keras model") : name;
    }

    private static String layerName(JsonNode layer) {
        String n = layer.path("config").path("name").asText("");
        return n.isEmpty() ? layer.path("name").asText("") : n;
    }

    /** Depth-first: the first string naming a known layer (Keras 2 [[name, 0, 0, {}]] and Keras 3 keras_history alike). */
    private static String firstLayerName(JsonNode n, Map<String, Integer> byName) {
        if (n == null) return null;
        if (n.isTextual()) return byName.containsKey(n.asText()) ? n.asText() : null;
        for (JsonNode child : n) {
            String found = firstLayerName(child, byName);
            if (found != null) return found;
        }
        return null;
    }

    private static String activationName(JsonNode a) {
        if (a == null || a.isNull()) return null;
        if (a.isTextual()) return a.asText().toLowerCase(Locale.ROOT);
        // Keras 3 may serialise an activation as {"module": "keras.activations", "class_name": "function", "config": "sigmoid"}
        JsonNode c = a.get("config");
        if (c != null && c.isTextual()) return c.asText().toLowerCase(Locale.ROOT);
        return a.path("class_name").asText("linear").toLowerCase(Locale.ROOT);
    }
}
