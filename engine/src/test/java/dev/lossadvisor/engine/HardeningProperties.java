package dev.lossadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lossadvisor.cli.CliProbe;
import dev.lossadvisor.engine.input.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated descriptions through the API and the CLI: every input either validates or is
 * rejected with an InputException naming a path; nothing else escapes.
 */
class HardeningProperties {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> FIELDS = List.of("name", "framework", "task", "output", "loss", "labels", "samples", "suppress",
            "units", "activation", "from_logits", "gamma", "alpha", "epsilon", "pos_weight", "format", "num_classes", "outputs", "rule", "reason", "x");
    private static final List<JsonNode> SAMPLES = loadSamples();

    private static List<JsonNode> loadSamples() {
        List<JsonNode> list = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Fixtures.SAMPLES)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                list.add(new ObjectMapper(new com.fasterxml.jackson.core.JsonFactoryBuilder()
                        .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build()).readTree(p.toFile()));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return list;
    }

    /** Validates, accepting only a report or an InputException with a path and a hint. */
    static void survives(String json) {
        try {
            ValidationReport r = Fixtures.ADVISOR.validate(json);
            assertTrue(r.findings() != null);
        } catch (InputException e) {
            assertTrue(e.path() != null && e.hint() != null && !e.oneLine().contains("\n"), e.oneLine());
            assertTrue(BadInputTest.plain(e.oneLine()), "parser internals in: " + e.oneLine());
        }
    }

    @Property(tries = 3000)
    void arbitraryJsonNeverEscapesAsAnUnexpectedException(@ForAll("json") String json) {
        survives(json);
    }

    @Property(tries = 3000)
    void mutatedSamplesNeverEscapeAsAnUnexpectedException(@ForAll @IntRange(min = 0, max = 10_000) int sample,
                                                          @ForAll("seeds") long seed) {
        JsonNode doc = SAMPLES.get(sample % SAMPLES.size()).deepCopy();
        Random random = new Random(seed);
        int mutations = 1 + random.nextInt(4);
        for (int i = 0; i < mutations; i++) mutate(doc, random);
        survives(doc.toString().replace("\"NaN\"", "NaN"));
    }

    @Property(tries = 1000)
    void sampleArraysWithExtremeValues(@ForAll("rows") List<List<Double>> outputs, @ForAll("rows") List<List<Double>> labels,
                                       @ForAll("frameworkLoss") String loss) {
        ObjectNode d = JsonNodeFactory.instance.objectNode();
        String[] fl = loss.split(":");
        d.put("framework", fl[0]);
        d.putObject("output").put("units", outputs.isEmpty() || outputs.get(0).isEmpty() ? 1 : outputs.get(0).size());
        d.put("loss", fl[1]);
        ObjectNode s = d.putObject("samples");
        s.set("outputs", MAPPER.valueToTree(outputs));
        s.set("labels", MAPPER.valueToTree(labels));
        // Jackson writes NaN and infinities as strings; put them back as the bare tokens users send
        survives(d.toString().replace("\"NaN\"", "NaN").replace("\"Infinity\"", "Infinity").replace("\"-Infinity\"", "-Infinity"));
    }

    @Property(tries = 200)
    void theCliAnswersEveryInputWithAKnownExitCodeAndNoStackTrace(@ForAll("json") String json) throws IOException {
        Path file = Files.createTempFile("hardening", ".json");
        try {
            Files.writeString(file, json);
            CliProbe.Result r = CliProbe.lint(file.toString());
            assertTrue(r.code() >= 0 && r.code() <= 2, "exit " + r.code() + ": " + r.output());
            assertTrue(!r.output().contains("Exception") && !r.output().contains("\tat "), r.output());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void deepNestingIsRejectedNotRecursedInto() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        survives("{\"framework\": \"keras\", \"output\": {\"units\": 1}, \"loss\": \"mse\", \"samples\": {\"outputs\": " + deep + "}}");
        survives("{\"framework\": \"keras\", \"output\": " + "{\"a\": ".repeat(50_000) + "1" + "}".repeat(50_000) + "}");
    }

    @Test
    void hugeNumbersAndLongStrings() {
        survives("{\"framework\": \"keras\", \"output\": {\"units\": 1e999}, \"loss\": \"mse\"}");
        survives("{\"framework\": \"keras\", \"output\": {\"units\": 1}, \"loss\": \"mse\", \"samples\": {\"outputs\": [1e308, -1e308, 4.9e-324], \"labels\": [1e308, 0, 1]}}");
        survives("{\"framework\": \"keras\", \"output\": {\"units\": 1}, \"loss\": \"" + "x".repeat(2_000_000) + "\"}");
        survives("{\"framework\": \"keras\", \"output\": {\"units\": 1}, \"loss\": \"mse\", \"samples\": {\"outputs\": [1" + "0".repeat(1000) + "]}}");
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Provide
    Arbitrary<String> frameworkLoss() {
        return Arbitraries.of("keras:binary_crossentropy", "keras:categorical_crossentropy", "keras:sparse_categorical_crossentropy",
                "keras:hinge", "keras:poisson", "keras:kld", "keras:binary_focal_crossentropy", "pytorch:BCELoss", "pytorch:CrossEntropyLoss",
                "pytorch:NLLLoss", "pytorch:MSELoss", "pytorch:KLDivLoss", "pytorch:PoissonNLLLoss", "djl:softmaxCrossEntropyLoss", "djl:hingeLoss");
    }

    @Provide
    Arbitrary<List<List<Double>>> rows() {
        Arbitrary<Double> value = Arbitraries.oneOf(
                Arbitraries.of(0.0, 1.0, -1.0, 2.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e308, -1e308, 1e-320),
                Arbitraries.doubles().between(-5, 5));
        return Arbitraries.integers().between(1, 4).flatMap(width ->
                value.list().ofSize(width).list().ofMinSize(1).ofMaxSize(12));
    }

    @Provide
    Arbitrary<String> json() {
        return node(4).map(JsonNode::toString).map(s -> s.replace("\"NaN\"", "NaN"));
    }

    private Arbitrary<JsonNode> node(int depth) {
        Arbitrary<JsonNode> leaf = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).map(s -> (JsonNode) JsonNodeFactory.instance.textNode(s)),
                Arbitraries.of("keras", "pytorch", "djl", "binary", "sigmoid", "softmax", "linear", "mse", "BCELoss",
                        "categorical_crossentropy", "multilabel", "one_hot", "NaN").map(s -> (JsonNode) JsonNodeFactory.instance.textNode(s)),
                Arbitraries.integers().between(-3, 12).map(i -> (JsonNode) JsonNodeFactory.instance.numberNode(i)),
                Arbitraries.doubles().between(-1e6, 1e6).map(d -> (JsonNode) JsonNodeFactory.instance.numberNode(d)),
                Arbitraries.of(true, false).map(b -> (JsonNode) JsonNodeFactory.instance.booleanNode(b)),
                Arbitraries.just((JsonNode) JsonNodeFactory.instance.nullNode()));
        if (depth == 0) return leaf;
        Arbitrary<JsonNode> child = Arbitraries.lazy(() -> node(depth - 1));
        Arbitrary<JsonNode> array = child.list().ofMaxSize(5).map(list -> {
            ArrayNode a = JsonNodeFactory.instance.arrayNode();
            list.forEach(a::add);
            return a;
        });
        Arbitrary<JsonNode> object = Combinators.combine(Arbitraries.of(FIELDS).list().ofMaxSize(6), child.list().ofSize(6)).as((keys, values) -> {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            for (int i = 0; i < keys.size(); i++) o.set(keys.get(i), values.get(i));
            return o;
        });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, leaf), net.jqwik.api.Tuple.of(2, array), net.jqwik.api.Tuple.of(4, object));
    }

    /** One random edit: drop a field, retype a value, or make a row ragged, empty, huge or non-finite. */
    private static void mutate(JsonNode doc, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(doc, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode o && o.size() > 0) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(6)) {
                case 0 -> o.remove(name);
                case 1 -> o.put(name, "surprise");
                case 2 -> o.put(name, -random.nextInt(5));
                case 3 -> o.set(name, JsonNodeFactory.instance.arrayNode());
                case 4 -> o.put(name, random.nextBoolean() ? 1e300 : 0.5);
                default -> o.putObject(name).putObject("deeper").put("x", 1);
            }
        } else if (target instanceof ArrayNode a) {
            switch (random.nextInt(5)) {
                case 0 -> a.add(JsonNodeFactory.instance.arrayNode());
                case 1 -> a.add(JsonNodeFactory.instance.arrayNode().add(1).add(2).add(3).add(4).add(5));
                case 2 -> a.add("NaN");
                case 3 -> { if (a.size() > 0) a.remove(0); }
                default -> a.add(1e308);
            }
        }
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainerNode()) out.add(n);
        for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) collect(it.next(), out);
    }
}
