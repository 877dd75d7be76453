package dev.lossadvisor.engine.keras;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.input.ModelDescription;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Reads Keras models into model descriptions: a .keras archive (a zip whose config.json holds the model
 * config and its compile_config), or legacy model JSON (model.to_json(), with a training_config beside it
 * or both wrapped as {"model_config", "training_config"} as stored in HDF5 attributes).
 * The final Dense layer gives the units, its activation or a following Activation/Softmax layer the activation.
 */
public final class KerasImporter {
    private static final Set<String> KERAS_KEYS = Set.of("class_name", "module", "model_config", "training_config", "keras_version");
    /** Layers that pass values through unchanged in shape and meaning, looking back from the output. */
    private static final Set<String> PASS_THROUGH = Set.of("Dropout", "Flatten", "Reshape", "Identity", "GaussianNoise",
            "AlphaDropout", "ActivityRegularization", "SpatialDropout1D", "SpatialDropout2D");
    private static final Set<String> LOSS_OPTIONS = Set.of("from_logits", "label_smoothing", "gamma", "alpha", "apply_class_balancing", "delta");
    private static final long MAX_CONFIG_BYTES = 16L << 20;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** How far a stream is read ahead to tell a zip, Keras JSON and a description apart, then rewound. */
    private static final int PEEK_BYTES = 16 * 1024;
    private static final JsonFactory PEEK = JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private KerasImporter() {}

    /** Reads a file as whatever it is: .keras archive, Keras model JSON, or a Loss Advisor description. */
    public static ModelDescription readAny(LossAdvisor advisor, Path file) throws IOException {
        if (file.getFileName().toString().endsWith(".keras")) return advisor.parse(fromArchive(file));
        try (InputStream in = Files.newInputStream(file)) {
            return read(advisor, in);
        }
    }

    /**
     * Reads a stream as whatever it is (an upload, a request body): a .keras archive (by its zip signature),
     * Keras model JSON (by its first key), or a Loss Advisor description, streamed as the reader does.
     */
    public static ModelDescription read(LossAdvisor advisor, InputStream stream) throws IOException {
        BufferedInputStream in = new BufferedInputStream(stream, PEEK_BYTES);
        in.mark(PEEK_BYTES);
        byte[] head = in.readNBytes(4);
        in.reset();
        if (isArchive(head)) return advisor.parse(fromZip(in));
        boolean keras = isKerasJson(in);
        in.reset();
        return keras ? advisor.parse(fromModelJson(tree(in))) : advisor.parse(in);
    }

