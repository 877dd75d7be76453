package dev.lossadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lossadvisor.engine.findings.Finding;
import dev.lossadvisor.engine.findings.Severity;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.input.ModelDescription;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The real Keras files users keep (shared/real-models/keras, from public repositories; SOURCES.md says what each
 * model is): each is read and linted as the committed table says. The table's rows were checked by hand against
 * SOURCES.md (task, final layer, loss as the model's authors wrote them), not copied from the tool's output.
 */
class RealModelsTest {
    static final Path CORPUS = Path.of(System.getProperty("real.models.dir", "../../shared/real-models/keras"));

    /** One row: file → outcome | format | units activation | loss | task | findings (sorted). */
    static Map<String, String> expected() throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        try (InputStream in = RealModelsTest.class.getResourceAsStream("/real-models/expected.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                int tab = line.indexOf('\t');
                rows.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return rows;
    }

    static String actual(Path file) {
        try {
            List<String> heads = new ArrayList<>();
            for (ModelDescription d : Fixtures.ADVISOR.read(file)) {
                ValidationReport r = Fixtures.ADVISOR.validate(d);
                String findings = r.findings().stream().map(Finding::rule).collect(Collectors.toCollection(TreeSet::new)).toString();
                heads.add(String.join("\t", "linted", d.contents().format(),
                        d.output() == null ? "-" : d.output().units() + " " + d.output().activation(),
                        d.loss() == null ? "-" : d.loss().name(), r.advice() == null ? "-" : r.advice().task(), findings));
            }
            return String.join(" || ", heads);
        } catch (InputException e) {
            return (e.notAModel() ? "not-a-model\t" : "unreadable\t") + e.problem();
        }
    }

    private static void assumeCorpus() {
        // CI always has shared/ beside the clone; a developer without it is told, not failed
        assumeTrue(Files.isDirectory(CORPUS) || System.getenv("CI") != null, "no corpus at " + CORPUS.toAbsolutePath());
    }

    @TestFactory
    Stream<DynamicTest> everyRealFileIsReadAndLintedAsExpected() throws IOException {
        assumeCorpus();
        Map<String, String> expected = expected();
        return expected.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () ->
                assertEquals(e.getValue(), actual(CORPUS.resolve(e.getKey())))));
    }

    @Test
    void theTableCoversEveryFileOfTheCorpus() throws IOException {
        assumeCorpus();
        List<String> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> !n.equals("SOURCES.md")).sorted().toList();
        }
        assertEquals(files, expected().keySet().stream().sorted().toList());
    }

    /** A model saved as .h5 and as .keras from the same training run gives the same findings. */
    @Test
    void hdf5AndArchiveTwinsAgree() {
        assumeCorpus();
        for (String twin : List.of("churn-404", "obesity", "rain", "gradadmit")) {
            String h5 = actual(CORPUS.resolve(twin + ".h5")).replace("keras-h5", "FORMAT");
            String keras = actual(CORPUS.resolve(twin + ".keras")).replace("keras-archive", "FORMAT");
            assertEquals(keras, h5, twin);
        }
    }

    /** Dense(1, sigmoid) under categorical_crossentropy: Keras renormalises the one value to 1, the loss is 0, nothing trains. */
    @Test
    void theDiabetesModelIsAnError() {
        assumeCorpus();
        ValidationReport r = Fixtures.ADVISOR.validate(Fixtures.ADVISOR.read(CORPUS.resolve("diabetes.keras")).get(0));
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("categorical-loss-single-unit") && f.severity() == Severity.ERROR), r.toString());
    }

    /** No task is inferred for it (SOURCES.md: Dense(1, sigmoid) under categorical_crossentropy): the JSON says what was read. */
    @Test
    void theJsonOfASingleOutputFileSaysWhatWasRead() {
        assumeCorpus();
        ValidationReport r = Fixtures.ADVISOR.validate(Fixtures.ADVISOR.read(CORPUS.resolve("diabetes.keras")).get(0));
        com.fasterxml.jackson.databind.JsonNode json = dev.lossadvisor.engine.report.JsonReport.report(r);
        assertTrue(json.path("task").isMissingNode(), json.toString());
        assertEquals("1 unit, sigmoid → categorical_crossentropy", json.path("head").asText());
    }
}
