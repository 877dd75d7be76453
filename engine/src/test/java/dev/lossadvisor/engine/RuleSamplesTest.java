package dev.lossadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lossadvisor.engine.findings.Finding;
import dev.lossadvisor.engine.findings.RuleInfo;
import dev.lossadvisor.engine.findings.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule is proven by its samples, like ESLint's RuleTester: samples/RULE/bad* must fire RULE, samples/RULE/good*
 * must not, and good samples carry no error or warning at all. A sample is any model file lint reads (a description,
 * Keras JSON, HDF5), read through the same entry point; every output of a model counts.
 */
class RuleSamplesTest {

    @TestFactory
    Stream<DynamicTest> everyBadSampleFiresItsRule() throws IOException {
        return samples("bad").map(p -> DynamicTest.dynamicTest(p.getParent().getFileName() + "/" + p.getFileName(), () -> {
            String rule = p.getParent().getFileName().toString();
            List<String> fired = firedRules(p);
            assertTrue(fired.contains(rule), () -> rule + " did not fire on " + p + "; fired: " + fired);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyGoodSampleStaysSilent() throws IOException {
        return samples("good").map(p -> DynamicTest.dynamicTest(p.getParent().getFileName() + "/" + p.getFileName(), () -> {
            String rule = p.getParent().getFileName().toString();
            ValidationReport report = validate(p);
            assertFalse(names(report).contains(rule), () -> rule + " fired on its good sample " + p);
            List<Finding> serious = report.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
            assertEquals(List.of(), serious, () -> "good sample " + p + " has findings");
        }));
    }

    @Test
    void everyRuleHasBadAndGoodSamplesAndEverySampleFolderIsARule() throws IOException {
        Set<String> ruleNames = Fixtures.ADVISOR.rules().stream().map(RuleInfo::name).collect(Collectors.toSet());
        Set<String> folders;
        try (Stream<Path> dirs = Files.list(Fixtures.SAMPLES)) {
            folders = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).collect(Collectors.toSet());
        }
        assertEquals(ruleNames, folders);
        for (String rule : ruleNames) {
            assertTrue(hasFile(rule, "bad"), rule + " has no bad sample");
            assertTrue(Files.exists(Fixtures.SAMPLES.resolve(rule).resolve("good.json")), rule + " has no good.json");
        }
    }

    @Test
    void samplesOnlyVariantsFireWhereTheDescriptionIsSilentOrWrong() throws IOException {
        assertTrue(firedRules(Fixtures.SAMPLES.resolve("logits-to-probability-loss/bad-samples.json")).contains("logits-to-probability-loss"));
        assertTrue(firedRules(Fixtures.SAMPLES.resolve("probabilities-to-logits-loss/bad-samples.json")).contains("probabilities-to-logits-loss"));
        assertTrue(firedRules(Fixtures.SAMPLES.resolve("categorical-loss-for-multilabel/bad-samples.json")).contains("categorical-loss-for-multilabel"));
        assertTrue(firedRules(Fixtures.SAMPLES.resolve("output-units-mismatch/bad-samples.json")).contains("output-units-mismatch"));
    }

    @Test
    void aDoubleActivationIsExplainedByTheLossesOwnActivation() {
        // torch: a softmax over fully confident sigmoid outputs is 0.731 over 2 classes; a sigmoid of a softmax lies in [0.5, 0.731]
        String sigmoidIntoCe = message(Fixtures.SAMPLES.resolve("probabilities-to-logits-loss/bad-sigmoid-into-cross-entropy.json"));
        assertTrue(sigmoidIntoCe.startsWith("CrossEntropyLoss applies softmax") && sigmoidIntoCe.contains("0.73 over 2 classes"), sigmoidIntoCe);
        String softmaxIntoBce = message(Fixtures.SAMPLES.resolve("probabilities-to-logits-loss/bad-softmax-into-bce-with-logits.json"));
        assertTrue(softmaxIntoBce.startsWith("BCEWithLogitsLoss applies sigmoid") && softmaxIntoBce.contains("between 0.5 and 0.73"), softmaxIntoBce);
        String twice = message(Fixtures.SAMPLES.resolve("probabilities-to-logits-loss/bad.json"));
        assertTrue(twice.contains("applies softmax") && twice.endsWith("the activation is applied twice."), twice);
    }

    private static String message(Path sample) {
        return validate(sample).findings().stream().filter(f -> f.rule().equals("probabilities-to-logits-loss")).findFirst().orElseThrow().message();
    }

    private static boolean hasFile(String rule, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.SAMPLES.resolve(rule))) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith(prefix + "."));
        }
    }

    static Stream<Path> samples(String prefix) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Fixtures.SAMPLES)) {
            walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().startsWith(prefix)).sorted().forEach(found::add);
        }
        return found.stream();
    }

    /** All outputs' findings of a sample, as one report's worth. */
    static ValidationReport validate(Path p) {
        List<ValidationReport> reports = Fixtures.ADVISOR.read(p).stream().map(Fixtures.ADVISOR::validate).toList();
        if (reports.size() == 1) return reports.get(0);
        ValidationReport first = reports.get(0);
        return new ValidationReport(first.model(), null, null, first.framework(), reports.stream().flatMap(r -> r.findings().stream()).toList(),
                reports.stream().flatMap(r -> r.suppressed().stream()).toList(), null, null, null, first.places());
    }

    static List<String> firedRules(Path p) {
        return names(validate(p));
    }

    static List<String> names(ValidationReport r) {
        return r.findings().stream().map(Finding::rule).toList();
    }
}
