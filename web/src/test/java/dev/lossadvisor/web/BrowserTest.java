package dev.lossadvisor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The pages end to end in headless Chromium: web/e2e/pages.e2e.mjs drives Debian's /usr/bin/chromium with
 * Playwright (installed from npm by the build) against this server, and saves screenshots to target/e2e.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final Path E2E = Path.of(System.getProperty("e2e.dir", "e2e"));
    private static final Path OUT = Path.of(System.getProperty("e2e.out", "target/e2e"));

    @Test
    void formsResultsAndConfirmInARealBrowser() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "skipped: no Chromium at " + CHROMIUM + " (install it with: apt-get install -y chromium; .ci/run does)");
        assertTrue(Files.isDirectory(E2E.resolve("node_modules/playwright-core")),
                "playwright-core missing in " + E2E + ": the build installs it with 'npm ci' (mvn generate-test-resources)");
        try (TestServer server = new TestServer()) {
            Files.createDirectories(OUT);
            Process node = new ProcessBuilder("node", "pages.e2e.mjs", server.base, OUT.toAbsolutePath().toString())
                    .directory(E2E.toFile()).redirectErrorStream(true).start();
            boolean ended = node.waitFor(150, TimeUnit.SECONDS);
            String log = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!ended) node.destroyForcibly();
            System.out.println(log);
            assertTrue(ended, "the browser test did not finish in 150 s:\n" + log);
            assertEquals(0, node.exitValue(), log);
            assertTrue(log.contains("ok - recommend"), log);
        }
        for (String shot : new String[] {"recommend.png", "validate.png", "confirm.png"}) {
            assertTrue(Files.size(OUT.resolve(shot)) > 10_000, shot);
        }
    }
}
