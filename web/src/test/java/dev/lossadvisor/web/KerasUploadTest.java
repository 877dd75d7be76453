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
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Keras models go in where descriptions do: as model JSON or as a .keras archive, to the API and the upload form. */
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
        String boundary = "----keras-upload";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"model.keras\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(archive());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.base + "/validate"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
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
