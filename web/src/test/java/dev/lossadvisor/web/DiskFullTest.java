package dev.lossadvisor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job store on a real full disk: a 512 KB tmpfs filled to the last byte (needs root and mount; skipped, saying so,
 * otherwise). Confirm answers 503 with Retry-After and leaks no slot, and works again once space is back.
 */
class DiskFullTest {
    @TempDir
    Path dir;

    private static boolean run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    @Test
    void aFullDiskIs503WithRetryAfterAndNoLeakedSlotThenRecovers() throws Exception {
        Path mount = dir.resolve("small-disk");
        Files.createDirectories(mount);
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", mount.toString()), "cannot mount a tmpfs here (needs root)");
        try {
            // one slot: a leaked one would make every later confirm a 429
            try (TestServer server = new TestServer(new Limits(1 << 20, 1, Duration.ofMinutes(2), 10), CrossSite.LOOPBACK, mount.resolve("data"))) {
                Path filler = mount.resolve("filler");
                try (OutputStream out = Files.newOutputStream(filler)) {
                    byte[] block = new byte[4096];
                    while (true) out.write(block);
                } catch (IOException full) {
                    // no space left: what this test wants
                }
                for (int i = 0; i < 3; i++) {
                    HttpResponse<String> r = server.post("/api/confirm", "{\"task\": \"binary\", \"seeds\": 1}");
                    assertEquals(503, r.statusCode(), r.body());
                    assertEquals("30", r.headers().firstValue("Retry-After").orElse(""));
                    assertTrue(TestServer.json(r).get("hint").asText().contains("disk full"), r.body());
                }
                Files.delete(filler);
                HttpResponse<String> again = server.post("/api/confirm", "{\"task\": \"binary\", \"seeds\": 1}");
                assertEquals(202, again.statusCode(), again.body());
            }
        } finally {
            run("umount", "-l", mount.toString());
        }
    }
}
