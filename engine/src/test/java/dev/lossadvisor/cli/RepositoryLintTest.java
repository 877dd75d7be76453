package dev.lossadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repository linted as ruff lints one: git's ignore rules and the default excludes, pyproject config found
 * upwards, files that are no model skipped, suppression comments, and the CI conventions.
 */
class RepositoryLintTest {
    static final Path REPO = Path.of("src/test/resources/repositories/tabular-classifier");
    static final String SOFTMAX_MODEL = """
            import torch
            from torch import nn


            class Net(nn.Module):
                def __init__(self):
                    super().__init__()
                    self.fc = nn.Linear(16, 4)

                def forward(self, x):
                    return torch.softmax(self.fc(x), dim=1)


            model = Net()
            criterion = nn.CrossEntropyLoss()%s
            loss = criterion(model(torch.randn(2, 16)), torch.tensor([0, 3]))
            """;

    static JsonNode json(CliTest.Run r) throws Exception {
        return new ObjectMapper().readTree(r.out());
    }

    static List<String> files(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get("file").asText()));
        return out;
    }

    @Test
    void theRepositoryLintsToItsOneFindingWithExit1() throws Exception {
        CliTest.Run r = CliTest.run("lint", "--format", "json", REPO.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        JsonNode report = json(r);
        JsonNode findings = report.get("findings");
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("LA007", findings.get(0).get("code").asText());
        assertEquals(REPO.resolve("src/tabclf/model.py") + ":21:16", findings.get(0).get("path").asText());
        assertEquals(0, report.get("summary").get("unreadable").asInt(), report.toString());
        List<String> skipped = files(report.get("skipped"));
        for (String kind : List.of("configs/hparams.yaml", "templates/model_card.json", "templates/report.html", "reports/summary.json", "reports/history.json")) {
            assertTrue(skipped.contains(REPO.resolve(kind).toString()), kind + " is skipped as no model: " + skipped);
        }
        String all = r.out();
        for (String excluded : List.of("venv/", ".venv/", "build/", "scratch/", "outputs/", ".ipynb_checkpoints")) {
            assertFalse(all.contains(REPO + "/" + excluded), excluded + " is excluded: " + all);
        }
        assertTrue(all.contains("notebooks/explore.ipynb"), "the notebook is linted (and clean)");
    }

    @Test
    void verboseSaysWhichConfig() {
        CliTest.Run r = CliTest.run("lint", "-v", REPO.resolve("src").toString());
        assertTrue(r.err().contains("config " + REPO.toAbsolutePath().normalize().resolve("pyproject.toml") + " [tool.loss-advisor]"), r.err());
    }

    @Test
    void aFileNamedOnTheCommandLineIsAlwaysLinted() throws Exception {
        Path scratch = REPO.resolve("scratch/try_mse.py");
        CliTest.Run r = CliTest.run("lint", "--format", "json", scratch.toString());
        assertEquals(1, r.code(), "excluded from searches, linted when named: " + r.out());
        assertEquals(2, CliTest.run("lint", "--force-exclude", scratch.toString()).code(), "with --force-exclude nothing is left to lint");
    }

    @Test
    void gitIgnoreRulesAreGitsOwn(@TempDir Path dir) throws Exception {
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo.resolve(".git/info"));
        Files.createDirectories(repo.resolve("models/old"));
        Files.createDirectories(repo.resolve("exports"));
        String bad = Files.readString(Path.of("../samples/mse-for-classification/bad.json"));
        Files.writeString(repo.resolve(".git/info/exclude"), "exports/\n");
        Files.writeString(repo.resolve(".gitignore"), "models/*.json\n!models/keep.json\n");
        Files.writeString(repo.resolve("models/.ignore"), "old/\n");
        for (String f : List.of("models/keep.json", "models/drop.json", "models/old/bad.json", "exports/bad.json", "venv/bad.json", "node_modules/x/bad.json")) {
            Files.createDirectories(repo.resolve(f).getParent());
            Files.writeString(repo.resolve(f), bad);
        }
        JsonNode report = json(CliTest.run("lint", "--format", "json", repo.toString()));
        assertEquals(List.of(repo.resolve("models/keep.json").toString()), files(report.get("findings")), "negation re-includes keep.json; the rest is ignored");
        JsonNode all = json(CliTest.run("lint", "--format", "json", "--exclude", "", repo.resolve("models").toString()));
        assertEquals(1, all.get("summary").get("files").asInt(), "the parent's .gitignore applies below it: " + all);
        Files.createDirectories(repo.resolve("dist"));
        Files.writeString(repo.resolve("dist/bad.json"), bad);
        JsonNode noDefaults = json(CliTest.run("lint", "--format", "json", "--exclude", "exports", repo.toString()));
        assertTrue(files(noDefaults.get("findings")).contains(repo.resolve("dist/bad.json").toString()), "--exclude replaces the default excludes");
        assertFalse(files(noDefaults.get("findings")).contains(repo.resolve("venv/bad.json").toString()), "but never lints installed code");
        Files.createDirectories(repo.resolve("py311"));
        Files.writeString(repo.resolve("py311/pyvenv.cfg"), "home = /usr/bin\n");
        Files.writeString(repo.resolve("py311/bad.json"), bad);
        assertEquals(List.of(repo.resolve("models/keep.json").toString()), files(json(CliTest.run("lint", "--format", "json", "--exclude", "", repo.toString()))
                .get("findings")).stream().filter(f -> !f.contains("/dist/")).toList(),
                "a virtualenv under any name is installed code, whatever the excludes");
        JsonNode extended = json(CliTest.run("lint", "--format", "json", "--extend-exclude", "keep.json", repo.toString()));
        assertEquals(2, CliTest.run("lint", "--extend-exclude", "keep.json", repo.toString()).code(), "nothing left: " + extended);
    }

    @Test
    void configIsFoundUpwardsAndTheFlagWins(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("proj");
        Files.createDirectories(project.resolve(".git"));
        Files.createDirectories(project.resolve("models"));
        Files.copy(Path.of("../samples/class-imbalance/bad.json"), project.resolve("models/fraud.json"));
        Files.writeString(project.resolve("pyproject.toml"), "[tool.loss-advisor]\nfail-on = \"warning\"\n");
        assertEquals(1, CliTest.run("lint", project.resolve("models").toString()).code(), "fail-on warning from the pyproject above");
        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"fail_on\": \"error\"}");
        assertEquals(0, CliTest.run("lint", "--config", other.toString(), project.resolve("models").toString()).code(), "--config wins");
        Files.writeString(project.resolve("pyproject.toml"), "[tool.loss-advisor]\nper-file-ignores = {\"models/*.json\" = [\"LA018\"]}\nfail-on = \"warning\"\n");
        assertEquals(0, CliTest.run("lint", project.resolve("models").toString()).code(), "per-file-ignores drops class-imbalance there");
        Files.writeString(project.resolve("pyproject.toml"), "[tool.loss-advisor]\nselect = [\"LA999\"]\n");
        CliTest.Run bad = CliTest.run("lint", project.resolve("models").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("pyproject.toml [tool.loss-advisor]: no rule named 'LA999'"), bad.err());
        Files.writeString(project.resolve("pyproject.toml"), "[tool.loss-advisor\n");
        assertTrue(CliTest.run("lint", project.resolve("models").toString()).err().contains("not valid TOML"), "a broken pyproject is one line");
    }

    @Test
    void suppressionCommentsByCodeNameOrNoqa(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("train.py");
        Files.writeString(f, SOFTMAX_MODEL.formatted(""));
        assertEquals(1, CliTest.run("lint", f.toString()).code());
        for (String comment : List.of("  # noqa: LA007", "  # noqa: E501, probabilities-to-logits-loss", "  # NOQA", "  # loss-advisor: ignore[LA007] baseline")) {
            Files.writeString(f, SOFTMAX_MODEL.formatted(comment));
            JsonNode r = json(CliTest.run("lint", "--format", "json", f.toString()));
            assertEquals(0, r.get("findings").size(), comment + ": " + r);
            assertEquals(1, r.get("summary").get("suppressed").asInt(), comment);
        }
        Files.writeString(f, SOFTMAX_MODEL.formatted("  # noqa: E501"));
        assertEquals(1, CliTest.run("lint", f.toString()).code(), "another tool's code silences nothing of ours");
    }

    @Test
    void aMisspeltSuppressionIsAWarningAtItsLineNotAnAbort(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("train.py");
        Files.writeString(f, SOFTMAX_MODEL.formatted("  # loss-advisor: ignore[probabilities-to-logit-loss] baseline"));
        CliTest.Run r = CliTest.run("lint", "--format", "json", f.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        JsonNode findings = json(r).get("findings");
        List<String> codes = new ArrayList<>();
        findings.forEach(x -> codes.add(x.get("code").asText() + " " + x.get("path").asText()));
        assertTrue(codes.contains("LA045 " + f + ":15:59"), codes.toString());
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("LA007 ")), "the misspelt suppression silences nothing: " + codes);
    }

    @Test
    void unusedSuppressionsAreOptIn(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("train.py");
        Files.writeString(f, SOFTMAX_MODEL.formatted("  # loss-advisor: ignore[LA007, soft-labels] reviewed").replace("torch.softmax(self.fc(x), dim=1)", "self.fc(x)"));
        assertEquals(0, json(CliTest.run("lint", "--format", "json", f.toString())).get("findings").size());
        JsonNode on = json(CliTest.run("lint", "--format", "json", "--extend-select", "unused-suppression", f.toString())).get("findings");
        assertEquals(2, on.size(), on.toString());
        assertEquals("LA046", on.get(0).get("code").asText());
        assertEquals(java.util.Set.of(f + ":15:59", f + ":15:66"), java.util.Set.of(on.get(0).get("path").asText(), on.get(1).get("path").asText()),
                "each at its rule's name in the comment");
    }

    @Test
    void ciConventions() throws Exception {
        Path train = REPO.resolve("src");
        CliTest.Run github = CliTest.run("lint", "--output-format", "github", train.toString());
        assertEquals(1, github.code());
        assertTrue(github.out().startsWith("::error file=" + REPO.resolve("src/tabclf/model.py") + ",line=21,col=16,title=LA007 probabilities-to-logits-loss::LA007 "),
                github.out());
        CliTest.Run stats = CliTest.run("lint", "--statistics", train.toString());
        assertTrue(stats.out().matches("(?s)1\\tLA007\\terror\\s+probabilities-to-logits-loss\\n"), stats.out());
        assertEquals(0, CliTest.run("lint", "--exit-zero", train.toString()).code());
        assertEquals(1, CliTest.run("lint", "--select", "LA0", train.toString()).code(), "LA0 selects LA001-LA099");
        assertEquals(0, CliTest.run("lint", "--select", "LA01", train.toString()).code(), "LA01 does not select LA007");
        assertEquals(0, CliTest.run("lint", "--ignore", "la00", train.toString()).code());
    }

    @Test
    void aDirectoryOfNonModelsStillExits2(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("hparams.yaml"), "{}\n");
        Files.writeString(dir.resolve("index.json"), "{% include 'x' %}\n");
        Files.writeString(dir.resolve("stats.json"), "{\"layers\": [{\"name\": \"fc\"}]}");
        Files.writeString(dir.resolve("hparams.json"), "{\"loss\": \"cross_entropy\", \"optimizer\": \"adam\", \"epochs\": 10}");
        CliTest.Run r = CliTest.run("lint", dir.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.out().contains("4 files: 0 linted, 4 not models (skipped)"), r.out());
        assertEquals(2, CliTest.run("lint", dir.resolve("stats.json").toString()).code(), "a named file that is no model stays an error");
        Files.writeString(dir.resolve("model.json"), "{\"class_name\": \"Sequential\", \"config\": {\"layers\": [");
        CliTest.Run damaged = CliTest.run("lint", dir.toString());
        assertEquals(2, damaged.code());
        assertTrue(damaged.out().contains("1 unreadable"), "a damaged model stays unreadable in a search: " + damaged.out());
    }
}
