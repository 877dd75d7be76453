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
import dev.lossadvisor.facts.Vocabulary;
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

    public static final List<String> FRAMEWORKS = Vocabulary.FRAMEWORKS;
    public static final List<String> TASKS = Vocabulary.TASKS;
    public static final List<String> ACTIVATIONS = Vocabulary.ACTIVATIONS;
    public static final List<String> LABEL_FORMATS = Vocabulary.DECLARED_LABELS;

    private static final Set<String> TOP_FIELDS = Set.of("$schema", "name", "description", "framework", "task", "output", "loss", "labels", "samples", "suppress", "metrics", "captured");
    private static final Set<String> OUTPUT_FIELDS = Set.of("units", "activation");
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
                case "name" -> name = text(tree(p), path);
                case "framework" -> framework = choice(text(tree(p), path), FRAMEWORKS, path);
                case "task" -> task = choice(text(tree(p), path), TASKS, path);
                case "output" -> output = output(tree(p));
                case "loss" -> loss = loss(tree(p));
                case "labels" -> labels = labels(tree(p));
                case "samples" -> samples = SampleReader.samples(p);
                case "suppress" -> suppressions = suppressions(tree(p));
                case "metrics" -> metrics = metrics(tree(p));
                case "$schema", "description", "captured" -> p.skipChildren(); // captured: what loss-advisor capture observed, for people
                default -> throw unknownField(path, field, TOP_FIELDS);
            }
        }
        if (framework == null) throw new InputException("/framework", "missing", "set it to one of " + String.join(", ", FRAMEWORKS));
        if (output == null) throw new InputException("/output", "missing", "describe the final layer: {\"units\": 1, \"activation\": \"sigmoid\"}");
        if (loss == null) throw new InputException("/loss", "missing", "name the loss: {\"name\": \"binary_crossentropy\"}");
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
        if (n.isTextual()) return LossSpec.named(n.asText());
        if (!n.isObject()) throw new InputException("/loss", "must be a loss name or an object, got " + kindOf(n), "write \"mse\" or {\"name\": \"mse\"}");
        JsonNode name = n.get("name");
        if (name == null) throw new InputException("/loss/name", "missing", "name the loss, e.g. \"binary_crossentropy\" or \"BCEWithLogitsLoss\"");
        // every other field is an option, typed here; whether this loss has it is the catalog's to say
        return new LossSpec(text(name, "/loss/name"), LossOptions.read(n, "/loss", List.of("name")));
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
}
