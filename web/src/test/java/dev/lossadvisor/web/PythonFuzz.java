package dev.lossadvisor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The long Python fuzz run, outside the default build ({@code mvn -Pfuzz verify}): mutated scripts, notebooks and zipped
 * projects from the corpus, 12,000 through a live server and 9,000 through the real CLI (in its own JVM, 500 a run).
 * No 5xx, no crash, no internal error, every answer within its deadline.
 */
class PythonFuzz {
    private static final int SERVER_INPUTS = 12_000;
    private static final int CLI_INPUTS = 9_000;
    private static final int CLI_BATCH = 500;

    @TempDir
    Path dir;

    @Test
    void mutatedPythonThroughTheServer() {
        PythonInputs inputs = new PythonInputs();
        Random r = new Random(20261205);
        TreeMap<String, Integer> statuses = new TreeMap<>();
        int fivexx = 0;
        long slowest = 0;
        long t0 = System.nanoTime();
        try (TestServer server = new TestServer()) {
            for (int i = 0; i < SERVER_INPUTS; i++) {
                PythonInputs.Input in = inputs.next(r, i);
                long t = System.nanoTime();
                HttpResponse<String> resp = server.send(HttpRequest.newBuilder(URI.create(server.base + "/api/validate"))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(in.bytes())));
                slowest = Math.max(slowest, System.nanoTime() - t);
                String kind = in.name().substring(in.name().lastIndexOf('.') + 1);
                statuses.merge(kind + " " + resp.statusCode(), 1, Integer::sum);
                if (resp.statusCode() >= 500) {
                    fivexx++;
                    System.out.println("[fuzz] 5xx for " + in.name() + ": " + resp.body());
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("[fuzz] python through the server: %d inputs in %.0f s: %s; 5xx: %d; slowest answer %.1f s%n",
                SERVER_INPUTS, seconds, statuses, fivexx, slowest / 1e9);
        assertEquals(0, fivexx, statuses.toString());
        assertTrue(slowest < Limits.ANALYSIS_TIMEOUT.plusSeconds(5).toNanos(), "every answer within the deadline: slowest " + slowest / 1e9 + " s");
    }

    @Test
    void mutatedPythonThroughTheCli() throws Exception {
        PythonInputs inputs = new PythonInputs();
        Random r = new Random(20261206);
        TreeMap<Integer, Integer> exits = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int batch = 0; batch < CLI_INPUTS / CLI_BATCH; batch++) {
            Path b = Files.createDirectories(dir.resolve("batch" + batch));
            for (int i = 0; i < CLI_BATCH; i++) {
                PythonInputs.Input in = inputs.next(r, batch * CLI_BATCH + i);
                // each input in a folder of its own: one project each, as users lint them
                Files.write(Files.createDirectories(b.resolve("p" + i)).resolve(in.name().endsWith(".py") ? "train.py" : in.name()), in.bytes());
            }
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp",
                    System.getProperty("java.class.path"), "dev.lossadvisor.cli.Main", "lint", "--format", "json", b.toString())
                    .redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            boolean done = p.waitFor(CLI_BATCH * 2L, TimeUnit.SECONDS);
            if (!done) p.destroyForcibly();
            int code = done ? p.exitValue() : -1;
            exits.merge(code, 1, Integer::sum);
            String text = new String(out, StandardCharsets.UTF_8);
            if (code < 0 || code > 2 || text.contains("internal error") || text.contains("\tat ")) {
                problems.add("batch " + batch + ": exit " + code + ": " + text.substring(0, Math.min(text.length(), 2000)));
            }
        }
        System.out.printf("[fuzz] python through the CLI: %d inputs in %d runs, %.0f s: exits %s%n", CLI_INPUTS, CLI_INPUTS / CLI_BATCH,
                (System.nanoTime() - t0) / 1e9, exits);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
