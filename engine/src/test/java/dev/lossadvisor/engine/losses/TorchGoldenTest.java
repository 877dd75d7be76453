package dev.lossadvisor.engine.losses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lossadvisor.engine.Fixtures;
import dev.lossadvisor.engine.ValidationReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every case of the golden table PyTorch 1.13 and torchvision 0.14 wrote (tools/golden/torch_losses.py), run through
 * the whole validation path as a description would give it: values agree to 1e-4 relative, NaN, infinities and
 * refusals (torch raised) match.
 */
class TorchGoldenTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double RELATIVE = 1e-4;

    @Test
    void everyGoldenCaseAgreesWithPyTorch() throws IOException {
        Map<String, int[]> perLoss = new TreeMap<>();
        List<String> disagreements = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                TorchGoldenTest.class.getResourceAsStream("/golden/torch-losses.jsonl"), StandardCharsets.UTF_8))) {
            int line = 0;
            for (String text; (text = in.readLine()) != null; ) {
                line++;
                JsonNode c = JSON.readTree(text);
                String why = disagreement(c);
                String key = c.get("loss").asText() + " " + optionNames(c.get("options"));
                int[] counts = perLoss.computeIfAbsent(key, k -> new int[2]);
                counts[1]++;
                if (why == null) counts[0]++;
                else disagreements.add("line " + line + " " + key + ": " + why);
            }
        }
        StringBuilder table = new StringBuilder("loss and options | agree | cases\n");
        perLoss.forEach((k, v) -> table.append(k).append(" | ").append(v[0]).append(" | ").append(v[1]).append('\n'));
        System.out.println(table);
        assertTrue(perLoss.values().stream().mapToInt(v -> v[1]).sum() >= 2000, "the table has at least 2,000 cases");
        java.util.Set<String> covered = new java.util.TreeSet<>();
        perLoss.keySet().forEach(k -> covered.add(k.substring(0, k.indexOf(' '))));
        List<String> missing = Fixtures.ADVISOR.catalog().entries().stream().filter(e -> e.framework().equals("pytorch"))
                .map(e -> e.name()).filter(n -> !covered.contains(n)).toList();
        assertEquals(List.of(), missing, "every PyTorch loss of the catalogue has golden cases");
        assertEquals(List.of(), disagreements.subList(0, Math.min(20, disagreements.size())), disagreements.size() + " disagree");
    }

    private static String optionNames(JsonNode options) {
        List<String> names = new ArrayList<>();
        options.fieldNames().forEachRemaining(names::add);
        return names.isEmpty() ? "(defaults)" : String.join("+", names.stream().sorted().toList());
    }

    /** Why Loss Advisor's value differs from torch's, or null when they agree. */
    private static String disagreement(JsonNode c) {
        ObjectNode loss = JSON.createObjectNode().put("name", c.get("loss").asText());
        loss.setAll((ObjectNode) c.get("options"));
        ObjectNode samples = JSON.createObjectNode().set("outputs", c.get("outputs"));
        if (!c.get("labels").isNull()) samples.set("labels", c.get("labels"));
        ObjectNode d = JSON.createObjectNode().put("framework", "pytorch");
        d.putObject("output").put("units", c.get("outputs").get(0).size()).put("activation", "linear");
        d.set("loss", loss);
        d.set("samples", samples);
        ValidationReport r = Fixtures.ADVISOR.validate(d.toString());
        LossValue v = r.configuredLoss();
        if (c.has("raises")) {
            return v == null || !v.computed() ? null : "torch raises '" + c.get("raises").asText() + "', Loss Advisor gives " + v.value() + " " + v.elements();
        }
        if (v == null || !v.computed()) return "torch gives " + c.get("value") + ", Loss Advisor: " + (v == null ? "nothing" : v.note());
        JsonNode expected = c.get("value");
        if (!expected.isArray()) return v.value() == null ? "expected a reduced value" : differs(number(expected), v.value());
        if (v.elements().size() != expected.size()) return "expected " + expected.size() + " values, got " + v.elements().size();
        for (int i = 0; i < expected.size(); i++) {
            String why = differs(number(expected.get(i)), v.elements().get(i));
            if (why != null) return "element " + i + ": " + why;
        }
        return null;
    }

    private static double number(JsonNode n) {
        return n.isTextual() ? Double.parseDouble(n.asText()) : n.doubleValue();
    }

    private static String differs(double expected, double actual) {
        if (Double.isNaN(expected) || Double.isInfinite(expected)) {
            return Double.compare(expected, actual) == 0 ? null : "torch " + expected + ", Loss Advisor " + actual;
        }
        return Math.abs(expected - actual) <= RELATIVE * Math.abs(expected) + 1e-12 ? null : "torch " + expected + ", Loss Advisor " + actual;
    }
}
