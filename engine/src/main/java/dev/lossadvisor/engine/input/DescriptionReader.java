package dev.lossadvisor.engine.input;

import static dev.lossadvisor.engine.input.JsonInput.choice;
import static dev.lossadvisor.engine.input.JsonInput.kindOf;
import static dev.lossadvisor.engine.input.JsonInput.number;
import static dev.lossadvisor.engine.input.JsonInput.object;
import static dev.lossadvisor.engine.input.JsonInput.parse;
import static dev.lossadvisor.engine.input.JsonInput.positiveInt;
import static dev.lossadvisor.engine.input.JsonInput.startObject;
import static dev.lossadvisor.engine.input.JsonInput.text;
import static dev.lossadvisor.engine.input.JsonInput.tree;
import static dev.lossadvisor.engine.input.JsonInput.unknownField;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lossadvisor.engine.input.ModelDescription.LabelSpec;
import dev.lossadvisor.engine.input.ModelDescription.LossSpec;
import dev.lossadvisor.engine.input.ModelDescription.OutputSpec;
import dev.lossadvisor.facts.FileContents;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a model description from JSON in one streaming pass: small fields as trees, the sample arrays through
 * {@link SampleReader}. Every problem is an {@link InputException} naming its JSON pointer.
 */
public final class DescriptionReader {

    public static final List<String> FRAMEWORKS = List.of("keras", "pytorch", "djl");
    public static final List<String> TASKS = List.of("regression", "regression-outliers", "count", "binary", "soft-binary",
            "imbalanced-binary", "margin-binary", "multiclass", "multiclass-large", "distillation", "multilabel",
            "multilabel-imbalanced", "ordinal", "object-detection");
    public static final List<String> ACTIVATIONS = List.of("linear", "sigmoid", "softmax", "log_softmax", "tanh", "relu", "softplus");
    public static final List<String> LABEL_FORMATS = List.of("binary", "float", "one_hot", "integer", "multi_hot", "signed", "continuous");

    private static final Set<String> TOP_FIELDS = Set.of("$schema", "name", "description", "framework", "task", "output", "loss", "labels", "samples", "suppress", "metrics");
    private static final Set<String> OUTPUT_FIELDS = Set.of("units", "activation");
    private static final Set<String> LOSS_FIELDS = Set.of("name", "from_logits", "label_smoothing", "gamma", "alpha", "pos_weight",
            "class_weight", "epsilon", "reduction", "delta", "axis", "apply_class_balancing", "ignore_index", "weight");
    private static final Set<String> LABEL_FIELDS = Set.of("format", "num_classes");
    private static final Set<String> SUPPRESS_FIELDS = Set.of("rule", "reason");



    public ModelDescription read(String json) {
        return parse(json, this::readDocument);
    }

    public ModelDescription read(InputStream in) {
        return parse(in, this::readDocument);
    }












    private ModelDescription readDocument(JsonParser p) throws IOException {
        startObject(p, "a model description", "start the file with {");
        ModelDescription d = description(p);
        if (p.nextToken() != null) {
            throw InputException.malformed("", "unexpected content after the description object", "a file holds exactly one description");
        }
        return d;
    }


