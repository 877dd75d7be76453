package dev.lossadvisor.engine.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.input.LossOptions;
import dev.lossadvisor.engine.input.ModelDescription;
import dev.lossadvisor.engine.input.ModelDescription.LossSpec;
import dev.lossadvisor.engine.input.ModelDescription.OutputSpec;
import dev.lossadvisor.facts.FileContents;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a Keras model document, in any of the forms Keras and TF.js write, into one description per output head:
 * Keras 3 config.json with its compile_config; model.to_json() of Keras 1 and 2 (with a training_config beside it);
 * {"model_config", "training_config"} as HDF5 attributes and SavedModel metadata hold them; TF.js layers-model
 * model.json (modelTopology wraps both); and any of these double-encoded as a JSON string.
 */
final class KerasModels {
    /** First keys of a Keras or TF.js document. */
    static final java.util.Set<String> KEYS = java.util.Set.of("class_name", "module", "model_config", "training_config", "compile_config", "keras_version",
            "backend", "modelTopology", "format", "generatedBy", "convertedBy", "weightsManifest");

    private KerasModels() {}

    /**
     * @param root   the document as parsed
     * @param format the file's format, as FileContents names it
     */
    static List<ModelDescription> describe(JsonNode root, String format) {
        JsonNode doc = Json.unwrap(root, ""); // json.dump(model.to_json()) writes a string
        String base = "";
        if (doc.has("modelTopology")) {
            doc = doc.get("modelTopology");
            base = "/modelTopology";
            if (!FileContents.FORMAT_KERAS_ARCHIVE.equals(format)) format = FileContents.FORMAT_TFJS;
        }
        JsonNode model = doc;
        String modelPointer = base;
        if (doc.has("model_config")) {
            modelPointer = base + "/model_config";
            model = Json.unwrap(doc.get("model_config"), modelPointer);
        }
        String compileField = doc.has("compile_config") ? "compile_config" : "training_config";
        String compilePointer = base + "/" + compileField;
        JsonNode compile = Json.unwrap(doc.get(compileField), compilePointer);
        if (!model.isObject() || !model.has("config") && !model.has("class_name")) {
            throw new InputException(modelPointer, "not a Keras model config: no class_name or config", "export it with model.to_json() or model.save()");
        }

        List<KerasHeads.Head> heads = KerasHeads.of(model, modelPointer);
        JsonNode loss = compile == null || compile.path("loss").isNull() ? null : compile.get("loss");
        JsonNode metrics = compile == null ? null : compile.get("metrics");
        String name = KerasHeads.modelName(model);
        List<ModelDescription> out = new ArrayList<>();
        for (int i = 0; i < heads.size(); i++) {
            KerasHeads.Head h = heads.get(i);
            String lossPointer = compilePointer + "/loss";
            JsonNode headLoss = loss;
            if (loss != null && loss.isArray()) {
                headLoss = loss.get(i);
                lossPointer += "/" + i;
            } else if (loss != null && loss.isObject() && !loss.has("class_name")) {
                headLoss = loss.get(h.name());
                lossPointer += "/" + h.name();
            }
            LossSpec spec = lossSpec(headLoss);
            Map<String, String> locations = new LinkedHashMap<>();
            locations.put("/output/activation", h.activationPointer());
            locations.put("/output", h.unitsPointer());
            locations.put("/loss", lossPointer);
            locations.put("/metrics", compilePointer + "/metrics");
            OutputSpec output = h.unknown() != null ? null : new OutputSpec(h.units(), h.activation());
            FileContents contents = new FileContents(true, spec != null, h.unknown(), format,
                    spec == null && loss != null ? noLossNote(compile.get("loss_weights"), i, h.name()) : null);
            out.add(new ModelDescription(name, "keras", null, output, spec, null, null, List.of(),
                    heads.size() > 1 ? h.name() : null, metricNames(metrics, i, h.name(), heads.size()), contents, Map.copyOf(locations)));
        }
        return List.copyOf(out);
    }

    /** What the file shows for an output that has no loss among others that have one: its loss weight when 0. */
    private static String noLossNote(JsonNode weights, int index, String head) {
        JsonNode w = weights == null ? null : weights.isArray() ? weights.get(index) : weights.get(head);
        boolean zero = w != null && w.isNumber() && w.doubleValue() == 0;
        return "the file records the loss of output '" + head + "' as null" + (zero ? " with loss weight 0" : "") + ": Keras does not train this output";
    }

    /** A model file with no Keras layers or loss in it: weights only (save_weights), or a SavedModel's bare graph. */
    static ModelDescription withoutArchitecture(String name, String format) {
        return new ModelDescription(name, "keras", null, null, null, null, null, List.of(), null, List.of(),
                new FileContents(false, false, null, format), Map.of());
    }

    /** The loss of one head: a name ("mse"), a serialised loss object, or a serialised function; null when none. */
    private static LossSpec lossSpec(JsonNode loss) {
        if (loss == null || loss.isNull()) return null;
        if (loss.isTextual()) return LossSpec.named(loss.asText());
        JsonNode cfg = loss.path("config");
        String cls = loss.path("class_name").asText("");
        if (cfg.isTextual()) return LossSpec.named(cfg.asText()); // {"class_name": "function", "config": "binary_crossentropy"}
        if (cls.isEmpty()) return null;
        return new LossSpec(cls, cfg.isObject() ? LossOptions.read(cfg, "/loss/config", List.of("fn"), false) : LossOptions.NONE);
    }

    /** The metric names for head i: per output when Keras kept them per output, else all of them. */
    private static List<String> metricNames(JsonNode metrics, int head, String headName, int heads) {
        if (metrics == null || metrics.isNull()) return List.of();
        JsonNode mine = metrics;
        if (metrics.isObject() && !metrics.has("class_name")) mine = metrics.path(headName);
        else if (metrics.isArray() && heads > 1 && metrics.size() == heads && metrics.get(head).isArray()) mine = metrics.get(head);
        List<String> names = new ArrayList<>();
        collect(mine, names, 0);
        return List.copyOf(names);
    }

    private static void collect(JsonNode n, List<String> names, int depth) {
        if (n == null || depth > 4) return;
        if (n.isTextual()) {
            names.add(n.asText());
        } else if (n.isArray()) {
            for (JsonNode e : n) collect(e, names, depth + 1);
        } else if (n.isObject()) {
            JsonNode cfg = n.path("config");
            String fn = cfg.path("fn").asText(""); // MeanMetricWrapper(fn=binary_accuracy, name=accuracy)
            // a metric object with its own threshold (BinaryAccuracy(threshold=0.0)) is named by its class, as in Python
            // sources: its name, binary_accuracy, would read as the string metric that rounds at 0.5
            String cls = n.path("class_name").asText("");
            String name = !fn.isEmpty() ? fn : cfg.isTextual() ? cfg.asText() : cfg.has("threshold") && !cls.isEmpty() ? cls : cfg.path("name").asText(cls);
            if (!name.isEmpty()) names.add(name);
        }
    }
}
