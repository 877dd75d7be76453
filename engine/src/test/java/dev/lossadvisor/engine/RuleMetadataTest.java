package dev.lossadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lossadvisor.engine.findings.RuleInfo;
import dev.lossadvisor.engine.findings.Severity;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RuleMetadataTest {
    static final List<String> REQUIRED = List.of("mse-for-classification", "sigmoid-with-categorical-ce", "softmax-single-unit",
            "categorical-loss-for-multilabel", "single-output-for-multilabel", "logits-to-probability-loss",
            "probabilities-to-logits-loss", "nll-without-log-softmax", "unclipped-log", "non-finite-outputs",
            "integer-labels-with-categorical-ce", "onehot-labels-with-sparse-ce", "label-out-of-range",
            "hinge-needs-signed-labels", "output-units-mismatch", "bounded-activation-for-regression",
            "classification-loss-for-regression", "class-imbalance", "regression-outliers", "unscaled-regression-targets",
            "soft-labels", "prefer-from-logits");

    @Test
    void everyRequiredRuleExists() {
        Set<String> names = Fixtures.ADVISOR.rules().stream().map(RuleInfo::name).collect(Collectors.toSet());
        assertTrue(names.containsAll(REQUIRED), () -> "missing: " + REQUIRED.stream().filter(n -> !names.contains(n)).toList());
    }

    @Test
    void codesAndNamesAreUniqueAndWellFormed() {
        List<RuleInfo> rules = Fixtures.ADVISOR.rules();
        assertEquals(rules.size(), rules.stream().map(RuleInfo::code).distinct().count());
        assertEquals(rules.size(), rules.stream().map(RuleInfo::name).distinct().count());
        for (RuleInfo r : rules) {
            assertTrue(r.code().matches("LA\\d{3}"), r.code());
            assertTrue(r.name().matches("[a-z0-9]+(-[a-z0-9]+)*"), r.name());
            for (String text : List.of(r.summary(), r.why(), r.instead())) {
                assertFalse(text.isBlank(), r.name());
                assertFalse(text.startsWith("\""), r.name() + " metadata keeps its quotes");
            }
        }
    }

    @Test
    void severitiesMatchTheSpecification() {
        assertEquals(Severity.INFO, Fixtures.ADVISOR.rule("soft-labels").orElseThrow().severity());
        assertEquals(Severity.INFO, Fixtures.ADVISOR.rule("prefer-from-logits").orElseThrow().severity());
        assertEquals(Severity.ERROR, Fixtures.ADVISOR.rule("softmax-single-unit").orElseThrow().severity());
        assertEquals(Severity.WARNING, Fixtures.ADVISOR.rule("class-imbalance").orElseThrow().severity());
    }

    @Test
    void rulesAreFoundByCodeOrName() {
        assertEquals("mse-for-classification", Fixtures.ADVISOR.rule("la001").orElseThrow().name());
        assertEquals("LA001", Fixtures.ADVISOR.rule("MSE-for-classification").orElseThrow().code());
        assertTrue(Fixtures.ADVISOR.rule("no-such-rule").isEmpty());
    }
}
