package dev.lossadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lossadvisor.engine.capture.CaptureHooks;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs real training scripts under Debian's python3-torch with 'capture': each loss call line says with
 * '# expect: CODES' (or 'clean') what the capture must report there, and '# expect-output: CODE' where the finding
 * about the output must point. Skipped, saying so, when /usr/bin/python3 cannot import torch and torchvision.
 */
class CaptureTest {
    static final Path PYTORCH = Path.of("src/test/resources/capture/pytorch").toAbsolutePath();
    static final String PYTHON = "/usr/bin/python3";
    private static final Pattern EXPECT = Pattern.compile("# expect: ([A-Z0-9,]+|clean)(?: if (\\w+))?");
    private static final Pattern EXPECT_OUTPUT = Pattern.compile("# expect-output: (LA\\d+)");

    record Run(int code, JsonNode report, String err) {}

    @BeforeAll
    static void torchPresent() throws Exception {
        boolean present = Files.isExecutable(Path.of(PYTHON))
                && new ProcessBuilder(PYTHON, "-c", "import torch, torchvision").redirectErrorStream(true).start().waitFor() == 0;
        Assumptions.assumeTrue(present, "skipped: " + PYTHON + " cannot import torch and torchvision (apt-get install -y python3-torch python3-torchvision)");
    }

