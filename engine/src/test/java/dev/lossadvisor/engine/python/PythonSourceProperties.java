package dev.lossadvisor.engine.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lossadvisor.engine.Fixtures;
import dev.lossadvisor.engine.input.ModelDescription;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The corpus projects with random bytes changed, cut or grown, read as in-memory sources: every file gives flows
 * that validate or a one-line problem. Nothing escapes, and the native parser never takes the JVM down.
 */
class PythonSourceProperties {
    private static final List<Map<Path, byte[]>> PROJECTS = load();

    private static List<Map<Path, byte[]>> load() {
        try (Stream<Path> dirs = Files.list(PythonProjectsTest.CORPUS)) {
            // notebook-only projects have no Python source to mutate here; NotebookTest reads them
            return dirs.filter(Files::isDirectory).sorted().map(PythonSourceProperties::sources).filter(m -> !m.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Path, byte[]> sources(Path dir) {
        Map<Path, byte[]> m = new LinkedHashMap<>();
        try {
            for (Path f : PythonSources.filesUnder(dir)) m.put(dir.relativize(f), Files.readAllBytes(f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    @Property(tries = 300)
    void mutatedProjectsGiveFlowsOrProblemsNeverExceptions(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        Random random = new Random(seed);
        Map<Path, byte[]> project = new LinkedHashMap<>(PROJECTS.get(random.nextInt(PROJECTS.size())));
        Path victim = project.keySet().stream().toList().get(random.nextInt(project.size()));
        project.put(victim, mutate(project.get(victim), random));
        List<PythonSources.Outcome> outcomes = PythonSources.analyse(project);
        assertEquals(project.size(), outcomes.size());
        for (PythonSources.Outcome o : outcomes) {
            if (o.problem() != null) {
                assertTrue(!o.problem().contains("\n") && !o.problem().isBlank(), o.problem());
                continue;
            }
            for (ModelDescription d : o.descriptions()) Fixtures.ADVISOR.validate(d);
        }
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] b = original.clone();
        switch (random.nextInt(4)) {
            case 0 -> {
                for (int i = 0; i < 1 + random.nextInt(8) && b.length > 0; i++) b[random.nextInt(b.length)] = (byte) random.nextInt(256);
            }
            case 1 -> b = java.util.Arrays.copyOf(b, b.length == 0 ? 0 : random.nextInt(b.length));
            case 2 -> {
                String text = new String(b, StandardCharsets.UTF_8);
                String[] tokens = {"(", ")", ":", "\n    ", "def ", "class ", "\"\"\"", "'", "#", "nn.Softmax(", "self.", "=", "\\", "[", "]"};
                int at = text.isEmpty() ? 0 : random.nextInt(text.length());
                b = (text.substring(0, at) + tokens[random.nextInt(tokens.length)] + text.substring(at)).getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                int n = random.nextInt(3) + 1;
                StringBuilder grown = new StringBuilder(new String(b, StandardCharsets.UTF_8));
                for (int i = 0; i < n; i++) grown.append("\n").append(grown, 0, Math.min(grown.length(), 2000));
                b = grown.toString().getBytes(StandardCharsets.UTF_8);
            }
        }
        return b;
    }
}
