package dev.lossadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lossadvisor.engine.findings.Finding;
import dev.lossadvisor.engine.findings.Severity;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Options change what the rules see as well as the value: ignored labels, weights that are not class weights. */
class LossOptionsTest {

    private static List<String> rules(ValidationReport r) {
        return r.findings().stream().map(Finding::rule).toList();
    }

    /** A Hugging Face token-classification batch: 9 tags, padding and sub-word positions labelled -100. */
    private static String tokenClassification(String loss) {
        String outputs = IntStream.range(0, 24).mapToObj(i -> IntStream.range(0, 9).mapToObj(c -> c == i % 9 ? "2.0" : "-0.5")
                .collect(Collectors.joining(", ", "[", "]"))).collect(Collectors.joining(", ", "[", "]"));
        String labels = IntStream.range(0, 24).mapToObj(i -> i % 4 == 3 ? "-100" : String.valueOf(i % 9)).collect(Collectors.joining(", ", "[", "]"));
        return """
            {"framework": "pytorch", "output": {"units": 9, "activation": "linear"}, "loss": %s,
             "samples": {"outputs": %s, "labels": %s}}""".formatted(loss, outputs, labels);
    }

    @Test
    void labelsAtIgnoreIndexAreMaskedInTheValueTheStatisticsAndTheTask() {
        ValidationReport r = Fixtures.ADVISOR.validate(tokenClassification("\"CrossEntropyLoss\""));
        assertEquals(List.of(), r.findings().stream().filter(f -> f.severity() != Severity.INFO).toList());
        assertNotNull(r.configuredLoss().value(), r.configuredLoss().note());
        assertEquals("multiclass", r.advice().task());
    }

    @Test
    void anotherIgnoreIndexIsMaskedAndMinus100IsThenAnOrdinaryLabel() {
        ValidationReport r = Fixtures.ADVISOR.validate(tokenClassification("{\"name\": \"CrossEntropyLoss\", \"ignore_index\": -1}"));
        assertTrue(rules(r).contains("label-out-of-range") || rules(r).contains("classification-loss-for-regression"), rules(r).toString());
        assertNull(r.configuredLoss().value(), "torch raises: Target -100 is out of bounds");
    }

    @Test
    void posWeightOnKerasBinaryCrossentropyIsUnsupportedAndDoesNotSilenceImbalance() {
        String labels = IntStream.range(0, 40).mapToObj(i -> i < 2 ? "1" : "0").collect(Collectors.joining(", ", "[", "]"));
        String outputs = IntStream.range(0, 40).mapToObj(i -> i < 2 ? "0.7" : "0.2").collect(Collectors.joining(", ", "[", "]"));
        ValidationReport r = Fixtures.ADVISOR.validate("""
            {"framework": "keras", "output": {"units": 1, "activation": "sigmoid"},
             "loss": {"name": "BinaryCrossentropy", "pos_weight": 19.0}, "samples": {"outputs": %s, "labels": %s}}""".formatted(outputs, labels));
        assertTrue(rules(r).contains("unsupported-loss-option"), rules(r).toString());
        assertTrue(rules(r).contains("class-imbalance"), rules(r).toString());
        assertNull(r.configuredLoss().value());
    }

    @Test
    void weightOnBceDoesNotSilenceImbalanceButPosWeightDoes() {
        String labels = IntStream.range(0, 40).mapToObj(i -> i < 2 ? "[1, 0]" : "[0, 1]").collect(Collectors.joining(", ", "[", "]"));
        String outputs = IntStream.range(0, 40).mapToObj(i -> "[0.3, -0.2]").collect(Collectors.joining(", ", "[", "]"));
        String d = """
            {"framework": "pytorch", "output": {"units": 2, "activation": "linear"}, "task": "multilabel",
             "loss": {"name": "BCEWithLogitsLoss", %s}, "samples": {"outputs": %s, "labels": %s}}""";
        ValidationReport weight = Fixtures.ADVISOR.validate(d.formatted("\"weight\": [19, 1]", outputs, labels));
        assertTrue(rules(weight).contains("class-imbalance"), rules(weight).toString());
        assertTrue(rules(weight).contains("weight-is-not-pos-weight"), rules(weight).toString());
        ValidationReport posWeight = Fixtures.ADVISOR.validate(d.formatted("\"pos_weight\": [19, 1]", outputs, labels));
        assertFalse(rules(posWeight).contains("class-imbalance"), rules(posWeight).toString());
        assertFalse(rules(posWeight).contains("weight-is-not-pos-weight"));
    }
}
