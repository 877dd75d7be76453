package dev.lossadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lossadvisor.example.ApiExample;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's Java example is this repository's ApiExample, word for word, and prints what the README says. */
class ReadmeTest {
    static final Path ROOT = Fixtures.SAMPLES.getParent();

    @Test
    void theJavaExampleCompilesRunsAndPrintsWhatTheReadmeShows() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String source = Files.readString(Path.of("src/test/java/dev/lossadvisor/example/ApiExample.java"));
        String body = source.substring(source.indexOf("import "));
        assertTrue(readme.contains(body.strip()), "README's Java example differs from engine/src/test/java/dev/lossadvisor/example/ApiExample.java");

        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            ApiExample.main(new String[] {Fixtures.SAMPLES.resolve("categorical-loss-single-unit/bad-two-heads.json").toString()});
        } finally {
            System.setOut(out);
        }
        String shown = readme.substring(readme.indexOf("It prints:"));
        shown = shown.substring(shown.indexOf("    ") + 4, shown.indexOf("\n\n", shown.indexOf("    ")));
        assertEquals(shown.replace("\n    ", "\n").strip(), printed.toString(StandardCharsets.UTF_8).strip());
    }
}
