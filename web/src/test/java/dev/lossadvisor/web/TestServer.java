package dev.lossadvisor.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.web.jobs.ConfirmJobs;
import dev.lossadvisor.web.jobs.JobStore;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/** The web app started on a free loopback port, with an HTTP client for it. */
final class TestServer implements AutoCloseable {
    static final LossAdvisor ADVISOR = LossAdvisor.create();
    static final ObjectMapper JSON = new ObjectMapper();

    final Javalin app;
    final ConfirmJobs jobs;
    final String base;
    /** The job store's temporary directory, removed on close; null when the caller gave the directory. */
    private final Path ownedData;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    TestServer(Limits limits) {
        this(limits, CrossSite.LOOPBACK);
    }

    TestServer(Limits limits, CrossSite crossSite) {
        this(limits, crossSite, tempDir(), true);
    }

    /** On the job store in {@code data}, which the caller removes. */
    TestServer(Limits limits, CrossSite crossSite, Path data) {
        this(limits, crossSite, data, false);
    }

    private TestServer(Limits limits, CrossSite crossSite, Path data, boolean ownsData) {
        this.ownedData = ownsData ? data : null;
        jobs = new ConfirmJobs(ADVISOR, limits, JobStore.open(data));
        app = WebServer.create(ADVISOR, jobs, limits, crossSite).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    TestServer() {
        this(Limits.DEFAULT);
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("loss-advisor-jobs");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    HttpResponse<String> post(String path, String body) {
        return post(path, "application/json", body);
    }

    HttpResponse<String> post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
        try {
            try {
                return client.send(built, HttpResponse.BodyHandlers.ofString());
            } catch (IOException stale) {
                // the server closed a kept-alive connection after an answer that left a body unread (a refused multipart);
                // the pooled connection then yields no bytes. Browsers retry such a request once on a new connection.
                if (!String.valueOf(stale.getMessage()).contains("received no bytes")) throw stale;
                return client.send(built, HttpResponse.BodyHandlers.ofString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A file sent through the validate page's upload field, as a browser sends it. */
    HttpResponse<String> upload(String filename, byte[] content) {
        String boundary = "----model-upload";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/validate"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    @Override
    public void close() {
        app.stop();
        jobs.close();
        if (ownedData != null) delete(ownedData);
    }

    /** Best effort: a job the worker did not stop in time may still write there, and a leftover is no test failure. */
    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            System.err.println("test server: could not remove " + dir + ": " + e);
        }
    }
}
