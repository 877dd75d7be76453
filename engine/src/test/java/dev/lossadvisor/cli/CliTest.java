package dev.lossadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lossadvisor.engine.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    static String sample(String rel) {
        return Fixtures.SAMPLES.resolve(rel).toString();
    }

    @Test
    void cleanFileExitsZero() {
        Run r = run("lint", sample("mse-for-classification/good.json"));
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("1 file: 1 linted; 0 errors, 0 warnings, 0 info"), r.out());
    }

    @Test
    void errorsExitOneAndWarningsOnlyWithFailOnWarning() {
        assertEquals(1, run("lint", sample("softmax-single-unit/bad.json")).code());
        assertEquals(0, run("lint", sample("mse-for-classification/bad.json")).code(), "a warning alone passes at the default --fail-on error");
        assertEquals(1, run("lint", "--fail-on", "warning", sample("mse-for-classification/bad.json")).code());
        assertEquals(0, run("lint", "--fail-on", "never", sample("softmax-single-unit/bad.json")).code());
    }

    @Test
    void jsonOutputListsFindingsWithTheirFields() throws Exception {
        Run r = run("lint", "--format", "json", sample("softmax-single-unit/bad.json"));
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode f = root.get("findings").get(0);
        assertEquals("softmax-single-unit", f.get("rule").asText());
        assertEquals("LA003", f.get("code").asText());
        assertEquals("error", f.get("severity").asText());
        assertEquals("/output/units", f.get("path").asText());
        assertFalse(f.get("message").asText().isBlank());
        assertFalse(f.get("fix").asText().isBlank());
        assertEquals(1, root.get("summary").get("errors").asInt());
    }

    @Test
    void lintingTheSamplesDirectoryCoversEveryFile() throws Exception {
        Run r = run("lint", "--format", "json", Fixtures.SAMPLES.toString());
        JsonNode root = new ObjectMapper().readTree(r.out());
        long files;
        try (var walk = Files.walk(Fixtures.SAMPLES)) {
            files = walk.filter(Files::isRegularFile).count();
        }
        assertEquals(files, root.get("summary").get("files").asLong());
        assertEquals(files, root.get("summary").get("linted").asLong(), "every sample is a model file of some format");
        assertEquals(0, root.get("errors").size());
        assertEquals(1, r.code());
    }

    @Test
    void badInputIsOneLineNamingThePathAndExitsTwo(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"framework\": \"keras\", \"output\": {\"units\": -3}, \"loss\": \"mse\"}");
        Run r = run("lint", bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.out().contains("/output/units: must be between 1 and 10000000, got -3"), r.out());
        assertFalse(r.out().contains("Exception") || r.err().contains("Exception") || r.out().contains("\tat "), r.out() + r.err());
    }

    @Test
    void missingFileExitsTwo() {
        Run r = run("lint", "no/such/file.json");
        assertEquals(2, r.code());
        assertTrue(r.out().contains("no such file"), r.out());
        // a Python file too: the reader's exception message is the path alone
        Run py = run("lint", "no/such/train.py");
        assertEquals(2, py.code());
        assertTrue(py.out().contains("(document): no such file"), py.out());
    }

    @Test
    void unknownOptionExitsTwo() {
        assertEquals(2, run("lint", "--colour", "x.json").code());
    }

    @Test
    void rulesListsEveryRule() {
        Run r = run("rules");
        assertEquals(0, r.code());
        assertEquals(Fixtures.ADVISOR.rules().size(), r.out().lines().count());
        assertTrue(r.out().contains("LA001  mse-for-classification"), r.out());
    }

    @Test
    void ruleDocHasItsFourSectionsAndSamples() {
        Run r = run("rules", "hinge-needs-signed-labels");
        assertEquals(0, r.code(), r.err());
        for (String section : new String[] {"What it does", "Why is this bad?", "Example", "Use instead"}) {
            assertTrue(r.out().contains(section), section + " missing:\n" + r.out());
        }
        assertTrue(r.out().contains("hingeLoss"), "the bad sample is shown");
        assertEquals(2, run("rules", "no-such-rule").code());
    }

    @Test
    void recommendPrintsLossAndCode() {
        Run r = run("recommend", "--task", "multiclass", "--framework", "pytorch", "--classes", "10");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("nn.CrossEntropyLoss()"), r.out());
        assertTrue(r.out().contains("nn.Linear(in_features, 10)"), r.out());
        Run bad = run("recommend", "--task", "clustering");
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("error: /task: unknown value 'clustering'"), bad.err());
    }

    @Test
    void recommendFromALabelsFile(@TempDir Path dir) throws Exception {
        Path labels = dir.resolve("labels.json");
        Files.writeString(labels, "[[1, 0, 1], [0, 1, 1], [0, 0, 1]]");
        Run r = run("recommend", "--labels", labels.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals("multilabel", new ObjectMapper().readTree(r.out()).get("task").asText());
    }
}
