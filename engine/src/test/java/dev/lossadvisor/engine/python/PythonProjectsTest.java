package dev.lossadvisor.engine.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lossadvisor.engine.Fixtures;
import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.engine.Suppressed;
import dev.lossadvisor.engine.ValidationReport;
import dev.lossadvisor.engine.findings.Finding;
import dev.lossadvisor.engine.findings.Severity;
import dev.lossadvisor.engine.input.ModelDescription;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus of small multi-file training projects (src/test/resources/python-projects): each project's
 * expected.txt lists the findings it must give, "rule file:line" ("rule train.ipynb:cell 4:7" in a notebook), or "clean";
 * nothing else may fire. Its .py files and its notebooks are linted. The bugs are
 * the ones found in public repositories (softmax into CrossEntropyLoss or NLLLoss, sigmoid into BCEWithLogitsLoss,
 * softmax + MSE on one-hot targets), each in the layout real projects use, and the clean ones are their look-alikes.
 */
class PythonProjectsTest {
    static final Path CORPUS = Path.of("src/test/resources/python-projects");

    static List<Path> projects() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    @Test
    void theCorpusIsBigEnoughAndHasCleanProjects() throws IOException {
        List<Path> all = projects();
        long clean = all.stream().filter(p -> read(p).equals(List.of("clean"))).count();
        assertTrue(all.size() >= 150, all.size() + " projects");
        assertTrue(clean >= 75, clean + " clean projects");
    }

    @TestFactory
    Stream<DynamicTest> eachProjectGivesExactlyItsExpectedFindings() throws IOException {
        return projects().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            List<String> expected = read(p).equals(List.of("clean")) ? List.of() : read(p);
            List<String> said = new ArrayList<>();
            List<String> found = found(p, said);
            assertEquals(new TreeSet<>(expected), new TreeSet<>(found));
            // two outputs trained on one set of labels give two findings at the labels, told apart by their messages
            assertEquals(new TreeSet<>(said).size(), said.size(), "a finding repeated: " + said);
        }));
    }

    /**
     * "rule file:line" for each error or warning, "suppressed rule" for each suppressed finding; {@code said} gets each
     * one with its message.
     */
    static List<String> found(Path project, List<String> said) throws IOException {
        List<String> out = new ArrayList<>();
        for (ValidationReport r : reports(project)) {
            for (Finding f : r.findings()) {
                if (f.severity() == Severity.INFO) continue;
                out.add(f.rule() + " " + where(project, f.path()));
                said.add(out.get(out.size() - 1) + " " + f.message());
            }
            for (Suppressed s : r.suppressed()) {
                out.add("suppressed " + s.finding().rule());
                said.add(out.get(out.size() - 1) + " " + s.finding().message());
            }
        }
        return out;
    }

    static List<ValidationReport> reports(Path project) throws IOException {
        List<ValidationReport> reports = new ArrayList<>();
        java.util.Set<String> reported = new java.util.HashSet<>();
        List<Path> files = new ArrayList<>(PythonSources.filesUnder(project));
        files.addAll(notebooks(project));
        for (PythonSources.Outcome o : LossAdvisor.lintPython(project, files)) {
            assertEquals(null, o.problem(), o.file() + " reads");
            for (ModelDescription d : o.descriptions()) reports.add(Fixtures.ADVISOR.validate(d).withoutRepeats(reported));
        }
        return reports;
    }

    /** The project's Jupyter notebooks, linted as the CLI lints them (a finding in one is at "train.ipynb:cell 7:3"). */
    private static List<Path> notebooks(Path project) throws IOException {
        try (Stream<Path> s = Files.walk(project)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".ipynb") && Files.isRegularFile(f)).sorted().toList();
        }
    }

    /** A place relative to the project, without the column. */
    private static String where(Path project, String place) {
        String rel = place.startsWith(project.toString() + "/") ? place.substring(project.toString().length() + 1) : place;
        return rel.replaceAll(":\\d+$", "");
    }

    private static List<String> read(Path project) {
        try {
            return Files.readAllLines(project.resolve("expected.txt")).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
