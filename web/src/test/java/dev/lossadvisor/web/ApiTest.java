package dev.lossadvisor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The REST API over HTTP against a started server: what works. */
class ApiTest extends SharedServer {
    private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));
    @Test
    void recommendsPerFrameworkWithUnitsFilledIn() {
        HttpResponse<String> r = server.post("/api/recommend", "{\"task\": \"multilabel\", \"classes\": 5, \"frameworks\": [\"pytorch\"]}");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode a = TestServer.json(r);
        assertEquals("multilabel", a.get("task").asText());
        assertTrue(a.get("units").asText().startsWith("5"));
        assertEquals(1, a.get("code").size());
        assertEquals("nn.BCEWithLogitsLoss()", a.get("code").get(0).get("loss").asText());
        assertTrue(a.get("code").get(0).get("snippet").asText().contains("nn.Linear(in_features, 5)"));
    }

    @Test
    void infersTheTaskFromSampleLabels() {
        JsonNode a = TestServer.json(server.post("/api/recommend", "{\"labels\": [[0, 1, 1], [1, 0, 1], [0, 0, 1]]}"));
        assertEquals("multilabel", a.get("task").asText());
        JsonNode b = TestServer.json(server.post("/api/recommend", "{\"labels\": [0.2, 0.9, 0.55, 0.1], \"frameworks\": \"keras\"}"));
        assertEquals("soft-binary", b.get("task").asText());
    }

    @Test
    void validatesTheChurnExampleWithTheSeedsLossValue() {
        JsonNode v = TestServer.json(server.post("/api/validate", """
                {"framework": "keras", "task": "binary", "output": {"units": 1, "activation": "sigmoid"},
                 "loss": "binary_crossentropy",
                 "samples": {"outputs": [0.541, 0.823, 0.312, 0.791, 0.458], "labels": [0, 1, 0, 1, 0]}}"""));
        assertEquals("keras", v.get("framework").asText());
        for (JsonNode f : v.get("findings")) assertEquals("info", f.get("severity").asText(), v.toString());
        assertEquals(0.439, v.get("loss_on_samples").get("configured").get("value").asDouble(), 5e-4);
    }

    /** Every rule's documented bad sample fires it over HTTP; its good sample does not. */
    @TestFactory
    Stream<DynamicTest> everyRuleSampleOverHttp() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(SAMPLES)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String rule = dir.getFileName().toString();
                for (String file : List.of("bad.json", "good.json")) {
                    Path sample = dir.resolve(file);
                    if (!Files.exists(sample)) continue;
                    tests.add(DynamicTest.dynamicTest(rule + "/" + file, () -> {
                        HttpResponse<String> r = server.post("/api/validate", Files.readString(sample));
                        assertEquals(200, r.statusCode(), r.body());
                        boolean fired = false;
                        for (JsonNode f : TestServer.json(r).get("findings")) fired |= f.get("rule").asText().equals(rule);
                        // the API shows lint's default set: an opt-in rule stays out unless selected
                        boolean optIn = TestServer.ADVISOR.rule(rule).orElseThrow().optIn();
                        assertEquals(file.startsWith("bad") && !optIn, fired, r.body());
                    }));
                }
            }
        }
        assertFalse(tests.isEmpty());
        return tests.stream();
    }

    @Test
    void listsEveryRuleWithItsDocPage() {
        JsonNode rules = TestServer.json(server.get("/api/rules")).get("rules");
        assertEquals(TestServer.ADVISOR.rules().size(), rules.size());
        for (JsonNode r : rules) {
            assertEquals(200, server.get(r.get("doc_url").asText()).statusCode(), r.toString());
        }
        JsonNode one = TestServer.json(server.get("/api/rules/LA001"));
        assertEquals("mse-for-classification", one.get("name").asText());
        assertEquals("warning", one.get("severity").asText());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (HttpResponse<String> r : List.of(server.get("/"), server.get("/api/rules"), server.post("/api/validate", "{"))) {
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"), r.uri().toString());
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        }
    }
}
