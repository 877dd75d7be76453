package dev.lossadvisor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A Jupyter notebook goes in where a Python file does: POST /api/validate and the form's upload, findings at their cell. */
class NotebookUploadTest extends SharedServer {
    private static final Path NOTEBOOK = Path.of("../engine/src/test/resources/notebooks/torch-sentiment-v3.ipynb");

    @Test
    void aNotebookToTheApiAndTheForm() throws IOException {
        String body = Files.readString(NOTEBOOK);
        HttpResponse<String> api = server.post("/api/validate", body);
        assertEquals(200, api.statusCode(), api.body());
        assertEquals("upload.ipynb:cell 3:8:16", TestServer.json(api).at("/findings/0/path").asText(), api.body());
        HttpResponse<String> page = server.upload("sentiment.ipynb", Files.readAllBytes(NOTEBOOK));
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("probabilities-to-logits-loss"), page.body());
    }
}