    /** True when the bytes start with a zip signature, as a .keras archive does. */
    public static boolean isArchive(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** True when the first top-level key is one a Keras model file starts with; reads at most {@link #PEEK_BYTES}. */
    private static boolean isKerasJson(InputStream in) throws IOException {
        // a window of the stream that ends within the mark, and that the parser's close leaves open for the rewind
        InputStream window = new FilterInputStream(in) {
            private int left = PEEK_BYTES;

            @Override
            public int read() throws IOException {
                if (left == 0) return -1;
                left--;
                return super.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left == 0) return -1;
                int n = super.read(b, off, Math.min(len, left));
                if (n > 0) left -= n;
                return n;
            }

            @Override
            public void close() {
                // the caller rewinds and reads the stream again
            }
        };
        JsonParser p = PEEK.createParser(window);
        try (p) {
            return p.nextToken() == JsonToken.START_OBJECT && p.nextToken() == JsonToken.FIELD_NAME && KERAS_KEYS.contains(p.currentName());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return false; // let the description reader report the syntax error
        }
    }

    /** The description JSON for a .keras archive given as a stream. */
    private static String fromZip(InputStream in) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.getName().equals("config.json")) continue;
                byte[] config = zip.readNBytes((int) MAX_CONFIG_BYTES + 1);
                if (config.length > MAX_CONFIG_BYTES) throw tooLarge();
                return fromModelJson(tree(new java.io.ByteArrayInputStream(config)));
            }
        } catch (java.util.zip.ZipException e) {
            throw notZip(e);
        }
        throw noConfig();
    }

    /** The description JSON for a .keras archive. */
    public static String fromArchive(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry("config.json");
            if (entry == null) throw noConfig();
            if (entry.getSize() > MAX_CONFIG_BYTES) throw tooLarge();
            try (InputStream in = zip.getInputStream(entry)) {
                return fromModelJson(tree(in));
            }
        } catch (java.util.zip.ZipException e) {
            throw notZip(e);
        }
    }

    private static JsonNode tree(InputStream in) throws IOException {
        try {
            return MAPPER.readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw InputException.malformed("", "malformed Keras model JSON: " + e.getOriginalMessage(), "export it again with model.to_json() or model.save()");
        }
    }

    private static InputException tooLarge() {
        return new InputException("", "config.json is larger than 16 MB", "is this a Keras model archive?");
    }

    private static InputException noConfig() {
        return new InputException("", "not a Keras archive: no config.json inside", "save the model with model.save('model.keras')");
    }

    private static InputException notZip(java.util.zip.ZipException e) {
        return new InputException("", "not a zip archive: " + e.getMessage(), "a .keras file is the zip written by model.save('model.keras')");
    }

    /** The description JSON for a Keras model config (Keras 3 config.json, or legacy to_json with a training config). */
    public static String fromModelJson(JsonNode root) {
        JsonNode model = root.has("model_config") ? root.get("model_config") : root;
        JsonNode compile = root.has("compile_config") ? root.get("compile_config")
                : root.has("training_config") ? root.get("training_config") : null;
        String base = root.has("model_config") ? "/model_config" : "";
        JsonNode config = model.get("config");
        if (config == null || !config.has("layers") || !config.get("layers").isArray() || config.get("layers").isEmpty()) {
            throw new InputException(base + "/config/layers", "missing or empty", "this does not look like a Keras model config");
        }
        JsonNode layers = config.get("layers");
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < layers.size(); i++) byName.put(layers.get(i).path("config").path("name").asText(), i);

        int index = outputLayer(config, layers, byName);
        String activation = null;
        Integer units = null;
        for (int guard = 0; index >= 0 && guard < layers.size(); guard++) {
            JsonNode layer = layers.get(index);
            String cls = layer.path("class_name").asText();
            JsonNode lc = layer.path("config");
            if (cls.equals("Dense")) {
                units = lc.path("units").asInt();
                if (activation == null) activation = activationName(lc.get("activation"));
                break;
            } else if (cls.equals("Activation")) {
                if (activation == null) activation = activationName(lc.get("activation"));
            } else if (cls.equals("Softmax")) {
                if (activation == null) activation = "softmax";
            } else if (cls.equals("ReLU")) {
                if (activation == null) activation = "relu";
            } else if (!PASS_THROUGH.contains(cls)) {
                throw new InputException(base + "/config/layers/" + index, "the model ends in a " + cls + " layer",
                        "Loss Advisor reads models whose head is a Dense layer (optionally followed by an activation)");
            }
            index = inputOf(layers, index, byName, config);
        }
        if (units == null) throw new InputException(base + "/config/layers", "no Dense output layer found", "the head must be a Dense layer");

        ObjectNode d = MAPPER.createObjectNode();
        d.put("name", config.path("name").asText("keras model"));
        d.put("framework", "keras");
        d.putObject("output").put("units", units).put("activation", activation == null ? "linear" : activation);
        if (compile == null || compile.get("loss") == null || compile.get("loss").isNull()) {
            throw new InputException(root.has("compile_config") ? "/compile_config/loss" : "/training_config/loss", "the model has no compiled loss",
                    "compile the model before saving it, or describe it in Loss Advisor JSON");
        }
        d.set("loss", loss(compile.get("loss"), root.has("compile_config") ? "/compile_config/loss" : "/training_config/loss"));
        return d.toString();
    }

    private static int outputLayer(JsonNode config, JsonNode layers, Map<String, Integer> byName) {
        JsonNode outputs = config.get("output_layers");
        if (outputs == null || outputs.isNull()) return layers.size() - 1; // Sequential: the last layer
        String name = firstLayerName(outputs, byName);
        if (name == null) return layers.size() - 1;
        return byName.get(name);
    }

    /** The layer feeding layer i: the previous one in a Sequential model, the inbound one in a functional model. */
    private static int inputOf(JsonNode layers, int i, Map<String, Integer> byName, JsonNode config) {
        if (!config.has("output_layers")) return i - 1;
        String name = firstLayerName(layers.get(i).get("inbound_nodes"), byName);
        return name == null ? -1 : byName.get(name);
    }

    /** Depth-first: the first string naming a known layer (Keras 2 [[name, 0, 0, {}]] and Keras 3 keras_history alike). */
    private static String firstLayerName(JsonNode n, Map<String, Integer> byName) {
        if (n == null) return null;
        if (n.isTextual()) return byName.containsKey(n.asText()) ? n.asText() : null;
        for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
            String found = firstLayerName(it.next(), byName);
            if (found != null) return found;
        }
        return null;
    }

    private static String activationName(JsonNode a) {
        if (a == null || a.isNull()) return null;
        if (a.isTextual()) return a.asText();
        // Keras 3 may serialise an activation as {"module": "keras.activations", "class_name": "function", "config": "sigmoid"}
        JsonNode c = a.get("config");
        if (c != null && c.isTextual()) return c.asText();
        return a.path("class_name").asText("linear").toLowerCase(java.util.Locale.ROOT);
    }

    private static JsonNode loss(JsonNode loss, String path) {
        if (loss.isTextual()) return MAPPER.createObjectNode().put("name", loss.asText());
        if (loss.isArray() || loss.isObject() && !loss.has("class_name")) {
            throw new InputException(path, "the model has several outputs with separate losses", "describe the head you want checked in Loss Advisor JSON");
        }
        ObjectNode out = MAPPER.createObjectNode().put("name", loss.path("class_name").asText());
        JsonNode cfg = loss.path("config");
        for (String option : LOSS_OPTIONS) {
            JsonNode v = cfg.get(option);
            if (v != null && !v.isNull()) out.set(option, v);
        }
        return out;
    }
}
