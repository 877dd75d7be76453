package dev.lossadvisor.engine.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lossadvisor.engine.input.Names;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the readers of Loss Advisor's own JSON share: the parser under explicit limits, and field checks whose
 * failures name the JSON pointer and the fix.
 */
public final class JsonInput {
    /** The parsers' factory, with the reading limits set explicitly. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(32)
                    .maxStringLength(1_000_000)
                    .maxNumberLength(400)
                    .maxNameLength(1_000)
                    .build())
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("tensorflow", "keras"), Map.entry("tf", "keras"), Map.entry("tfkeras", "keras"),
            Map.entry("torch", "pytorch"), Map.entry("none", "linear"), Map.entry("identity", "linear"),
            Map.entry("logsoftmax", "log_softmax"), Map.entry("exponential", "softplus"), Map.entry("exp", "softplus"),
            Map.entry("multilabel", "multilabel"), Map.entry("multiclass", "multiclass"),
            Map.entry("onehot", "one_hot"), Map.entry("multihot", "multi_hot"), Map.entry("soft", "float"));

    /** Each list of allowed values (a few constants) by key, the first of a key winning: no key per value per read. */
    private static final Map<List<String>, Map<String, String>> BY_KEY = new ConcurrentHashMap<>();
    /** What each list's values, written exactly so, were read as (an alias may send one elsewhere). */
    private static final Map<List<String>, Map<String, String>> EXACT = new ConcurrentHashMap<>();

    private JsonInput() {}

    @FunctionalInterface
    interface Body<T> {
        T read(JsonParser p) throws IOException;
    }

    static <T> T parse(String json, Body<T> body) {
        try {
            return parse(FACTORY.createParser(json), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T parse(InputStream in, Body<T> body) {
        try {
            return parse(FACTORY.createParser(in), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T parse(JsonParser p, Body<T> body) throws IOException {
        try (p) {
            return body.read(p);
        } catch (StreamConstraintsException e) {
            throw InputException.malformed(pointerOf(p), "input beyond a reading limit (nesting over 32 levels, a string over 1 MB, "
                    + "a number over 400 digits or a name over 1,000 characters)", "keep descriptions small: samples of a few thousand rows are enough");
        } catch (JsonProcessingException e) {
            throw InputException.malformed(pointerOf(p), JsonErrors.describe(e), "fix the JSON syntax");
        }
    }

    /** Moves to the document's opening brace; nothing at all is malformed input, another value a wrong one. */
    static void startObject(JsonParser p, String what, String hint) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) throw InputException.malformed("", "empty input", what + " is a JSON object: " + hint);
        if (t != JsonToken.START_OBJECT) throw new InputException("", what + " must be a JSON object, got " + tokenName(p), hint);
    }

    /**
     * The value the parser stands at, as a tree, built straight from its tokens: the nodes an ObjectMapper's readTree
     * makes (a repeated field keeps its last value), without the data-binding context it sets up for every value (nor
     * an ObjectMapper's class initialisation, its date format's calendar and locale data, on a cold run's path).
     */
    public static JsonNode tree(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) throw InputException.malformed(pointerOf(p), "unexpected end of input", "fix the JSON syntax");
        return switch (t) {
            case START_OBJECT -> {
                ObjectNode o = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    o.set(field, tree(p));
                }
                yield o;
            }
            case START_ARRAY -> {
                ArrayNode a = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) a.add(tree(p));
                yield a;
            }
            case VALUE_STRING -> NODES.textNode(p.getText());
            case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                case INT -> NODES.numberNode(p.getIntValue());
                case LONG -> NODES.numberNode(p.getLongValue());
                default -> NODES.numberNode(p.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw InputException.malformed(pointerOf(p), "unexpected " + t, "fix the JSON syntax");
        };
    }

    static void object(JsonNode n, String path, Set<String> allowed) {
        if (!n.isObject()) throw new InputException(path, "must be an object, got " + kindOf(n), "see the JSON Schema in schema/model-description.schema.json");
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) throw unknownField(path + "/" + f, f, allowed);
        }
    }

    static String text(JsonNode n, String path) {
        if (!n.isTextual()) throw new InputException(path, "must be a string, got " + kindOf(n), "put the value in double quotes");
        if (n.asText().isBlank()) throw new InputException(path, "is empty", "give a value");
        return n.asText();
    }

    static String choice(String value, List<String> allowed, String path) {
        // a value written as the rules spell it (the common case) is read once per list: bounded by the list's values
        Map<String, String> exact = EXACT.computeIfAbsent(allowed, l -> new ConcurrentHashMap<>());
        String known = exact.get(value);
        if (known != null) return known;
        String chosen = chosen(value, allowed, path);
        if (allowed.contains(value)) exact.put(value, chosen);
        return chosen;
    }

    private static String chosen(String value, List<String> allowed, String path) {
        String norm = value.trim().toLowerCase(Locale.ROOT).replace(' ', '-');
        String alias = ALIASES.get(Names.key(value));
        if (alias != null && allowed.contains(alias)) return alias;
        String match = BY_KEY.computeIfAbsent(allowed, JsonInput::byKey).get(Names.key(norm));
        if (match != null) return match;
        List<String> near = Names.closest(value, allowed.stream(), 2);
        throw new InputException(path, "unknown value '" + value + "'",
                (near.isEmpty() ? "" : "did you mean " + String.join(" or ", near) + "? ") + "allowed: " + String.join(", ", allowed));
    }

    private static Map<String, String> byKey(List<String> allowed) {
        Map<String, String> byKey = new HashMap<>();
        for (String a : allowed) byKey.putIfAbsent(Names.key(a), a);
        return byKey;
    }

    static int positiveInt(JsonNode n, String path) {
        if (!n.isIntegralNumber()) throw new InputException(path, "must be a whole number, got " + kindOf(n), "write a positive integer such as 1 or 10");
        long v = n.longValue();
        if (v < 1 || v > 10_000_000) throw new InputException(path, "must be between 1 and 10000000, got " + n, "use a positive count");
        return (int) v;
    }

    static double number(JsonNode n, String path, double lo, double hi) {
        if (!n.isNumber()) throw new InputException(path, "must be a number, got " + kindOf(n), "write a JSON number without quotes");
        double v = n.doubleValue();
        if (!(v >= lo && v <= hi)) throw new InputException(path, "must be between " + fmt(lo) + " and " + fmt(hi) + ", got " + n, "use a value in range");
        return v;
    }

    static InputException unknownField(String path, String field, Set<String> allowed) {
        List<String> near = Names.closest(field, allowed.stream().sorted(), 2);
        return new InputException(path, "unknown field '" + field + "'",
                (near.isEmpty() ? "" : "did you mean " + String.join(" or ", near) + "? ") + "allowed: " + String.join(", ", allowed.stream().sorted().toList()));
    }

    static String kindOf(JsonNode n) {
        if (n.isTextual()) return "the string \"" + abbreviate(n.asText()) + "\"";
        if (n.isNumber() || n.isBoolean() || n.isNull()) return n.toString();
        return n.isArray() ? "an array" : "an object";
    }

    static String tokenName(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) return "end of input";
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "the string \"" + abbreviate(p.getText()) + "\"";
            default -> p.getText();
        };
    }

    static String pointerOf(JsonParser p) {
        return p.getParsingContext() == null ? "" : p.getParsingContext().pathAsPointer().toString();
    }

    /** A user's value cut to 40 chars and escaped as JSON writes it, so a newline in it cannot break a one-line error. */
    static String abbreviate(String s) {
        String cut = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        return new String(JsonStringEncoder.getInstance().quoteAsString(cut));
    }

    static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
