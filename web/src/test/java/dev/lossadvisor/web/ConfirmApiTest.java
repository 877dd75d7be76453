package dev.lossadvisor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Confirm as an asynchronous job over HTTP: accepted, followed to its end, limited in number and in time. */
class ConfirmApiTest {

    @Test
    void aJobIsAcceptedFollowedAndEndsWithTheReport() throws InterruptedException {
        try (TestServer server = new TestServer()) {
            HttpResponse<String> started = server.post("/api/confirm", "{\"task\": \"binary\", \"seeds\": 1}");
            assertEquals(202, started.statusCode(), started.body());
            JsonNode job = TestServer.json(started);
            String location = started.headers().firstValue("Location").orElseThrow();
            assertEquals(job.get("status_url").asText(), location);
            assertEquals(24, job.get("progress").get("total_epochs").asInt(), "4 candidates × 1 seed × 6 epochs");

            JsonNode status = poll(server, location);
            assertEquals("done", status.get("state").asText(), status.toString());
            assertEquals(1.0, status.get("progress").get("fraction").asDouble());
            JsonNode result = status.get("result");
            assertEquals("confirmed", result.get("verdict").asText(), result.get("explanation").asText());
            assertEquals(4, result.get("candidates").size());
            assertEquals(6, result.get("candidates").get(0).get("meanLossCurve").size());
            // the page shows the same job: chart and table
            String page = server.get(status.get("page_url").asText()).body();
            assertTrue(page.contains("id=\"loss-chart\"") && page.contains("id=\"verdict-table\""), page);
        }
    }

    @Test
    void moreJobsThanSlotsGet429WithRetryAfter() {
        try (TestServer server = new TestServer(new Limits(1 << 20, 1, Duration.ofMinutes(1), 10))) {
            assertEquals(202, server.post("/api/confirm", "{\"task\": \"multiclass\", \"seeds\": 3}").statusCode());
            HttpResponse<String> refused = server.post("/api/confirm", "{\"task\": \"binary\", \"seeds\": 1}");
            assertEquals(429, refused.statusCode());
            assertTrue(refused.headers().firstValue("Retry-After").isPresent());
            assertTrue(TestServer.json(refused).get("hint").asText().contains("at most 1"));
        }
    }

    @Test
    void aJobPastItsTimeoutStopsAndSaysSo() throws InterruptedException {
        try (TestServer server = new TestServer(new Limits(1 << 20, 2, Duration.ofMillis(1), 10))) {
            String url = TestServer.json(server.post("/api/confirm", "{\"task\": \"regression\", \"seeds\": 2}")).get("status_url").asText();
            JsonNode status = poll(server, url);
            assertEquals("timed-out", status.get("state").asText());
            assertTrue(status.get("error").get("error").asText().contains("longer than"));
            assertTrue(status.get("progress").get("done_epochs").asInt() < status.get("progress").get("total_epochs").asInt());
            String page = server.get(status.get("page_url").asText()).body();
            assertTrue(page.contains("Timed out:") && page.contains("data-state=\"timed-out\""), page);
            // the slot is free again
            assertEquals(202, server.post("/api/confirm", "{\"task\": \"regression\", \"seeds\": 1}").statusCode());
        }
    }

    @Test
    void theUsersOwnConfigurationJoinsTheCandidates() throws InterruptedException {
        try (TestServer server = new TestServer()) {
            String body = "{\"task\": \"binary\", \"seeds\": 1, \"model\": {\"framework\": \"keras\", \"output\": {\"units\": 1, \"activation\": \"sigmoid\"}, "
                    + "\"loss\": \"mse\"}}";
            JsonNode started = TestServer.json(server.post("/api/confirm", body));
            assertEquals(30, started.get("progress").get("total_epochs").asInt(), "5 candidates × 6 epochs");
            JsonNode result = poll(server, started.get("status_url").asText()).get("result");
            assertEquals("user", result.get("candidates").get(4).get("candidate").get("role").asText());
        }
    }

    /** A description 'loss-advisor capture' wrote needs no task: its captured labels tell it (6% positives: imbalanced-binary). */
    @Test
    void aCapturedDescriptionGivesTheTaskFromItsLabels() throws Exception {
        String captured = java.nio.file.Files.readString(java.nio.file.Path.of("../confirm/src/test/resources/capture-imbalanced/01-BCEWithLogitsLoss-train_py-48.json"));
        try (TestServer server = new TestServer(new Limits(1 << 20, 1, Duration.ofMillis(1), 10))) {
            HttpResponse<String> started = server.post("/api/confirm", "{\"seeds\": 1, \"model\": " + captured + "}");
            assertEquals(202, started.statusCode(), started.body());
            JsonNode job = TestServer.json(started);
            assertEquals("imbalanced-binary", job.get("task").asText());
            assertEquals(25, job.get("progress").get("total_epochs").asInt(), "4 candidates and the captured configuration × 5 epochs");
        }
    }

    private static JsonNode poll(TestServer server, String url) throws InterruptedException {
        // past the default job timeout (2 min): on a loaded machine the job's own limit decides, not this wait
        long deadline = System.nanoTime() + Limits.DEFAULT.jobTimeout().plusMinutes(1).toNanos();
        while (true) {
            JsonNode s = TestServer.json(server.get(url));
            String state = s.get("state").asText();
            if (!state.equals("queued") && !state.equals("running")) return s;
            if (System.nanoTime() > deadline) throw new AssertionError("job still " + state + ": " + s);
            Thread.sleep(100);
        }
    }
}
