package dev.lossadvisor.cli;

import static dev.lossadvisor.cli.CliTest.run;
import static dev.lossadvisor.cli.CliTest.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lint over model files of every kind: every file accounted for, supplied losses and tasks, exit codes CI can trust. */
class LintModelFilesTest {
    static final String KERAS_NO_LOSS = """
        {"class_name": "Sequential", "keras_version": "2.10.0", "config": {"name": "digits", "layers": [
          {"class_name": "Dense", "config": {"name": "dense", "units": 64, "activation": "relu"}},
          {"class_name": "Dense", "config": {"name": "dense_1", "units": 10, "activation": "sigmoid"}}]}}""";

    @TempDir
    Path dir;

    static JsonNode json(CliTest.Run r) throws Exception {
        return new ObjectMapper().readTree(r.out());
    }

    static List<String> rules(JsonNode report) {
        List<String> out = new ArrayList<>();
        report.get("findings").forEach(f -> out.add(f.get("rule").asText()));
        return out;
    }

    @Test
    void aDirectoryAccountsForEveryFile() throws Exception {
        Files.copy(Path.of(sample("softmax-single-unit/good.json")), dir.resolve("model.json"));
        Files.copy(Path.of(sample("weights-only-file/bad.h5")), dir.resolve("weights.h5"));
        Files.writeString(dir.resolve("notes.md"), "# training notes\n");
        Files.write(dir.resolve("scaler.pkl"), new byte[] {(byte) 0x80, 4, (byte) 0x95, 0, 0});
        Files.writeString(dir.resolve("broken.keras"), "{\"class_name\": \"Sequential\", \"config\": "); // truncated JSON
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/config"), "[core]\n");
        CliTest.Run r = run("lint", "--format", "json", dir.toString());
        JsonNode summary = json(r).get("summary");
        assertEquals(5, summary.get("files").asInt(), r.out());
        assertEquals(2, summary.get("linted").asInt(), r.out());
        assertEquals(2, summary.get("skipped").asInt(), r.out());
        assertEquals(1, summary.get("unreadable").asInt(), r.out());
        assertEquals(2, r.code(), "an unreadable model file fails the run");

        CliTest.Run text = run("lint", dir.toString());
        assertTrue(text.out().contains("5 files: 2 linted, 2 not models (skipped), 1 unreadable"), text.out());
    }

    @Test
    void aDirectoryWithNoModelFileNeverPasses() throws Exception {
        Files.writeString(dir.resolve("README.md"), "nothing here\n");
        CliTest.Run r = run("lint", dir.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("no model file found"), r.err());
        assertEquals(2, run("lint", Files.createDirectories(dir.resolve("empty")).toString()).code());
    }

    @Test
    void aNamedFileThatIsNoModelIsAnError() throws Exception {
        Path pickle = Files.write(dir.resolve("model.h5"), new byte[] {(byte) 0x80, 4, (byte) 0x95, 0, 0});
        CliTest.Run r = run("lint", pickle.toString());
        assertEquals(2, r.code());
        assertTrue(r.out().contains("not a model file: looks like a Python pickle"), r.out());
        assertFalse(r.out().contains("malformed JSON"), r.out());
    }

    @Test
    void lossAndTaskSupplyWhatTheFileLacks() throws Exception {
        Path model = Files.writeString(dir.resolve("model.json"), KERAS_NO_LOSS);
        JsonNode plain = json(run("lint", "--format", "json", model.toString())).get("files").get(0);
        assertEquals(List.of("no-loss-recorded"), rules(plain), "10 sigmoid units and no loss: nothing more is certain");

        // the script compiled it with categorical_crossentropy: sigmoid outputs into a categorical loss
        CliTest.Run r = run("lint", "--format", "json", "--loss", "categorical_crossentropy", model.toString());
        JsonNode supplied = json(r).get("files").get(0);
        assertTrue(rules(supplied).contains("sigmoid-with-categorical-ce"), r.out());
        assertFalse(rules(supplied).contains("no-loss-recorded"), r.out());
        assertEquals(1, r.code());

        // a recorded loss wins over --loss
        JsonNode recorded = json(run("lint", "--format", "json", "--loss", "mse", sample("no-loss-recorded/good.json"))).get("files").get(0);
        assertFalse(rules(recorded).contains("mse-for-classification"), recorded.toString());

        CliTest.Run task = run("lint", "--format", "json", "--task", "multilabel", model.toString());
        assertEquals("multilabel", json(task).get("files").get(0).get("task").asText(), task.out());
        assertEquals(2, run("lint", "--task", "clustering", model.toString()).code(), "an unknown task is bad usage");
    }

    @Test
    void configEntriesSupplyLossesByPathGlob() throws Exception {
        Path models = Files.createDirectories(dir.resolve("models"));
        Files.writeString(models.resolve("digits.json"), KERAS_NO_LOSS);
        Files.writeString(models.resolve("other.json"), KERAS_NO_LOSS);
        Path config = Files.writeString(dir.resolve("loss-advisor.json"),
                "{\"files\": {\"**/digits.json\": {\"loss\": \"categorical_crossentropy\", \"task\": \"multiclass\"}}}");
        JsonNode out = json(run("lint", "--format", "json", "--config", config.toString(), models.toString()));
        JsonNode digits = out.get("files").get(0);
        JsonNode other = out.get("files").get(1);
        assertTrue(digits.get("file").asText().endsWith("digits.json"));
        assertTrue(rules(digits).contains("sigmoid-with-categorical-ce"), digits.toString());
        assertEquals("multiclass", digits.get("task").asText());
        assertEquals(List.of("no-loss-recorded"), rules(other), "the glob matches one file only");

        Path bad = Files.writeString(dir.resolve("bad-config.json"), "{\"files\": {\"*.json\": {\"loss\": \"mse\", \"units\": 3}}}");
        CliTest.Run r = run("lint", "--config", bad.toString(), models.toString());
        assertEquals(2, r.code());
        assertTrue((r.out() + r.err()).contains("unknown field 'units'"), r.out() + r.err());
    }

    @Test
    void aSavedModelDirectoryIsOneModel() throws Exception {
        Path real = Path.of(System.getProperty("real.models.dir", "../../shared/real-models/keras")).resolve("savedmodel-chengen");
        Assumptions.assumeTrue(Files.isDirectory(real) || System.getenv("CI") != null, "no corpus at " + real);
        CliTest.Run r = run("lint", "--format", "json", real.toString());
        JsonNode summary = json(r).get("summary");
        assertEquals(1, summary.get("files").asInt(), r.out());
        assertEquals("multiclass", json(r).get("files").get(0).get("task").asText());
    }

    @Test
    void multiOutputModelsReportEachHead() {
        CliTest.Run r = run("lint", sample("categorical-loss-single-unit/bad-two-heads.json"));
        assertTrue(r.out().contains("bad-two-heads.json [diabetic]"), r.out());
        assertTrue(r.out().contains("categorical-loss-single-unit"), r.out());
        assertFalse(r.out().contains("bad-two-heads.json [age]"), "the regression head is clean: " + r.out());
        assertTrue(r.out().contains("1 file: 1 linted"), r.out());
        assertEquals(1, r.code());
    }
}
