package dev.lossadvisor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input over HTTP: a status that says what kind, a JSON {error, path, hint} that says where and what to do, never a 500. */
class ApiErrorsTest {
    private static final long CAP = 64 * 1024;
    private static TestServer server;

    @BeforeAll
    static void start() {
        // a job that the fuzzing starts stops at its first epoch
        server = new TestServer(new Limits(CAP, 1, Duration.ofMillis(1), 10));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0} {1} → {2} at ''{3}''")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            /api/validate  | {                                                                  | 400 | ``
            /api/validate  | ``                                                                 | 400 | ``
            /api/validate  | {"framework": "keras", "output": {"units": 1}, "loss": "mse"} []   | 400 | ``
            /api/validate  | [1, 2]                                                             | 422 | ``
            /api/validate  | {"output": {"units": 1}, "loss": "mse"}                           | 422 | /framework
            /api/validate  | {"framework": "keras", "output": {"units": 0}, "loss": "mse"}      | 422 | /output/units
            /api/validate  | {"framework": "keras", "output": {"units": 1}, "loss": "mse", "samples": {"labels": [1, "a"]}} | 422 | /samples/labels/1
            /api/recommend | {"task": "binar"}                                                  | 422 | /task
            /api/recommend | {"task": "binary", "frameworks": ["keras", "jax"]}                  | 422 | /frameworks/1
            /api/recommend | {"task": "binary", "classes": -3}                                   | 422 | /classes
            /api/recommend | {"labels": [[0, 1], [1]]}                                          | 422 | /labels/1
            /api/recommend | {}                                                                 | 422 | /task
            /api/recommend | {"tsak": "binary"}                                                 | 422 | /tsak
            /api/confirm   | {"task": "ordinal"}                                                | 422 | /task
            /api/confirm   | {"task": "binary", "seeds": 11}                                    | 422 | /seeds
            /api/confirm   | {"task": "binary", "model": {"framework": "keras"}}                | 422 | /model/output
            /api/confirm   | {"task": "binary", "model": {"framework": "keras", "output": {"units": 1}, "loss": "poisson"}} | 422 | /model/loss/name
            """)
    void badBodiesGetTheirStatusAndThePointer(String path, String body, int status, String pointer) {
        HttpResponse<String> r = server.post(path, body == null ? "" : body);
        assertEquals(status, r.statusCode(), r.body());
        JsonNode e = TestServer.json(r);
        assertEquals(pointer == null ? "" : pointer, e.get("path").asText(), r.body());
        assertFalse(e.get("error").asText().isBlank());
        assertFalse(e.get("hint").asText().isBlank());
    }

    @Test
    void aBodyOverTheCapIs413WhetherDeclaredOrChunked() {
        String big = "{\"name\": \"" + "x".repeat((int) CAP) + "\"}";
        HttpResponse<String> declared = server.post("/api/validate", big);
        assertEquals(413, declared.statusCode());
        assertTrue(TestServer.json(declared).get("hint").asText().contains("KB"));
        // no Content-Length: the stream is cut at the cap
        HttpRequest.Builder chunked = HttpRequest.newBuilder(URI.create(server.base + "/api/validate"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big.getBytes())));
        assertEquals(413, server.send(chunked).statusCode());
    }

    @Test
    void unknownThingsAre404AndWrongMethods405() {
        assertEquals(404, server.get("/api/confirm/0123456789").statusCode());
        assertEquals("", TestServer.json(server.get("/api/confirm/0123456789")).get("path").asText());
        assertEquals(404, server.get("/api/rules/no-such-rule").statusCode());
        assertEquals(404, server.get("/api/nothing").statusCode());
        HttpResponse<String> wrong = server.send(HttpRequest.newBuilder(URI.create(server.base + "/api/rules")).DELETE());
        assertEquals(405, wrong.statusCode());
        assertEquals(405, server.get("/api/validate").statusCode());
        assertTrue(TestServer.json(wrong).has("hint"));
    }

    /** Thousands of mutated bodies: every answer is a known status with a JSON error, none a 500. */
    @Test
    void mutatedBodiesNeverGetA500() {
        List<String> seeds = List.of(
                "{\"framework\": \"keras\", \"task\": \"binary\", \"output\": {\"units\": 1, \"activation\": \"sigmoid\"}, \"loss\": {\"name\": \"binary_crossentropy\", \"from_logits\": false}, \"samples\": {\"outputs\": [0.2, 0.9], \"labels\": [0, 1]}}",
                "{\"task\": \"multiclass\", \"classes\": 3, \"frameworks\": [\"pytorch\"], \"labels\": [[0, 1, 0], [1, 0, 0]]}",
                "{\"task\": \"regression\", \"seeds\": 1, \"model\": {\"framework\": \"pytorch\", \"output\": {\"units\": 1}, \"loss\": \"MSELoss\"}}");
        List<String> paths = List.of("/api/validate", "/api/recommend", "/api/confirm");
        String noise = "{}[]\":,0123456789-.eE truefalsnul\\u\u00e9\u0000NaN";
        Random random = new Random(42);
        Set<Integer> allowed = Set.of(200, 202, 400, 413, 422, 429);
        for (int i = 0; i < 1500; i++) {
            StringBuilder b = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
            for (int m = 1 + random.nextInt(4); m > 0 && b.length() > 0; m--) {
                int at = random.nextInt(b.length());
                switch (random.nextInt(3)) {
                    case 0 -> b.deleteCharAt(at);
                    case 1 -> b.insert(at, noise.charAt(random.nextInt(noise.length())));
                    default -> b.setCharAt(at, noise.charAt(random.nextInt(noise.length())));
                }
            }
            String path = paths.get(random.nextInt(paths.size()));
            HttpResponse<String> r = server.post(path, b.toString());
            assertTrue(allowed.contains(r.statusCode()), path + " " + b + " → " + r.statusCode() + " " + r.body());
            if (r.statusCode() >= 400) assertTrue(TestServer.json(r).has("error"), r.body());
        }
    }
}
