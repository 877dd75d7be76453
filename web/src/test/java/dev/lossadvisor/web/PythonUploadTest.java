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

/** Python training code goes in where model files do: a pasted or uploaded .py file, or a zip of the project. */
class PythonUploadTest extends SharedServer {
    private static final String MODEL = """
            import torch.nn as nn
            import torch.nn.functional as F


            class Net(nn.Module):
                def __init__(self):
                    super().__init__()
                    self.fc = nn.Linear(32, 4)

                def forward(self, x):
                    return F.softmax(self.fc(x), dim=1)
            """;
    private static final String TRAIN = """
            import torch.nn as nn
            from models import Net

            net = Net()
            criterion = nn.CrossEntropyLoss()
            for x, y in []:
                loss = criterion(net(x), y)
            """;

    @Test
    void aPythonFileToTheApi() {
        HttpResponse<String> r = server.post("/api/validate", MODEL + "\n\n" + TRAIN.replace("from models import Net\n", ""));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode report = TestServer.json(r);
        assertTrue(report.get("findings").toString().contains("probabilities-to-logits-loss"), r.body());
        assertTrue(report.get("findings").get(0).get("path").asText().startsWith("upload.py:11:"), r.body());
    }

    @Test
    void aZippedProjectToTheApiAndTheForm() throws IOException {
        byte[] zip = zip();
        HttpResponse<String> api = server.send(HttpRequest.newBuilder(URI.create(server.base + "/api/validate"))
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(zip)));
        assertEquals(200, api.statusCode(), api.body());
        assertTrue(api.body().contains("softmax at proj/models.py:11:16 feeds nn.CrossEntropyLoss at proj/train.py:5:13"), api.body());
        HttpResponse<String> page = server.upload("proj.zip", zip);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("From proj.zip (Python project)"), page.body());
        assertTrue(page.body().contains("data-rule=\"probabilities-to-logits-loss\""), page.body());
    }

    @Test
    void aPythonFileThroughTheUploadFormAndWithoutAFlow() {
        HttpResponse<String> page = server.upload("model.py", MODEL.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("No flow from a model&#39;s output into a loss"), page.body());
        HttpResponse<String> api = server.post("/api/validate", MODEL);
        assertEquals(200, api.statusCode(), api.body());
        assertEquals(0, TestServer.json(api).get("heads").size());
    }

    @Test
    void brokenPythonIsA4xxWithTheFileAndThePlace() {
        HttpResponse<String> r = server.post("/api/validate", "import torch\ncriterion = torch.nn.CrossEntropyLoss(\n");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(TestServer.json(r).get("error").asText().contains("upload.py: not valid Python"), r.body());
    }

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("proj/models.py"));
            z.write(MODEL.getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("proj/train.py"));
            z.write(TRAIN.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