    /** Reads the description object the parser stands at the start of, up to its end. */
    ModelDescription description(JsonParser p) throws IOException {
        String name = null;
        String framework = null;
        String task = null;
        OutputSpec output = null;
        LossSpec loss = null;
        LabelSpec labels = null;
        Samples samples = null;
        List<ModelDescription.Suppression> suppressions = List.of();
        List<String> metrics = List.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            String path = "/" + field;
            switch (field) {
                case "name" -> name = text(p.readValueAsTree(), path);
                case "framework" -> framework = choice(text(p.readValueAsTree(), path), FRAMEWORKS, path);
                case "task" -> task = choice(text(p.readValueAsTree(), path), TASKS, path);
                case "output" -> output = output(tree(p));
                case "loss" -> loss = loss(tree(p));
                case "labels" -> labels = labels(tree(p));
                case "samples" -> samples = SampleReader.samples(p);
                case "suppress" -> suppressions = suppressions(tree(p));
                case "metrics" -> metrics = metrics(tree(p));
                case "$schema", "description" -> p.skipChildren();
                default -> throw unknownField(path, field, TOP_FIELDS);
            }
        }
        if (framework == null) throw new InputException("/framework", "missing", "set it to one of " + String.join(", ", FRAMEWORKS));
        if (output == null) throw new InputException("/output", "missing", "describe the final layer: {\"units\": 1, \"activation\": \"sigmoid\"}");
        if (loss == null) throw new InputException("/loss", "missing", "name the loss: {\"name\": \"binary_crossentropy\"}");
        if (samples != null && samples.outputs() != null && samples.labels() != null
                && samples.outputs().rows() != samples.labels().rows()) {
            throw new InputException("/samples/labels", "has " + samples.labels().rows() + " rows but /samples/outputs has "
                    + samples.outputs().rows(), "give one label row per output row");
        }
        return new ModelDescription(name == null ? "unnamed" : name, framework, task, output, loss, labels, samples, suppressions,
                null, metrics, FileContents.DESCRIPTION, Map.of());
    }


    private OutputSpec output(JsonNode n) {
        object(n, "/output", OUTPUT_FIELDS);
        JsonNode units = n.get("units");
        if (units == null) throw new InputException("/output/units", "missing", "give the number of units of the final layer");
        int u = positiveInt(units, "/output/units");
        JsonNode act = n.get("activation");
        String activation = act == null || act.isNull() ? "linear" : choice(text(act, "/output/activation"), ACTIVATIONS, "/output/activation");
        return new OutputSpec(u, activation);
    }

    private LossSpec loss(JsonNode n) {
        if (n.isTextual()) return new LossSpec(n.asText(), null, 0, null, null, false, null);
        object(n, "/loss", LOSS_FIELDS);
        JsonNode name = n.get("name");
        if (name == null) throw new InputException("/loss/name", "missing", "name the loss, e.g. \"binary_crossentropy\" or \"BCEWithLogitsLoss\"");
        String lossName = text(name, "/loss/name");
        Boolean fromLogits = null;
        if (n.has("from_logits")) {
            JsonNode f = n.get("from_logits");
            if (!f.isBoolean()) throw new InputException("/loss/from_logits", "must be true or false, got " + f, "write true or false without quotes");
            fromLogits = f.booleanValue();
        }
        double smoothing = n.has("label_smoothing") ? number(n.get("label_smoothing"), "/loss/label_smoothing", 0, 1) : 0;
        Double gamma = n.has("gamma") ? number(n.get("gamma"), "/loss/gamma", 0, 100) : null;
        Double alpha = n.has("alpha") ? number(n.get("alpha"), "/loss/alpha", 0, 1) : null;
        Double epsilon = n.has("epsilon") ? number(n.get("epsilon"), "/loss/epsilon", 0, 1) : null;
        if (n.has("pos_weight")) weights(n.get("pos_weight"), "/loss/pos_weight");
        if (n.has("class_weight")) weights(n.get("class_weight"), "/loss/class_weight");
        boolean balancing = n.has("apply_class_balancing") && n.get("apply_class_balancing").asBoolean(false);
        boolean weighted = n.has("pos_weight") || n.has("class_weight") || n.has("weight") || balancing;
        return new LossSpec(lossName, fromLogits, smoothing, gamma, alpha, weighted, epsilon);
    }

    private LabelSpec labels(JsonNode n) {
        object(n, "/labels", LABEL_FIELDS);
        String format = n.has("format") ? choice(text(n.get("format"), "/labels/format"), LABEL_FORMATS, "/labels/format") : null;
        int classes = n.has("num_classes") ? positiveInt(n.get("num_classes"), "/labels/num_classes") : 0;
        return new LabelSpec(format, classes);
    }

    private static List<String> metrics(JsonNode n) {
        if (!n.isArray()) throw new InputException("/metrics", "must be an array of metric names, got " + kindOf(n), "write [\"accuracy\"] or [\"mae\"]");
        List<String> list = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) list.add(text(n.get(i), "/metrics/" + i));
        return List.copyOf(list);
    }

    private static List<ModelDescription.Suppression> suppressions(JsonNode n) {
        if (!n.isArray()) throw new InputException("/suppress", "must be an array, got " + kindOf(n), "write [{\"rule\": \"class-imbalance\", \"reason\": \"...\"}]");
        List<ModelDescription.Suppression> list = new java.util.ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            String path = "/suppress/" + i;
            object(n.get(i), path, SUPPRESS_FIELDS);
            JsonNode rule = n.get(i).get("rule");
            JsonNode reason = n.get(i).get("reason");
            if (rule == null) throw new InputException(path + "/rule", "missing", "name the rule to suppress, by code or name");
            if (reason == null) throw new InputException(path + "/reason", "missing", "say why this rule does not apply here");
            list.add(new ModelDescription.Suppression(text(rule, path + "/rule"), text(reason, path + "/reason")));
        }
        return List.copyOf(list);
    }









    private static void weights(JsonNode n, String path) {
        if (n.isNumber()) {
            number(n, path, 0, 1e6);
        } else if (n.isArray()) {
            int i = 0;
            for (JsonNode w : n) number(w, path + "/" + i++, 0, 1e6);
        } else if (n.isObject()) {
            n.fields().forEachRemaining(e -> number(e.getValue(), path + "/" + e.getKey(), 0, 1e6));
        } else {
            throw new InputException(path, "must be a number, an array or an object of numbers, got " + kindOf(n), "e.g. 49.0 or {\"0\": 1, \"1\": 49}");
        }
    }







}
