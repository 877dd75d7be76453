package dev.lossadvisor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pathological Python, through the real CLI (its own JVM, the launcher's heap cap, peak RSS measured by GNU time when
 * installed) and a live server: nesting 10,000 and 100,000 deep, a 2 MB line, 50,000 nested lists. Each is answered in
 * one line or linted (CLI exit 0 to 2; web 200, 400, 413 or 422), with no stack trace and the server serving on.
 */
class CraftedPythonTest extends SharedServer {
    /** The README's cap for lint: heap 512 MB, resident 768 MB. */
    static final long MAX_CLI_RSS_KB = 768 * 1024;
    static final String HEAD = "import torch.nn as nn\ncriterion = nn.MSELoss(";
    static final Map<String, String> CRAFTED = Map.of(
            "nest-10k", HEAD + "(".repeat(10_000) + "1" + ")".repeat(10_000) + ")\n",
            "nest-100k", HEAD + "(".repeat(100_000) + "1" + ")".repeat(100_000) + ")\n",
            "line-2mb", HEAD + ")\nx = " + "1+".repeat(1_000_000) + "1\n",
            "lists-50k", HEAD + ")\nx = " + "[".repeat(50_000) + "]".repeat(50_000) + "\ncriterion(x, x)\n");

    @TempDir
    static Path dir;

    @Test
    void theCliAnswersEachInOneLineWithinItsCaps() throws Exception {
        boolean gnuTime = Files.isExecutable(Path.of("/usr/bin/time"));
        for (var e : CRAFTED.entrySet()) {
            Path file = Files.createDirectories(dir.resolve(e.getKey())).resolve("train.py");
            Files.writeString(file, e.getValue());
            Path rss = dir.resolve(e.getKey() + ".rss");
            List<String> cmd = new ArrayList<>(gnuTime ? List.of("/usr/bin/time", "-f", "%M", "-o", rss.toString()) : List.of());
            cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    "dev.lossadvisor.cli.Main", "lint", file.toString()));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), e.getKey() + ": lint did not finish");
            assertTrue(p.exitValue() <= 2, e.getKey() + ": exit " + p.exitValue() + "\n" + out);
            assertFalse(out.contains("Exception") || out.contains("\tat ") || out.contains("internal error"), e.getKey() + ": " + out);
            assertTrue(out.lines().filter(l -> l.strip().startsWith("error ")).count() <= 1, out);
            if (gnuTime) {
                List<String> lines = Files.readAllLines(rss);
                long kb = Long.parseLong(lines.get(lines.size() - 1).strip());
                System.out.printf("[crafted] %s: exit %d, peak RSS %d MB%n", e.getKey(), p.exitValue(), kb >> 10);
                assertTrue(kb < MAX_CLI_RSS_KB, e.getKey() + " peaked at " + (kb >> 10) + " MB");
            }
        }
    }

    /** The 2 MB line goes as 1 MB: its analysis past the deadline would still run on while the next request is served. */
    @Test
    void theServerAnswersEachWithoutA5xxAndServesOn() {
        Map<String, String> crafted = new java.util.TreeMap<>(CRAFTED);
        crafted.put("line-2mb", HEAD + ")\nx = " + "1+".repeat(500_000) + "1\n");
        for (var e : crafted.entrySet()) {
            HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.base + "/api/validate"))
                    .POST(HttpRequest.BodyPublishers.ofString(e.getValue())));
            assertTrue(List.of(200, 400, 413, 422).contains(r.statusCode()), e.getKey() + ": " + r.statusCode() + " " + r.body());
            assertFalse(r.body().contains("\tat "), r.body());
            assertEquals(200, server.get("/api/rules").statusCode(), "served after " + e.getKey());
        }
    }

    /** Over the token cap the source is refused before its parse, for its size: 413 with the one-line reason. */
    @Test
    void aSourceOverTheTokenCapIs413() {
        // 600,000 tokens in 600 KB (under the body cap), in the loss call's own statement, which even a big file's parse keeps
        String body = HEAD + ")\nx = 1\ncriterion(x, [" + "1,".repeat(300_000) + "])\n";
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.base + "/api/validate"))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(r.body().contains("too large to parse: over 500,000 tokens"), r.body());
        assertFalse(r.body().contains("\tat "), r.body());
    }
}
