package dev.lossadvisor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Model files go in where descriptions do: model JSON, .keras archives and HDF5, to the API and the upload form. */
class KerasUploadTest extends SharedServer {
    /** A Sequential model whose last Dense has one unit and a softmax, compiled with categorical cross-entropy. */
    private static final String CONFIG = """
            {"module": "keras", "class_name": "Sequential", "config": {"name": "one_unit_softmax", "layers": [
              {"class_name": "InputLayer", "config": {"batch_shape": [null, 8], "name": "input"}},
              {"class_name": "Dense", "config": {"name": "head", "units": 1, "activation": "softmax"}}]},
             "compile_config": {"loss": "categorical_crossentropy", "optimizer": "adam"}}""";

    @Test
    void modelJsonToTheApi() {
        HttpResponse<String> r = server.post("/api/validate", CONFIG);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(rules(TestServer.json(r)).contains("softmax-single-unit"), r.body());
    }

    @Test
    void kerasArchiveToTheApi() throws IOException {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.base + "/api/validate"))
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(archive())));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(rules(TestServer.json(r)).contains("softmax-single-unit"), r.body());
    }

    @Test
    void kerasArchiveThroughTheUploadForm() throws IOException {
        HttpResponse<String> r = server.upload("model.keras", archive());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("From model.keras (Keras archive)"), r.body());
        assertTrue(r.body().contains("data-rule=\"softmax-single-unit\""));
    }

    @Test
    void aZipWithoutAModelIsAClearError() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("weights.h5"));
            z.write(new byte[] {1, 2, 3});
        }
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.base + "/api/validate"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip.toByteArray())));
        assertEquals(422, r.statusCode());
        assertTrue(TestServer.json(r).get("error").asText().contains("no config.json"));
    }

    /** A real Keras HDF5 model (shared/real-models/keras/churn-404.h5: Dense(1, sigmoid), BinaryCrossentropy). */
    @Test
    void hdf5ModelToTheApiAndTheForm() throws IOException {
        Path h5 = Path.of(System.getProperty("real.models.dir", "../../shared/real-models/keras")).resolve("churn-404.h5");
        Assumptions.assumeTrue(Files.isRegularFile(h5) || System.getenv("CI") != null, "no corpus at " + h5);
        byte[] bytes = Files.readAllBytes(h5);
        HttpResponse<String> api = server.send(HttpRequest.newBuilder(URI.create(server.base + "/api/validate"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
        assertEquals(200, api.statusCode(), api.body());
        assertEquals("binary", TestServer.json(api).get("task").asText(), api.body());

        HttpResponse<String> page = server.upload("churn.h5", bytes);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("From churn.h5 (Keras HDF5)"), page.body());
        assertTrue(page.body().contains("BinaryCrossentropy on 1 sigmoid unit"), page.body());
    }

    @Test
    void aModelWithSeveralOutputsAnswersPerHead() throws IOException {
        Path sample = Path.of(System.getProperty("samples.dir", "../samples")).resolve("categorical-loss-single-unit/bad-two-heads.json");
        HttpResponse<String> r = server.post("/api/validate", Files.readString(sample));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode heads = TestServer.json(r).get("heads");
        assertEquals("age", heads.get(0).get("head").asText());
        assertEquals("", rules(heads.get(0)).strip());
        assertTrue(rules(heads.get(1)).contains("categorical-loss-single-unit"), r.body());
    }

    @Test
    void aFileThatIsNoModelSaysWhatItLooksLike() {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.base + "/api/validate"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {(byte) 0x80, 4, (byte) 0x95, 0, 0, 0})));
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(TestServer.json(r).get("error").asText().contains("Python pickle"), r.body());
    }

    /** A small archive whose config.json inflates to 64 MB of numbers: refused after its first million tokens, not parsed whole. */
    @Test
    void aCraftedArchiveIsRefusedQuicklyOnTheWebToo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("config.json"));
            zip.write("{\"class_name\": \"Sequential\", \"config\": {\"layers\": [".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "0,".repeat(1 << 19).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 64; i++) zip.write(chunk);
        }
        assertTrue(out.size() < 200_000, "small on the wire: " + out.size());
        HttpResponse<String> api = server.send(HttpRequest.newBuilder(URI.create(server.base + "/api/validate"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
        assertEquals(400, api.statusCode(), api.body());
        assertTrue(TestServer.json(api).get("error").asText().contains("reading limit"), api.body());
        assertEquals(400, server.upload("model.keras", out.toByteArray()).statusCode());
    }

    private static byte[] archive() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("metadata.json"));
            zip.write("{\"keras_version\": \"3.10.0\"}".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("config.json"));
            zip.write(CONFIG.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static String rules(JsonNode report) {
        StringBuilder b = new StringBuilder();
        report.get("findings").forEach(f -> b.append(f.get("rule").asText()).append(' '));
        return b.toString();
    }
}
