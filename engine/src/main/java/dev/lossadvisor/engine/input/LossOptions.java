package dev.lossadvisor.engine.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loss's options as written (reduction, weight, pos_weight, ignore_index, delta, ...), each checked for its type here
 * and for whether the loss has it by the catalog. Values are Double, Boolean, String or an immutable List of Double.
 */
public record LossOptions(Map<String, Object> values) {
    public static final LossOptions NONE = new LossOptions(Map.of());

    /** What each option the catalog knows holds; an option named nowhere here is kept as its JSON text. */
    public enum Type { NUMBER, INTEGER, FLAG, TEXT, WEIGHTS }

    private static final Map<String, Type> TYPES = Map.ofEntries(
            Map.entry("reduction", Type.TEXT), Map.entry("name", Type.TEXT), Map.entry("dtype", Type.TEXT),
            Map.entry("weight", Type.WEIGHTS), Map.entry("pos_weight", Type.WEIGHTS), Map.entry("class_weight", Type.WEIGHTS),
            Map.entry("ignore_index", Type.INTEGER), Map.entry("ignore_class", Type.INTEGER), Map.entry("blank", Type.INTEGER),
            Map.entry("axis", Type.INTEGER), Map.entry("p", Type.NUMBER),
            Map.entry("label_smoothing", Type.NUMBER), Map.entry("gamma", Type.NUMBER), Map.entry("alpha", Type.NUMBER),
            Map.entry("beta", Type.NUMBER), Map.entry("delta", Type.NUMBER), Map.entry("margin", Type.NUMBER),
            Map.entry("eps", Type.NUMBER), Map.entry("epsilon", Type.NUMBER),
            Map.entry("from_logits", Type.FLAG), Map.entry("log_target", Type.FLAG), Map.entry("log_input", Type.FLAG),
            Map.entry("full", Type.FLAG), Map.entry("swap", Type.FLAG), Map.entry("zero_infinity", Type.FLAG),
            Map.entry("apply_class_balancing", Type.FLAG), Map.entry("size_average", Type.FLAG), Map.entry("reduce", Type.FLAG),
            Map.entry("sparse_label", Type.FLAG), Map.entry("remove_diagonal", Type.FLAG), Map.entry("q", Type.NUMBER));

    public LossOptions {
        values = Map.copyOf(values);
    }

    /** The type of a known option; empty for a name Loss Advisor does not know in any loss. */
    public static Optional<Type> typeOf(String option) {
        return Optional.ofNullable(TYPES.get(option));
    }

    /**
     * Reads every field of a loss object except those in {@code skip}. Known options must have their type
     * (@throws InputException at path/option otherwise); JSON null means "the default" and is left out.
     */
    public static LossOptions read(JsonNode loss, String path, List<String> skip) {
        return read(loss, path, skip, true);
    }

    /** As {@link #read(JsonNode, String, List)}; lenient, a value of another type is kept as its JSON text (a saved file's own extras). */
    public static LossOptions read(JsonNode loss, String path, List<String> skip, boolean strict) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = loss.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (skip.contains(e.getKey()) || e.getValue().isNull()) continue;
            try {
                values.put(e.getKey(), value(e.getKey(), e.getValue(), path + "/" + e.getKey()));
            } catch (InputException x) {
                if (strict) throw x;
                values.put(e.getKey(), e.getValue().toString());
            }
        }
        return new LossOptions(values);
    }

    private static Object value(String option, JsonNode n, String path) {
        Type type = TYPES.get(option);
        if (type == null) return n.isTextual() ? n.asText() : n.toString();
        return switch (type) {
            case TEXT -> JsonInput.text(n, path);
            case FLAG -> {
                if (!n.isBoolean()) throw new InputException(path, "must be true or false, got " + JsonInput.kindOf(n), "write true or false without quotes");
                yield n.booleanValue();
            }
            case NUMBER -> JsonInput.number(n, path, -1e6, 1e6);
            case INTEGER -> {
                if (!n.isIntegralNumber()) throw new InputException(path, "must be a whole number, got " + JsonInput.kindOf(n), "e.g. -100 or 0");
                yield n.doubleValue();
            }
            case WEIGHTS -> weights(n, path);
        };
    }

    /** A number or an array of numbers (a List), or an object {"class index": weight} (a SortedMap by class). */
    private static Object weights(JsonNode n, String path) {
        List<Double> list = new ArrayList<>();
        if (n.isNumber()) {
            list.add(JsonInput.number(n, path, 0, 1e6));
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) list.add(JsonInput.number(n.get(i), path + "/" + i, 0, 1e6));
        } else if (n.isObject()) {
            java.util.SortedMap<Integer, Double> byClass = new java.util.TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                int index;
                try {
                    index = Integer.parseInt(e.getKey());
                } catch (NumberFormatException x) {
                    throw new InputException(path + "/" + e.getKey(), "is not a class index", "key class weights by index: {\"0\": 1, \"1\": 49}");
                }
                if (index < 0 || index > 100_000) throw new InputException(path + "/" + e.getKey(), "class index out of range", "use 0..100000");
                byClass.put(index, JsonInput.number(e.getValue(), path + "/" + e.getKey(), 0, 1e6));
            }
            return java.util.Collections.unmodifiableSortedMap(byClass);
        } else {
            throw new InputException(path, "must be a number, an array or an object of numbers, got " + JsonInput.kindOf(n), "e.g. 49.0 or {\"0\": 1, \"1\": 49}");
        }
        return List.copyOf(list);
    }

    public boolean has(String option) {
        return values.containsKey(option);
    }

    public Double number(String option) {
        return values.get(option) instanceof Double d ? d : null;
    }

    public double number(String option, double otherwise) {
        Double d = number(option);
        return d == null ? otherwise : d;
    }

    public boolean flag(String option, boolean otherwise) {
        return values.get(option) instanceof Boolean b ? b : otherwise;
    }

    public String text(String option, String otherwise) {
        return values.get(option) instanceof String s ? s : otherwise;
    }

    /** The reduction as written, else what PyTorch's legacy size_average/reduce flags make of it (reduce=False: 'none',
     *  size_average=False: 'sum', as torch's legacy_get_string does), else null: the loss's default. */
    public String reduction() {
        String r = text("reduction", null);
        if (r != null || !(has("size_average") || has("reduce"))) return r;
        return !flag("reduce", true) ? "none" : flag("size_average", true) ? "mean" : "sum";
    }

    /** Weights as given (a single number is a list of one, an object by class dense with 1.0 where it has none), or null. */
    @SuppressWarnings("unchecked")
    public List<Double> weights(String option) {
        if (values.get(option) instanceof Map<?, ?> m) {
            List<Double> dense = new ArrayList<>();
            ((Map<Integer, Double>) m).forEach((k, v) -> {
                while (dense.size() <= k) dense.add(1.0);
                dense.set(k, v);
            });
            return List.copyOf(dense);
        }
        return values.get(option) instanceof List<?> l ? (List<Double>) l : null;
    }

    /** Weights given as an object by class index, or null (not given, or given as a number or an array). */
    @SuppressWarnings("unchecked")
    public Map<Integer, Double> classWeights(String option) {
        return values.get(option) instanceof Map<?, ?> m ? (Map<Integer, Double>) m : null;
    }

    /** These options and one more, for tests and the Java API. */
    public LossOptions with(String option, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(values);
        m.put(option, value instanceof Number n && !(value instanceof Double) ? n.doubleValue() : value);
        return new LossOptions(m);
    }
}
