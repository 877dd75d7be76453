package dev.lossadvisor.engine.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lossadvisor.cli.Main;
import dev.lossadvisor.engine.Fixtures;
import dev.lossadvisor.engine.LintPolicy;
import dev.lossadvisor.engine.findings.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each fix kind on the projects in src/test/resources/fixes: a case with {@code expected.diff} must be fixed to exactly
 * that diff (safe fixes only), lint clean afterwards, still compile with CPython and, for a PyTorch script, still train
 * under Debian's python3-torch; a case without it must be left alone (a "-elsewhere", "-kept" or "-predicted" case
 * still offers the fix as unsafe, since the probabilities are read elsewhere).
 */
class FixesTest {
    static final Path CASES = Path.of("src/test/resources/fixes");
    static final Fixer FIXER = new Fixer(Fixtures.ADVISOR, LintPolicy.defaults(Fixtures.ADVISOR));
    static final boolean UPDATE = Boolean.getBoolean("fixes.update");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyCase() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(CASES)) {
            cases = s.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(cases.size() >= 12, "the fix cases are missing");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
    }

    private void check(Path c) throws Exception {
        Map<String, String> texts = texts(c);
        assertFalse(FIXER.lint(texts).isEmpty(), "the case must have a finding to fix");
        Fixer.Result r = FIXER.fix(texts, false);
        String diff = diff(texts, r.texts());
        Path golden = c.resolve("expected.diff");
        if (UPDATE && !diff.isEmpty()) Files.writeString(golden, diff);
        if (!Files.exists(golden)) {
            assertEquals("", diff, "must not be fixed");
            String name = c.getFileName().toString();
            if (name.endsWith("-elsewhere") || name.endsWith("-kept") || name.endsWith("-predicted")) {
                assertFalse(r.unsafe().isEmpty(), "offered as an unsafe fix");
                Fixer.Result forced = FIXER.fix(texts, true);
                assertFalse(forced.applied().isEmpty(), "--unsafe-fixes applies it");
            }
            return;
        }
        assertEquals(Files.readString(golden), diff);
        List<Finding> left = FIXER.lint(r.texts()).stream().map(Fixer.Issue::finding).toList();
        assertEquals(List.of(), left, "a lint of the fixed project finds nothing");
        Path fixed = write(r.texts(), dir.resolve(c.getFileName().toString()));
        compiles(fixed);
        trains(fixed);
    }

    @Test
    void lintFixOnACopyOfACrossFileDoubleSoftmaxChangesOnlyTheModelFile() throws Exception {
        Path project = write(texts(CASES.resolve("double-softmax-cross-file")), dir.resolve("project"));
        Map<String, String> before = texts(project);
        assertEquals(0, cli("lint", "--fix", project.toString()), "the lint after the fix finds nothing");
        assertEquals(0, cli("lint", project.toString()));
        Map<String, String> after = texts(project);
        for (String f : before.keySet()) {
            assertEquals(f.equals("model.py"), !before.get(f).equals(after.get(f)), f);
        }
        compiles(project);
        trains(project);
    }

    @Test
    void diffWritesNothingAndTheSuppressionCommentSilencesTheFlow() throws Exception {
        Path project = write(texts(CASES.resolve("double-softmax-used-elsewhere")), dir.resolve("project"));
        Map<String, String> before = texts(project);
        assertEquals(0, cli("lint", "--diff", project.toString()), "nothing safe to fix");
        assertEquals(1, cli("lint", "--diff", "--unsafe-fixes", project.toString()));
        assertEquals(before, texts(project));
        Fixer.Issue issue = FIXER.lint(before).get(0);
        Fix suppress = Fixes.suppress(issue.finding(), before).orElseThrow();
        assertTrue(suppress.edits().get(0).after().endsWith("# loss-advisor: ignore[probabilities-to-logits-loss]"), suppress.toString());
        assertEquals(List.of(), FIXER.lint(Fixer.apply(before, suppress)));
    }

    private static int cli(String... args) {
        return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    static Map<String, String> texts(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".py")).toList()) out.put(root.relativize(p).toString(), Files.readString(p));
        }
        return out;
    }

    private static Path write(Map<String, String> texts, Path root) throws IOException {
        for (Map.Entry<String, String> e : texts.entrySet()) {
            Path p = root.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue());
        }
        return root;
    }

    private static String diff(Map<String, String> before, Map<String, String> after) {
        StringBuilder b = new StringBuilder();
        for (String f : before.keySet()) {
            if (!before.get(f).equals(after.get(f))) b.append(UnifiedDiff.of(f, before.get(f), after.get(f)));
        }
        return b.toString();
    }

    /** Every file compiles under CPython (python3 -m py_compile), when there is one. */
    private static void compiles(Path project) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "skipped: no /usr/bin/python3");
        List<String> command = new ArrayList<>(List.of("/usr/bin/python3", "-m", "py_compile"));
        texts(project).keySet().forEach(command::add);
        assertEquals("", run(project, command));
    }

    /** A PyTorch training script still runs to its end under python3-torch (skipped, saying so, without it). */
    private static void trains(Path project) throws Exception {
        Path train = project.resolve("train.py");
        if (!Files.readString(train).contains("import torch") || !Files.readString(train).contains("__main__")) return;
        boolean torch = new ProcessBuilder("/usr/bin/python3", "-c", "import torch").start().waitFor() == 0;
        assumeTrue(torch, "skipped: Debian's python3-torch is not installed (apt-get install -y python3-torch)");
        String out = run(project, List.of("/usr/bin/python3", "train.py"));
        assertTrue(out.contains("loss"), out);
    }

    private static String run(Path in, List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + command);
        assertEquals(0, p.exitValue(), command + "\n" + out);
        return out;
    }
}
