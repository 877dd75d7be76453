package dev.lossadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lossadvisor.engine.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI entry points shipped in the repository, run as their files declare them: the GitHub Action's lint step
 * (action.yml → ci/lint-action.sh) and the pre-commit hook (.pre-commit-hooks.yaml → ci/pre-commit.sh), with the
 * CLI of this build in place of the jar they would build.
 */
class CiEntryPointsTest {
    static final Path ROOT = Fixtures.SAMPLES.toAbsolutePath().normalize().getParent();
    static final String CLI = Path.of(System.getProperty("java.home"), "bin", "java") + " -cp " + System.getProperty("java.class.path")
            + " dev.lossadvisor.cli.Main";

    @TempDir
    Path dir;

    record Ran(int code, String output) {}

    static Ran run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().put("LOSS_ADVISOR", CLI);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Ran(p.exitValue(), out);
    }

    /** The value of {@code key:} in the YAML block that contains {@code marker} (a plain reading: these files are ours). */
    static String yamlValue(String yaml, String marker, String key) {
        int at = yaml.indexOf(marker);
        assertTrue(at >= 0, marker + " not found");
        Matcher m = Pattern.compile("\\n\\s*-?\\s*" + Pattern.quote(key) + ":\\s*(.+)").matcher(yaml.substring(at));
        assertTrue(m.find(), key + " not found after " + marker);
        String v = m.group(1).strip();
        return v.startsWith("'") && v.endsWith("'") ? v.substring(1, v.length() - 1) : v;
    }

    @Test
    void theActionsLintStepWritesSarifAndPassesTheExitCodeOn() throws Exception {
        String action = Files.readString(ROOT.resolve("action.yml"));
        String step = yamlValue(action, "id: lint", "run");
        assertEquals("\"$GITHUB_ACTION_PATH/ci/lint-action.sh\"", step);
        for (String[] c : new String[][] {{"samples/softmax-single-unit/bad.json", "1"}, {"samples/softmax-single-unit/good.json", "0"}}) {
            Path sarif = dir.resolve("out-" + c[1] + ".sarif");
            Path outputs = dir.resolve("outputs-" + c[1]);
            Ran r = run(List.of("bash", "-c", step.replace("$GITHUB_ACTION_PATH", ROOT.toString()).replace("\"", "")),
                    Map.of("INPUT_PATHS", c[0], "INPUT_FAIL_ON", "error", "INPUT_SARIF", sarif.toString(), "GITHUB_OUTPUT", outputs.toString()));
            assertEquals(0, r.code(), "the step itself passes so that the upload runs: " + r.output());
            List<String> said = Files.readAllLines(outputs);
            assertTrue(said.contains("exit-code=" + c[1]), said + "\n" + r.output());
            assertTrue(said.contains("sarif=" + sarif), said.toString());
            JsonNode results = new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/results");
            assertEquals(c[1].equals("1"), results.size() > 0, results.toString());
            assertTrue(r.output().contains("1 file: 1 linted"), "a readable log before the SARIF: " + r.output());
        }
        assertTrue(action.contains("run: exit ${{ steps.lint.outputs.exit-code }}"), "the last step fails the job on findings");
    }

    @Test
    void thePreCommitHookLintsModelFilesAndSkipsOtherJson() throws Exception {
        String hooks = Files.readString(ROOT.resolve(".pre-commit-hooks.yaml"));
        String entry = yamlValue(hooks, "id: loss-advisor", "entry");
        Pattern files = Pattern.compile(yamlValue(hooks, "id: loss-advisor", "files"));
        Pattern exclude = Pattern.compile(yamlValue(hooks, "id: loss-advisor", "exclude"));
        for (String name : List.of("model.keras", "models/m.h5", "model.json")) assertTrue(files.matcher(name).find(), name);
        assertTrue(exclude.matcher("sub/loss-advisor.json").find());
        for (String name : List.of("train.py", "notebooks/eda.ipynb")) assertTrue(files.matcher(name).find(), name + ": training code too");

        Path other = Files.writeString(dir.resolve("package.json"), "{\"name\": \"web\", \"version\": \"1.0.0\"}");
        Path diabetes = Files.copy(ROOT.resolve("samples/categorical-loss-single-unit/bad.json"), dir.resolve("diabetes-like.json"));
        Ran r = run(List.of(ROOT.resolve(entry).toString(), diabetes.toString(), other.toString()), Map.of());
        assertEquals(1, r.code(), r.output());
        assertTrue(r.output().contains("categorical-loss-single-unit") && r.output().contains("1 not a model (skipped)"), r.output());

        Ran clean = run(List.of(ROOT.resolve(entry).toString(), ROOT.resolve("samples/categorical-loss-single-unit/good.json").toString(), other.toString()), Map.of());
        assertEquals(0, clean.code(), clean.output());

        // training code too; a file of an excluded folder (a virtualenv's Python 2) is left out as ruff's hook leaves it
        Path repo = ROOT.resolve("engine/src/test/resources/repositories/tabular-classifier");
        Ran python = run(List.of(ROOT.resolve(entry).toString(), repo.resolve("src/tabclf/train.py").toString(),
                repo.resolve("venv/lib/python3.11/site-packages/oldlib/losses.py").toString()), Map.of());
        assertEquals(1, python.code(), python.output());
        assertTrue(python.output().contains("LA007 probabilities-to-logits-loss"), python.output());
        assertEquals(0, run(List.of(ROOT.resolve(entry).toString(), other.toString()), Map.of()).code(), "a commit of no model passes");
    }
}
