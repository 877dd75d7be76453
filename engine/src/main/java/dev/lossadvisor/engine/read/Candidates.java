package dev.lossadvisor.engine.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lossadvisor.engine.input.Names;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a text file met in a directory search that failed to read carries a model's marks, so that its failure is
 * the model's (a damaged model file) and not the file's kind (a template, YAML, a metrics dump): a Keras config
 * (class_name, modelTopology, model_config, a "layers" list of Keras layers), a description's keys with a description's
 * values (a framework or loss name, an output layer), a notebook's cells.
 */
final class Candidates {
    private static final Set<String> KERAS_MARKS = Set.of("class_name", "model_config", "training_config", "compile_config", "keras_version",
            "modelTopology");
    private static final Set<String> NOTEBOOK_MARKS = Set.of("cells", "worksheets", "nbformat");
    /** Marks that survive in a file too damaged to parse. */
    private static final Pattern MARKS_IN_TEXT = Pattern.compile("\"(class_name|modelTopology|model_config|training_config|keras_version|framework"
            + "|nbformat)\"\\s*:");
    private static final Pattern TEMPLATE = Pattern.compile("\\{[%{#]");
    private static final long MAX_PARSED = 8L << 20;

    private Candidates() {}

    /** What a file that failed to read looks like when it is no model at all; null when it carries a model's marks. */
    static String lookalike(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) return "YAML (settings such as hparams.yaml), not a model";
        if (name.endsWith(".toml")) return "TOML settings (pyproject.toml), not a model";
        byte[] head;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(64 * 1024);
            size = Files.size(file);
        } catch (IOException e) {
            return null;
        }
        if (Sniff.of(head) != Sniff.JSON) return null;
        String text = new String(head, StandardCharsets.UTF_8);
        if (TEMPLATE.matcher(text).find() && !MARKS_IN_TEXT.matcher(text).find()) return "a template (Jinja, Django or Handlebars), not JSON";
        if (size > MAX_PARSED) return null; // too large to judge cheaply: a model's failure stays reported
        JsonNode root;
        try {
            root = Json.tree(file);
        } catch (IOException | RuntimeException e) {
            return MARKS_IN_TEXT.matcher(text).find() ? null : "text that is not JSON, nor a model file";
        }
        return judge(root);
    }

    private static String judge(JsonNode root) {
        if (root == null || root.isMissingNode()) return "an empty file";
        if (root.isTextual()) return root.asText().stripLeading().startsWith("{") ? null : "a JSON string, not a model";
        if (root.isArray()) return "a JSON array, not a model";
        if (!root.isObject()) return "a JSON value, not a model";
        if (root.isEmpty()) return "an empty JSON object (an empty settings file), not a model";
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        for (String k : keys) if (KERAS_MARKS.contains(k) || NOTEBOOK_MARKS.contains(k)) return null;
        JsonNode layers = root.path("layers");
        if (layers.isArray() && layers.path(0).has("class_name")) return null; // get_config() of a Keras model
        if (description(root, keys)) return null;
        return "JSON of another kind (keys " + String.join(", ", keys.subList(0, Math.min(4, keys.size()))) + (keys.size() > 4 ? ", ..." : "")
                + "), not a model";
    }

    /**
     * A description's keys only (a misspelt one counts), with a description's values: a framework or loss given by
     * name, an output layer. A hyperparameter file with a "loss" beside "optimizer" and "epochs" is not one.
     */
    private static boolean description(JsonNode root, List<String> keys) {
        boolean descriptionKeys = keys.stream().allMatch(k -> ModelReader.NEUTRAL_KEYS.contains(k)
                || ModelReader.DESCRIPTION_KEYS.stream().anyMatch(d -> is(k, d)) || k.equals("metrics"));
        if (!descriptionKeys) return false;
        for (String k : keys) {
            JsonNode v = root.get(k);
            boolean framework = is(k, "framework") && v.isTextual();
            boolean loss = is(k, "loss") && (v.isTextual() || v.isObject() && v.has("name"));
            boolean output = is(k, "output") && v.isObject() && (v.has("units") || v.has("activation"));
            if (framework || loss || output) return true;
        }
        return false;
    }

    private static boolean is(String key, String field) {
        return key.equals(field) || Names.typoOf(key, field);
    }
}
