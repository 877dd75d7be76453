package dev.lossadvisor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web app as a process of its own, stopped the hard way and the polite way, then started again on the same data
 * directory: finished results survive, jobs cut off say so, and a polite stop lets the request in flight finish.
 */
class DurableJobsTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    /**
     * sqlite-jdbc unpacks its native library into this folder and deletes it at a normal exit only: a server stopped
     * the hard way leaves it behind, so it goes where the build's (target/) is, not /tmp.
     */
    private static final String SQLITE_NATIVES = "-Dorg.sqlite.tmpdir=" + System.getProperty("org.sqlite.tmpdir", System.getProperty("java.io.tmpdir"));

    @TempDir
    Path data;

    record Server(Process process, int port, List<String> output) {
        String base() {
            return "http://127.0.0.1:" + port;
        }
    }

    Server start() throws IOException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dai.djl.offline=true", SQLITE_NATIVES,
                "-cp", System.getProperty("java.class.path"), WebApp.class.getName(), "--port", "0", "--data", data.toString())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        Pattern listening = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");
        List<String> output = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            output.add(line);
            Matcher m = listening.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        out.lines().forEach(output::add);
                    } catch (java.io.UncheckedIOException killed) {
                        // the test killed the server: its output ends here
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return new Server(p, Integer.parseInt(m.group(1)), output);
            }
        }
        throw new AssertionError("the server did not start: " + output);
    }

    static JsonNode get(Server s, String path) throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(s.base() + path)).build(), HttpResponse.BodyHandlers.ofString());
        return TestServer.JSON.readTree(r.body());
    }

    static String submit(Server s, String body) throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(s.base() + "/api/confirm"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, r.statusCode(), r.body());
        return TestServer.JSON.readTree(r.body()).get("id").asText();
    }

    static String waitFor(Server s, String id, List<String> states) throws Exception {
        // past the default job timeout (2 min): on a loaded machine the job's own limit decides, not this wait
        long until = System.nanoTime() + Limits.DEFAULT.jobTimeout().plusMinutes(1).toNanos();
        while (System.nanoTime() < until) {
            String state = get(s, "/api/confirm/" + id).get("state").asText();
            if (states.contains(state)) return state;
            Thread.sleep(100);
        }
        throw new AssertionError("job " + id + " never reached " + states);
    }

    @Test
    void resultsSurviveAndCutOffJobsSaySoAfterKillMinusNine() throws Exception {
        Server first = start();
        String finished = submit(first, "{\"task\": \"binary\", \"seeds\": 1}");
        assertEquals("done", waitFor(first, finished, List.of("done", "failed")));
        String cutOff = submit(first, "{\"task\": \"multiclass\", \"seeds\": 3}");
        waitFor(first, cutOff, List.of("running"));
        first.process().destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertTrue(first.process().waitFor(20, TimeUnit.SECONDS));

        Server second = start();
        try {
            JsonNode done = get(second, "/api/confirm/" + finished);
            assertEquals("done", done.get("state").asText());
            assertEquals("confirmed", done.get("result").get("verdict").asText());
            JsonNode interrupted = get(second, "/api/confirm/" + cutOff);
            assertEquals("interrupted", interrupted.get("state").asText());
            assertEquals("interrupted by a restart: run it again", interrupted.get("error").get("error").asText());
            HttpResponse<String> page = CLIENT.send(HttpRequest.newBuilder(URI.create(second.base() + "/confirm/" + cutOff)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(page.body().contains("interrupted by a restart: run it again"), page.body());
        } finally {
            second.process().destroyForcibly();
        }
    }

    @Test
    void sigtermLetsTheRequestInFlightFinishAndInterruptsTraining() throws Exception {
        Server s = start();
        String running = submit(s, "{\"task\": \"multiclass\", \"seeds\": 3}");
        waitFor(s, running, List.of("running"));
        String body = "{\"framework\": \"keras\", \"output\": {\"units\": 1, \"activation\": \"sigmoid\"}, \"loss\": \"mse\", \"task\": \"binary\"}";
        try (Socket inFlight = new Socket("127.0.0.1", s.port())) {
            inFlight.setSoTimeout(15_000);
            OutputStream out = inFlight.getOutputStream();
            out.write(("POST /api/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                    + body.length() + "\r\n\r\n" + body.substring(0, 20)).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(300);
            s.process().destroy(); // SIGTERM
            Thread.sleep(1500); // a pause longer than Jetty's default shutdown idle timeout (1 s), within ours (3 s)
            out.write(body.substring(20).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new String(inFlight.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 200", status);
        }
        assertTrue(s.process().waitFor(Duration.ofSeconds(15).toSeconds(), TimeUnit.SECONDS), "the server stops");

        Server again = start();
        try {
            assertEquals("interrupted", get(again, "/api/confirm/" + running).get("state").asText());
        } finally {
            again.process().destroyForcibly();
        }
    }

    /** The state the store holds for a job, read from the database itself (a new server would mark it interrupted on start). */
    private String storedState(String id) throws Exception {
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + data.resolve("jobs.db"));
             java.sql.PreparedStatement p = db.prepareStatement("SELECT state FROM jobs WHERE id = ?")) {
            p.setString(1, id);
            try (java.sql.ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    @Test
    void sigtermWithARequestOutlastingTheGraceStillLeavesNoJobRunning() throws Exception {
        Server s = start();
        // the most seeds a job takes: on an idle machine three seeds finished inside the grace, and a job that is DONE
        // says nothing about what the stop does to a running one
        String running = submit(s, "{\"task\": \"multiclass\", \"seeds\": 10}");
        waitFor(s, running, List.of("running"));
        try (Socket inFlight = new Socket("127.0.0.1", s.port())) {
            OutputStream out = inFlight.getOutputStream();
            out.write("POST /api/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            s.process().destroy(); // SIGTERM, with a body that keeps trickling past the 10 s grace
            for (int i = 0; i < 14 && s.process().isAlive(); i++) {
                Thread.sleep(1000);
                try {
                    out.write(new byte[2048]);
                    out.flush();
                } catch (IOException cut) {
                    break;
                }
            }
        }
        assertTrue(s.process().waitFor(30, TimeUnit.SECONDS), "the server stops");
        assertEquals("INTERRUPTED", storedState(running), "no job is left RUNNING in the store");
        String log = String.join("\n", s.output());
        assertTrue(!log.contains("TimeoutException") && !log.contains("\tat "), log);
    }

    @Test
    void aSecondServerOnTheSameDataRefusesToStartInOneLine() throws Exception {
        Server first = start();
        try {
            String running = submit(first, "{\"task\": \"multiclass\", \"seeds\": 3}");
            waitFor(first, running, List.of("running"));
            Process second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), SQLITE_NATIVES, "-cp",
                    System.getProperty("java.class.path"), WebApp.class.getName(), "--port", "0", "--data", data.toString())
                    .redirectErrorStream(true).start();
            String out = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(second.waitFor(30, TimeUnit.SECONDS));
            assertEquals(2, second.exitValue(), out);
            assertEquals(1, out.strip().lines().count(), out);
            assertTrue(out.contains("is in use by another Loss Advisor server (pid " + first.process().pid() + ")"), out);
            assertEquals("running", get(first, "/api/confirm/" + running).get("state").asText(), "the first server's job runs on");
        } finally {
            first.process().destroyForcibly();
        }
    }
}