    static Run capture(Path out, String then, String... command) throws IOException {
        List<String> args = new ArrayList<>(List.of("capture", "--out", out.toString(), "--then", then, "--format", "json", "--"));
        args.addAll(List.of(command));
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(o), new PrintWriter(e));
        String text = o.toString();
        return new Run(code, text.isBlank() ? null : new ObjectMapper().readTree(text), e.toString());
    }

    /** The rule codes reported per call-site line of a file, from the JSON report (every captured site is present). */
    static Map<Integer, Set<String>> bySite(JsonNode report, String file) {
        Map<Integer, Set<String>> got = new TreeMap<>();
        Pattern head = Pattern.compile(".* at (.+):(\\d+)");
        for (JsonNode f : report.path("files")) {
            Matcher m = head.matcher(f.path("head").asText());
            if (!m.matches() || !m.group(1).endsWith(file)) continue;
            Set<String> codes = got.computeIfAbsent(Integer.parseInt(m.group(2)), k -> new TreeSet<>());
            f.path("findings").forEach(x -> codes.add(x.path("code").asText()));
        }
        return got;
    }

    /** What the script's comments expect per line, for the variant named by the first argument. */
    static Map<Integer, Set<String>> expected(Path script, String variant) throws IOException {
        Map<Integer, Set<String>> want = new TreeMap<>();
        List<String> lines = Files.readAllLines(script);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = EXPECT.matcher(lines.get(i));
            if (!m.find()) continue;
            boolean applies = m.group(2) == null || m.group(2).equals(variant);
            Set<String> codes = m.group(1).equals("clean") || !applies ? Set.of() : Set.of(m.group(1).split(","));
            want.put(i + 1, new TreeSet<>(codes));
        }
        return want;
    }

    @Test
    void everyLossOfTheZooIsReportedAtItsCallSiteAndTheRunIsUntouched(@TempDir Path tmp) throws Exception {
        Path zoo = PYTORCH.resolve("zoo.py");
        Path plain = tmp.resolve("plain.txt");
        Path captured = tmp.resolve("captured.txt");
        assertEquals(0, new ProcessBuilder(PYTHON, zoo.toString(), plain.toString()).inheritIO().start().waitFor());
        Run r = capture(tmp.resolve("out"), "continue", PYTHON, zoo.toString(), captured.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals(expected(zoo, null), bySite(r.report(), "zoo.py"), r.err());
        // hooks change no value, no graph and no random stream: the same losses and the same next draws
        assertEquals(Files.readString(plain), Files.readString(captured));
        assertTrue(r.err().contains("exited 0;") && r.err().contains("exit code 1 from the lint"), r.err());
    }

    @Test
    void tupleOutputsAndALossFromARegistryArePlacedAtTheProducingLayer(@TempDir Path tmp) throws Exception {
        Path project = PYTORCH.resolve("registry-project");
        for (String head : List.of("softmax", "linear")) {
            Run r = capture(tmp.resolve(head), "stop", PYTHON, project.resolve("train.py").toString(), head);
            assertEquals(expected(project.resolve("train.py"), head), bySite(r.report(), "train.py"), head + ": " + r.err());
            assertEquals(head.equals("softmax") ? 1 : 0, r.code(), r.err());
            assertTrue(r.err().contains("was stopped after 3 batch(es)"), r.err());
            if (head.equals("softmax")) {
                JsonNode finding = r.report().path("findings").get(0);
                assertTrue(finding.path("path").asText().endsWith("model.py:" + outputLine(project.resolve("model.py")) + ":1"), finding.toString());
                assertTrue(finding.path("message").asText().contains("came from Softmax (head.1)"), finding.toString());
            }
        }
    }

    @Test
    void theProgramsOwnExitStatusIsPassedThrough(@TempDir Path tmp) throws Exception {
        Path script = PYTORCH.resolve("getattr-project/train.py");
        // raw scores into BCELoss: torch raises on the first batch, the capture says why and keeps exit 1
        Run crashed = capture(tmp.resolve("a"), "stop", PYTHON, script.toString(), "identity");
        assertEquals(1, crashed.code(), crashed.err());
        assertEquals(expected(script, "identity"), bySite(crashed.report(), "train.py"));
        String message = crashed.report().path("findings").get(0).path("message").asText();
        assertTrue(message.contains("came from Scorer (the model) at ") && message.contains("train.py:" + outputLine(script) + ","), message);
        assertTrue(crashed.err().contains("exited 1; that is the exit code"), crashed.err());
        // a correct script that ends with exit 3 keeps it when it runs to its end
        Run three = capture(tmp.resolve("b"), "continue", PYTHON, script.toString(), "sigmoid", "3");
        assertEquals(3, three.code(), three.err());
        assertEquals(expected(script, "sigmoid"), bySite(three.report(), "train.py"));
    }

    @Test
    void aHookThatFailsIsReportedAndTheRunGoesOn(@TempDir Path tmp) throws Exception {
        Run r = capture(tmp.resolve("out"), "continue", PYTHON, PYTORCH.resolve("hook_failure.py").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("a hook failed while capturing mse_loss: RuntimeError: this tensor cannot be detached (the run went on)"), r.err());
        assertTrue(r.err().contains("no loss call could be captured"), r.err());
    }

    @Test
    void theSitecustomizeItShadowsStillRuns(@TempDir Path tmp) throws Exception {
        Path own = Files.createDirectories(tmp.resolve("own"));
        Files.writeString(own.resolve("sitecustomize.py"), "import builtins\nbuiltins.CHAINED = 'yes'\n");
        try (CaptureHooks hooks = CaptureHooks.unpack()) {
            ProcessBuilder pb = new ProcessBuilder(PYTHON, "-c", "import builtins, sys; print(getattr(builtins, 'CHAINED', 'no'), 'loss_advisor_capture' in sys.modules)");
            pb.environment().put("PYTHONPATH", hooks.dir() + ":" + own);
            pb.environment().put("LOSS_ADVISOR_CAPTURE_DIR", tmp.resolve("out").toString());
            Process p = pb.redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            assertEquals(0, p.waitFor(), out);
            assertEquals("yes True", out);
        }
    }

    @Test
    void aCommandThatCannotStartIsOneLine(@TempDir Path tmp) throws Exception {
        Run r = capture(tmp.resolve("out"), "stop", tmp.resolve("no-such-python").toString(), "train.py");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: " + tmp.resolve("no-such-python") + ": cannot run it: no such program") && r.err().strip().lines().count() == 1, r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    /**
     * Keras 3 under the JAX backend, where a Python that has it is found: $KERAS_PYTHON, else python3 on the PATH.
     * The image's wheel store installs one: pip install --no-index --find-links /opt/pypi/files keras jax.
     */
    @Test
    void kerasFitAndACustomLoopAreCaptured(@TempDir Path tmp) throws Exception {
        keras(tmp, "jax", "keras", "softmax", "linear");
    }

    /**
     * tf.keras under the TensorFlow backend: a loss object in fit() and in a GradientTape step compiled by tf.function
     * (traced once fit's call site was done: its next calls run eagerly, at the user's line), where $KERAS_PYTHON (else
     * python3) has TensorFlow.
     */
    @Test
    void tensorflowFitAndAGradientTapeLoopAreCaptured(@TempDir Path tmp) throws Exception {
        keras(tmp, "tensorflow", "tensorflow", "sigmoid", "linear");
    }

    /** Captures resources/capture/BACKEND/train.py with a wrong head (findings, exit 1) and a right one (clean, exit 0); skipped, saying so, without the backend. */
    private static void keras(Path tmp, String backend, String folder, String wrong, String right) throws Exception {
        String python = System.getenv().getOrDefault("KERAS_PYTHON", "python3");
        boolean present;
        try {
            present = new ProcessBuilder("env", "KERAS_BACKEND=" + backend, python, "-c", "import keras, " + backend).redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            present = false;
        }
        Assumptions.assumeTrue(present, "skipped: " + python + " cannot import keras and " + backend + " (set KERAS_PYTHON to a Python that can)");
        Path script = PYTORCH.resolveSibling(folder).resolve("train.py");
        for (String head : List.of(wrong, right)) {
            Run r = capture(tmp.resolve(head), "continue", "env", "KERAS_BACKEND=" + backend, python, script.toString(), head);
            assertEquals(expected(script, head), bySite(r.report(), "train.py"), head + ": " + r.err());
            assertEquals(head.equals(wrong) ? 1 : 0, r.code(), r.err());
        }
    }

    /** The README's worked example, run as the README shows it (with Debian's Python for python3). */
    @Test
    void theReadmeExamplePrintsWhatTheReadmeSays(@TempDir Path tmp) throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        Matcher m = Pattern.compile("    \\$ (\\./loss-advisor capture [^\\n]+)\\n((?:    [^\\n]*\\n|\\n)+?)\\n(?!    )").matcher(readme);
        assertTrue(m.find(), "no capture example in the README");
        List<String> args = new ArrayList<>(List.of(m.group(1).substring("./loss-advisor ".length()).split(" ")));
        args.replaceAll(a -> a.equals("python3") ? PYTHON : a.startsWith("engine/") ? Path.of("..").resolve(a).toString() : a);
        args.addAll(1, List.of("--out", tmp.toString(), "--color", "never"));
        StringWriter o = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(o), new PrintWriter(new StringWriter()));
        String shown = m.group(2).lines().map(l -> l.startsWith("    ") ? l.substring(4) : l).collect(java.util.stream.Collectors.joining("\n")).strip();
        assertEquals(shown, o.toString().strip());
        assertEquals(1, code);
    }

    static int outputLine(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) if (EXPECT_OUTPUT.matcher(lines.get(i)).find()) return i + 1;
        throw new AssertionError("no expect-output line in " + file);
    }
}
