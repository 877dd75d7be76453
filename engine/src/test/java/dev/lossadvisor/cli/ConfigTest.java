package dev.lossadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lossadvisor.engine.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Project config, command-line rule selection and inline suppressions. */
class ConfigTest {
    static final String IMBALANCE = Fixtures.SAMPLES.resolve("class-imbalance/bad.json").toString();
    static final String SOFTMAX = Fixtures.SAMPLES.resolve("softmax-single-unit/bad.json").toString();

    static JsonNode json(CliTest.Run r) throws Exception {
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void ignoreByNameOrCode() throws Exception {
        assertEquals(0, json(CliTest.run("lint", "--format", "json", "--ignore", "class-imbalance", IMBALANCE)).get("findings").size());
        assertEquals(0, json(CliTest.run("lint", "--format", "json", "--ignore", "LA018", IMBALANCE)).get("findings").size());
    }

    @Test
    void selectKeepsOnlyTheNamedRules() throws Exception {
        JsonNode findings = json(CliTest.run("lint", "--format", "json", "--select", "prefer-from-logits", SOFTMAX)).get("findings");
        assertEquals(0, findings.size(), "softmax-single-unit is not selected, and prefer-from-logits does not fire here");
    }

    @Test
    void severityOverrideChangesTheExitCode() {
        assertEquals(0, CliTest.run("lint", IMBALANCE).code());
        assertEquals(1, CliTest.run("lint", "--severity", "class-imbalance=error", IMBALANCE).code());
    }

    @Test
    void unknownRulesInFlagsAreBadInput() {
        CliTest.Run r = CliTest.run("lint", "--ignore", "no-such-rule", IMBALANCE);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no rule named 'no-such-rule'"), r.err());
    }

    @Test
    void rulesAreCheckedWhenNoFileHoldsAModel(@TempDir Path dir) throws Exception {
        // a hook's run over a commit's other files needs no rule base, but what names rules is still checked
        Path other = Files.writeString(dir.resolve("package.json"), "{\"name\": \"web\", \"version\": \"1.0.0\"}");
        assertEquals(0, CliTest.run("lint", "--skip-other-files", other.toString()).code());
        CliTest.Run flag = CliTest.run("lint", "--skip-other-files", "--ignore", "no-such-rule", other.toString());
        assertEquals(2, flag.code());
        assertTrue(flag.err().contains("no rule named 'no-such-rule'"), flag.err());
        Files.writeString(dir.resolve("loss-advisor.json"), "{\"select\": [\"no-such-rule\"]}");
        CliTest.Run config = CliTest.run("lint", "--skip-other-files", other.toString());
        assertEquals(2, config.code());
        assertTrue(config.err().contains("no-such-rule"), config.err());
    }

    @Test
    void projectConfigFile(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("loss-advisor.json");
        Files.writeString(config, "{\"severity\": {\"LA018\": \"error\"}, \"fail_on\": \"error\"}");
        assertEquals(1, CliTest.run("lint", "--config", config.toString(), IMBALANCE).code());
        Files.writeString(config, "{\"ignore\": [\"class-imbalance\"], \"fail_on\": \"info\"}");
        assertEquals(0, CliTest.run("lint", "--config", config.toString(), IMBALANCE).code());
        String consistent = Fixtures.SAMPLES.resolve("prefer-from-logits/bad.json").toString();
        assertEquals(0, CliTest.run("lint", "--config", config.toString(), "--fail-on", "info", consistent).code(), "prefer-from-logits is opt-in");
        Files.writeString(config, "{\"extend_select\": [\"prefer-from-logits\"], \"fail_on\": \"info\"}");
        assertEquals(1, CliTest.run("lint", "--config", config.toString(), consistent).code());
    }

    /** Opinionated rules run only when asked for, as ruff keeps them out of its default set. */
    @Test
    void optInRulesRunOnlyWhenSelectedOrExtended() throws Exception {
        String consistent = Fixtures.SAMPLES.resolve("prefer-from-logits/bad.json").toString();
        assertEquals(0, json(CliTest.run("lint", "--format", "json", consistent)).get("findings").size());
        JsonNode extended = json(CliTest.run("lint", "--format", "json", "--extend-select", "prefer-from-logits", SOFTMAX)).get("findings");
        assertEquals(List.of("softmax-single-unit"), rules(extended), "the default set still runs beside the extension");
        JsonNode both = json(CliTest.run("lint", "--format", "json", "--extend-select", "LA022", consistent)).get("findings");
        assertEquals(List.of("prefer-from-logits"), rules(both));
        assertTrue(Fixtures.ADVISOR.rule("prefer-from-logits").orElseThrow().optIn());
        assertFalse(Fixtures.ADVISOR.rule("softmax-single-unit").orElseThrow().optIn());
    }

    private static List<String> rules(JsonNode findings) {
        List<String> out = new java.util.ArrayList<>();
        findings.forEach(f -> out.add(f.get("rule").asText()));
        return out;
    }

    @Test
    void badConfigNamesTheField(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("cfg.json");
        Files.writeString(config, "{\"ignore\": \"soft-labels\"}");
        CliTest.Run r = CliTest.run("lint", "--config", config.toString(), IMBALANCE);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("/ignore"), r.err());
    }

    @Test
    void inlineSuppressionNeedsAReasonAndIsReported(@TempDir Path dir) throws Exception {
        String bad = Files.readString(Path.of(IMBALANCE));
        Path file = dir.resolve("suppressed.json");
        Files.writeString(file, bad.replaceFirst("\\{", "{\"suppress\": [{\"rule\": \"class-imbalance\", \"reason\": \"the sampler rebalances batches\"}],"));
        JsonNode out = json(CliTest.run("lint", "--format", "json", file.toString()));
        assertEquals(0, out.get("findings").size());
        assertEquals("the sampler rebalances batches", out.get("files").get(0).get("suppressed").get(0).get("reason").asText());
        assertEquals(1, out.get("summary").get("suppressed").asInt());

        Files.writeString(file, bad.replaceFirst("\\{", "{\"suppress\": [{\"rule\": \"class-imbalance\"}],"));
        CliTest.Run noReason = CliTest.run("lint", file.toString());
        assertEquals(2, noReason.code());
        assertTrue(noReason.out().contains("/suppress/0/reason: missing"), noReason.out());
    }
}
