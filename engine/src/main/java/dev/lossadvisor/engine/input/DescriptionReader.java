package dev.lossadvisor.engine.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lossadvisor.engine.ConfirmRequest;
import dev.lossadvisor.engine.RecommendRequest;
import dev.lossadvisor.engine.catalog.Names;
import dev.lossadvisor.engine.input.ModelDescription.LabelSpec;
import dev.lossadvisor.engine.input.ModelDescription.LossSpec;
import dev.lossadvisor.engine.input.ModelDescription.OutputSpec;
import dev.lossadvisor.engine.inspect.LabelInspector;
import dev.lossadvisor.engine.inspect.OutputInspector;
import dev.lossadvisor.engine.inspect.ValueSink;
import dev.lossadvisor.facts.OutputStats;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a model description from JSON in one streaming pass. Small fields are read as trees; the sample
 * arrays are streamed value by value into primitive storage and the inspectors, so ten million outputs
 * never become ten million JSON nodes. Every problem is an {@link InputException} naming its JSON pointer.
 */
public final class DescriptionReader {
    /** Most sample values (outputs plus labels) one description may carry. */
    public static final long MAX_SAMPLE_VALUES = 20_000_000L;

    public static final List<String> FRAMEWORKS = List.of("keras", "pytorch", "djl");
    public static final List<String> TASKS = List.of("regression", "regression-outliers", "count", "binary", "soft-binary",
            "imbalanced-binary", "margin-binary", "multiclass", "multiclass-large", "distillation", "multilabel",
            "multilabel-imbalanced", "ordinal", "object-detection");
    public static final List<String> ACTIVATIONS = List.of("linear", "sigmoid", "softmax", "log_softmax", "tanh", "relu", "softplus");
    public static final List<String> LABEL_FORMATS = List.of("binary", "float", "one_hot", "integer", "multi_hot", "signed", "continuous");

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("tensorflow", "keras"), Map.entry("tf", "keras"), Map.entry("tfkeras", "keras"),
            Map.entry("torch", "pytorch"), Map.entry("none", "linear"), Map.entry("identity", "linear"),
            Map.entry("logsoftmax", "log_softmax"), Map.entry("exponential", "softplus"), Map.entry("exp", "softplus"),
            Map.entry("multilabel", "multilabel"), Map.entry("multiclass", "multiclass"),
            Map.entry("onehot", "one_hot"), Map.entry("multihot", "multi_hot"), Map.entry("soft", "float"));
    private static final Set<String> TOP_FIELDS = Set.of("$schema", "name", "description", "framework", "task", "output", "loss", "labels", "samples", "suppress");
    private static final Set<String> OUTPUT_FIELDS = Set.of("units", "activation");
    private static final Set<String> LOSS_FIELDS = Set.of("name", "from_logits", "label_smoothing", "gamma", "alpha", "pos_weight",
            "class_weight", "epsilon", "reduction", "delta", "axis", "apply_class_balancing", "ignore_index", "weight");
    private static final Set<String> LABEL_FIELDS = Set.of("format", "num_classes");
    private static final Set<String> SAMPLE_FIELDS = Set.of("outputs", "labels");
    private static final Set<String> SUPPRESS_FIELDS = Set.of("rule", "reason");
    private static final Set<String> REQUEST_FIELDS = Set.of("task", "frameworks", "classes", "labels");
    private static final Set<String> CONFIRM_FIELDS = Set.of("task", "seeds", "model");

    private final JsonFactory factory;
    private final ObjectMapper mapper;

    public DescriptionReader() {
        factory = JsonFactory.builder()
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(32)
                        .maxStringLength(1_000_000)
                        .maxNumberLength(400)
                        .maxNameLength(1_000)
                        .build())
                .build();
        mapper = new ObjectMapper(factory);
    }

    public ModelDescription read(String json) {
        return parse(json, this::readDocument);
    }

    public ModelDescription read(InputStream in) {
        return parse(in, this::readDocument);
    }

    /** Reads a recommendation request {"task", "frameworks", "classes", "labels"} in one streaming pass. */
    public RecommendRequest readRequest(InputStream in) {
        return parse(in, this::readRequest);
    }

    /** Reads a confirm request {"task", "seeds", "model"}, the model being a description like a file's. */
    public ConfirmRequest readConfirmRequest(InputStream in) {
        return parse(in, this::readConfirmRequest);
    }

    /**
     * Reads pasted sample labels: a JSON array ([0, 1, 1] or [[0, 1], [1, 0]]), or plain numbers separated by
     * commas or blanks, one row per line (a single line is one label per value).
     *
     * @param path JSON pointer of the field the text came from, for error messages
     */
    public SampleMatrix readLabels(String text, String path) {
        String t = text.strip();
        if (t.startsWith("[")) return parse(t, p -> {
            p.nextToken();
            SampleMatrix m = matrix(p, path, ValueSink.NONE, false, MAX_SAMPLE_VALUES);
            if (p.nextToken() != null) throw InputException.malformed(path, "unexpected content after the array", "paste one JSON array");
            return m;
        });
        List<String> lines = t.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) throw new InputException(path, "empty", "paste labels such as 0 1 1 0, or leave the field empty");
        List<double[]> rows = new ArrayList<>();
        for (String line : lines) {
            String[] cells = line.split("[\\s,;]+");
            if (lines.size() == 1) {
                for (String c : cells) rows.add(new double[] {label(c, path + "/" + rows.size())});
                continue;
            }
            double[] row = new double[cells.length];
            for (int c = 0; c < cells.length; c++) row[c] = label(cells[c], path + "/" + rows.size() + "/" + c);
            if (!rows.isEmpty() && row.length != rows.get(0).length) {
                throw new InputException(path + "/" + rows.size(), "ragged rows: this row has " + row.length + " values, row 0 has "
                        + rows.get(0).length, "every row must have the same number of values");
            }
            rows.add(row);
        }
        return SampleMatrix.of(rows.toArray(double[][]::new));
    }

    private static double label(String cell, String path) {
        try {
            double v = Double.parseDouble(cell);
            if (Double.isFinite(v)) return v;
        } catch (NumberFormatException e) {
            // reported below with the cell's position
        }
        throw new InputException(path, "not a finite number: '" + abbreviate(cell) + "'", "labels are numbers such as 0, 1 or 0.7");
    }

    @FunctionalInterface
    private interface Body<T> {
        T read(JsonParser p) throws IOException;
    }

    private <T> T parse(String json, Body<T> body) {
        try {
            return parse(factory.createParser(json), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T parse(InputStream in, Body<T> body) {
        try {
            return parse(factory.createParser(in), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T parse(JsonParser p, Body<T> body) throws IOException {
        try (p) {
            return body.read(p);
        } catch (StreamConstraintsException e) {
            throw InputException.malformed(pointerOf(p), "input exceeds a reading limit: " + firstLine(e.getOriginalMessage()),
                    "keep descriptions small: nesting under 32 levels, strings under 1 MB");
        } catch (JsonProcessingException e) {
            throw InputException.malformed(pointerOf(p), "malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + firstLine(e.getOriginalMessage()), "fix the JSON syntax");
        }
    }

    private RecommendRequest readRequest(JsonParser p) throws IOException {
        startObject(p, "a recommendation request", "write {\"task\": \"binary\"}");
        String task = null;
        List<String> frameworks = List.of();
        int classes = 0;
        SampleMatrix labels = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            String path = "/" + field;
            switch (field) {
                case "task" -> task = choice(text(tree(p), path), TASKS, path);
                case "frameworks" -> frameworks = frameworks(tree(p));
                case "classes" -> classes = positiveInt(tree(p), path);
                case "labels" -> labels = matrix(p, path, ValueSink.NONE, false, MAX_SAMPLE_VALUES);
                default -> throw unknownField(path, field, REQUEST_FIELDS);
            }
        }
        if (p.nextToken() != null) throw InputException.malformed("", "unexpected content after the request object", "send exactly one object");
        return new RecommendRequest(task, frameworks, classes, labels);
    }

    private ConfirmRequest readConfirmRequest(JsonParser p) throws IOException {
        startObject(p, "a confirm request", "write {\"task\": \"binary\", \"seeds\": 3}");
        String task = null;
        int seeds = ConfirmRequest.DEFAULT_SEEDS;
        ModelDescription model = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            String path = "/" + field;
            switch (field) {
                case "task" -> task = text(tree(p), path);
                case "seeds" -> seeds = positiveInt(tree(p), path);
                case "model" -> {
                    if (p.currentToken() != JsonToken.START_OBJECT) {
                        throw new InputException(path, "must be a model description object, got " + tokenName(p), "see schema/model-description.schema.json");
                    }
                    try {
                        model = description(p);
                    } catch (InputException e) {
                        throw e.under(path);
                    }
                }
                default -> throw unknownField(path, field, CONFIRM_FIELDS);
            }
        }
        if (p.nextToken() != null) throw InputException.malformed("", "unexpected content after the request object", "send exactly one object");
        return new ConfirmRequest(task, seeds, model);
    }

    private static List<String> frameworks(JsonNode n) {
        if (n.isTextual()) return List.of(choice(text(n, "/frameworks"), FRAMEWORKS, "/frameworks"));
        if (!n.isArray()) throw new InputException("/frameworks", "must be an array of names, got " + kindOf(n), "write [\"keras\", \"pytorch\"]");
        List<String> list = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) list.add(choice(text(n.get(i), "/frameworks/" + i), FRAMEWORKS, "/frameworks/" + i));
        return List.copyOf(list);
    }

    private ModelDescription readDocument(JsonParser p) throws IOException {
        startObject(p, "a model description", "start the file with {");
        ModelDescription d = description(p);
        if (p.nextToken() != null) {
            throw InputException.malformed("", "unexpected content after the description object", "a file holds exactly one description");
        }
        return d;
    }

    /** Moves to the document's opening brace; nothing at all is malformed input, another value a wrong one. */
    private static void startObject(JsonParser p, String what, String hint) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) throw InputException.malformed("", "empty input", what + " is a JSON object: " + hint);
        if (t != JsonToken.START_OBJECT) throw new InputException("", what + " must be a JSON object, got " + tokenName(p), hint);
    }

    /** Reads the description object the parser stands at the start of, up to its end. */
    private ModelDescription description(JsonParser p) throws IOException {
        String name = null;
        String framework = null;
        String task = null;
        OutputSpec output = null;
        LossSpec loss = null;
        LabelSpec labels = null;
        Samples samples = null;
        List<ModelDescription.Suppression> suppressions = List.of();
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
                case "samples" -> samples = samples(p);
                case "suppress" -> suppressions = suppressions(tree(p));
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
        return new ModelDescription(name == null ? "unnamed" : name, framework, task, output, loss, labels, samples, suppressions);
    }

    private JsonNode tree(JsonParser p) throws IOException {
        return p.readValueAsTree();
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

    private Samples samples(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new InputException("/samples", "must be an object, got " + tokenName(p), "write {\"outputs\": [[...]], \"labels\": [[...]]}");
        }
        SampleMatrix outputs = null;
        OutputStats outputStats = null;
        SampleMatrix labels = null;
        LabelInspector labelInspector = null;
        long budget = MAX_SAMPLE_VALUES;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            String path = "/samples/" + field;
            switch (field) {
                case "outputs" -> {
                    OutputInspector inspector = new OutputInspector();
                    outputs = matrix(p, path, inspector, true, budget);
                    outputStats = inspector.stats();
                    budget -= outputs.size();
                }
                case "labels" -> {
                    labelInspector = new LabelInspector();
                    labels = matrix(p, path, labelInspector, false, budget);
                    budget -= labels.size();
                }
                default -> throw unknownField(path, field, SAMPLE_FIELDS);
            }
        }
        return new Samples(outputs, outputStats, labels, labels == null ? null : labelInspector.stats(labels));
    }

    /** Streams an array of rows (arrays of numbers, or bare numbers as rows of one) into storage and a sink. */
    private SampleMatrix matrix(JsonParser p, String path, ValueSink sink, boolean allowNonFinite, long budget) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new InputException(path, "must be an array of rows, got " + tokenName(p), "write [[0.1, 0.9], [0.8, 0.2]] or [0.3, 0.7]");
        }
        SampleMatrix m = new SampleMatrix();
        int width = -1;
        int row = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), row++) {
            int rowWidth;
            if (t == JsonToken.START_ARRAY) {
                rowWidth = 0;
                for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken(), rowWidth++) {
                    value(p, path + "/" + row + "/" + rowWidth, m, sink, allowNonFinite);
                }
                if (rowWidth == 0) throw new InputException(path + "/" + row, "empty row", "every row needs at least one value");
            } else {
                value(p, path + "/" + row, m, sink, allowNonFinite);
                rowWidth = 1;
            }
            if (width < 0) width = rowWidth;
            if (rowWidth != width) {
                throw new InputException(path + "/" + row, "ragged rows: this row has " + rowWidth + " values, row 0 has " + width,
                        "every row must have the same number of values");
            }
            if (m.size() > budget) {
                throw new InputException(path + "/" + row, "more than " + MAX_SAMPLE_VALUES + " sample values",
                        "a representative subset of a few thousand rows is enough");
            }
            m.endRow(rowWidth);
            sink.endRow();
        }
        if (row == 0) throw new InputException(path, "empty", "give at least one row, or leave the field out");
        return m;
    }

    private static void value(JsonParser p, String path, SampleMatrix m, ValueSink sink, boolean allowNonFinite) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw new InputException(path, "must be a number, got " + tokenName(p),
                    t == JsonToken.START_ARRAY ? "rows hold numbers, not nested arrays" : "write the value as a JSON number");
        }
        double v = p.getDoubleValue();
        if (!allowNonFinite && !Double.isFinite(v)) {
            throw new InputException(path, "label is " + v, "labels must be finite numbers; drop or fix this row");
        }
        m.add(v);
        sink.accept(v);
    }

    private static void object(JsonNode n, String path, Set<String> allowed) {
        if (!n.isObject()) throw new InputException(path, "must be an object, got " + kindOf(n), "see the JSON Schema in schema/model-description.schema.json");
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) throw unknownField(path + "/" + f, f, allowed);
        }
    }

    private static String text(JsonNode n, String path) {
        if (!n.isTextual()) throw new InputException(path, "must be a string, got " + kindOf(n), "put the value in double quotes");
        if (n.asText().isBlank()) throw new InputException(path, "is empty", "give a value");
        return n.asText();
    }

    private static String choice(String value, List<String> allowed, String path) {
        String norm = value.trim().toLowerCase(Locale.ROOT).replace(' ', '-');
        String alias = ALIASES.get(Names.key(value));
        if (alias != null && allowed.contains(alias)) return alias;
        for (String a : allowed) {
            if (Names.key(a).equals(Names.key(norm))) return a;
        }
        List<String> near = Names.closest(value, allowed.stream(), 2);
        throw new InputException(path, "unknown value '" + value + "'",
                (near.isEmpty() ? "" : "did you mean " + String.join(" or ", near) + "? ") + "allowed: " + String.join(", ", allowed));
    }

    private static int positiveInt(JsonNode n, String path) {
        if (!n.isIntegralNumber()) throw new InputException(path, "must be a whole number, got " + kindOf(n), "write a positive integer such as 1 or 10");
        long v = n.longValue();
        if (v < 1 || v > 10_000_000) throw new InputException(path, "must be between 1 and 10000000, got " + n, "use a positive count");
        return (int) v;
    }

    private static double number(JsonNode n, String path, double lo, double hi) {
        if (!n.isNumber()) throw new InputException(path, "must be a number, got " + kindOf(n), "write a JSON number without quotes");
        double v = n.doubleValue();
        if (!(v >= lo && v <= hi)) throw new InputException(path, "must be between " + fmt(lo) + " and " + fmt(hi) + ", got " + n, "use a value in range");
        return v;
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

    private static InputException unknownField(String path, String field, Set<String> allowed) {
        List<String> near = Names.closest(field, allowed.stream().sorted(), 2);
        return new InputException(path, "unknown field '" + field + "'",
                (near.isEmpty() ? "" : "did you mean " + String.join(" or ", near) + "? ") + "allowed: " + String.join(", ", allowed.stream().sorted().toList()));
    }

    private static String kindOf(JsonNode n) {
        if (n.isTextual()) return "the string \"" + abbreviate(n.asText()) + "\"";
        if (n.isNumber() || n.isBoolean() || n.isNull()) return n.toString();
        return n.isArray() ? "an array" : "an object";
    }

    private static String tokenName(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) return "end of input";
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "the string \"" + abbreviate(p.getText()) + "\"";
            default -> p.getText();
        };
    }

    private static String pointerOf(JsonParser p) {
        return p.getParsingContext() == null ? "" : p.getParsingContext().pathAsPointer().toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable input";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
