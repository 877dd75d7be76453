package dev.lossadvisor.engine.losses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lossadvisor.engine.Fixtures;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A golden table a framework wrote (tools/golden/*.py), each case run through the whole validation path as a
 * description gives it: values agree to 1e-4 relative, NaN, infinities and refusals (the framework raised) match.
 * A case may carry what the framework does in the backend Loss Advisor follows (key {@code follow}); then that counts.
 */
final class GoldenTable {
    /** Samples may hold -Infinity and NaN, as Loss Advisor's reader takes them. */
    private static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(com.fasterxml.jackson.core.json.JsonWriteFeature.WRITE_NAN_AS_STRINGS).build());
    private static final double RELATIVE = 1e-4;

    /** Cases per loss and option set (agree, total), and the disagreements, each with its line. */
    record Result(Map<String, int[]> perLoss, List<String> disagreements, int cases) {
        String table() {
            StringBuilder t = new StringBuilder("loss and options | agree | cases\n");
            perLoss.forEach((k, v) -> t.append(k).append(" | ").append(v[0]).append(" | ").append(v[1]).append('\n'));
            return t.toString();
        }

        java.util.Set<String> losses() {
            java.util.Set<String> covered = new java.util.TreeSet<>();
            perLoss.keySet().forEach(k -> covered.add(k.substring(0, k.indexOf(' '))));
            return covered;
        }
    }

    private GoldenTable() {}

    /**
     * @param follow   the key of a case's result in the backend or version Loss Advisor follows, or null
     * @param absolute the absolute tolerance besides 1e-4 relative: Keras computes some constants in float32, so values
     *                 within a float32 epsilon of 0 differ by about 1e-7 from float64
     */
    static Result run(InputStream table, String framework, String follow, double absolute) throws IOException {
        Map<String, int[]> perLoss = new TreeMap<>();
        List<String> disagreements = new ArrayList<>();
        int line = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(table, StandardCharsets.UTF_8))) {
            for (String text; (text = in.readLine()) != null; ) {
                line++;
                JsonNode c = JSON.readTree(text);
                JsonNode expected = follow != null && c.has(follow) ? c.get(follow) : c;
                String why = disagreement(c, expected, framework, absolute);
                String key = c.get("loss").asText() + " " + optionNames(c.get("options"));
                int[] counts = perLoss.computeIfAbsent(key, k -> new int[2]);
                counts[1]++;
                if (why == null) counts[0]++;
                else disagreements.add("line " + line + " " + key + ": " + why);
            }
        }
        return new Result(perLoss, disagreements, line);
    }

    private static String optionNames(JsonNode options) {
        List<String> names = new ArrayList<>();
        options.fieldNames().forEachRemaining(names::add);
        return names.isEmpty() ? "(defaults)" : String.join("+", names.stream().sorted().toList());
    }

    /** Why Loss Advisor's value differs from the framework's, or null when they agree. */
    private static String disagreement(JsonNode c, JsonNode expected, String framework, double absolute) {
        ObjectNode loss = JSON.createObjectNode().put("name", c.get("loss").asText());
        loss.setAll((ObjectNode) c.get("options"));
        ObjectNode samples = JSON.createObjectNode().set("outputs", c.get("outputs"));
        if (!c.get("labels").isNull()) samples.set("labels", c.get("labels"));
        ObjectNode d = JSON.createObjectNode().put("framework", framework);
        d.putObject("output").put("units", c.get("outputs").get(0).size()).put("activation", "linear");
        d.set("loss", loss);
        d.set("samples", samples);
        LossValue v;
        try {
            v = Fixtures.ADVISOR.validate(JSON.writeValueAsString(d)).configuredLoss();
        } catch (dev.lossadvisor.engine.input.InputException | com.fasterxml.jackson.core.JsonProcessingException e) {
            v = LossValue.notComputable(c.get("loss").asText(), "the description is refused: " + e.getMessage());
        }
        if (expected.has("raises")) {
            return v == null || !v.computed() ? null : framework + " raises '" + expected.get("raises").asText() + "', Loss Advisor gives " + v.value() + " " + v.elements();
        }
        if (v == null || !v.computed()) return framework + " gives " + expected.get("value") + ", Loss Advisor: " + (v == null ? "nothing" : v.note());
        JsonNode value = expected.get("value");
        if (!value.isArray()) return v.value() == null ? "expected a reduced value, got " + v.elements() : differs(number(value), v.value(), absolute);
        if (v.elements().size() != value.size()) return "expected " + value.size() + " values, got " + v.elements().size() + " " + v.value();
        for (int i = 0; i < value.size(); i++) {
            String why = differs(number(value.get(i)), v.elements().get(i), absolute);
            if (why != null) return "element " + i + ": " + why;
        }
        return null;
    }

    private static double number(JsonNode n) {
        return n.isTextual() ? Double.parseDouble(n.asText()) : n.doubleValue();
    }

    private static String differs(double expected, double actual, double absolute) {
        if (Double.isNaN(expected) || Double.isInfinite(expected)) {
            return Double.compare(expected, actual) == 0 ? null : "expected " + expected + ", Loss Advisor " + actual;
        }
        return Math.abs(expected - actual) <= RELATIVE * Math.abs(expected) + absolute ? null : "expected " + expected + ", Loss Advisor " + actual;
    }
}
