package dev.lossadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * What a model shows settles its task when nothing is declared: the loss, the final layer and the metrics. Only
 * unambiguous pairs do; the look-alikes below must settle nothing, because a guess would fire task rules wrongly.
 */
class TaskFromFileTest {

    static ValidationReport validate(int units, String activation, String loss, List<String> metrics) {
        String json = "{\"framework\": \"keras\", \"output\": {\"units\": " + units + ", \"activation\": \"" + activation + "\"}, \"loss\": \""
                + loss + "\", \"metrics\": [" + String.join(", ", metrics.stream().map(m -> "\"" + m + "\"").toList()) + "]}";
        return Fixtures.ADVISOR.validate(json);
    }

    @ParameterizedTest(name = "{0} {1} + {2} {3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
        1  | sigmoid | binary_crossentropy             |          | binary        | binary_crossentropy on 1 sigmoid unit
        1  | linear  | BinaryFocalCrossentropy         |          | binary        | BinaryFocalCrossentropy on 1 linear unit
        5  | sigmoid | binary_crossentropy             |          | multilabel    | binary_crossentropy over 5 sigmoid units
        10 | softmax | sparse_categorical_crossentropy |          | multiclass    | sparse_categorical_crossentropy over 10 softmax units
        10 | linear  | CategoricalCrossentropy         |          | multiclass    | CategoricalCrossentropy over 10 linear units
        1  | linear  | mse                             |          | regression    | mse on 1 linear unit
        2  | relu    | mean_squared_error              |          | regression    | mean_squared_error on 2 relu units
        1  | linear  | hinge                           |          | margin-binary | hinge on 1 linear unit
        1  | linear  | poisson                         |          | count         | poisson on 1 linear unit
        1  | sigmoid | mse                             | accuracy | binary        | mse on 1 sigmoid unit, measured by accuracy
        4  | softmax | mse                             | AUC      | multiclass    | mse over 4 softmax units, measured by AUC
        """)
    void settled(int units, String activation, String loss, String metric, String task, String evidence) {
        ValidationReport r = validate(units, activation, loss, metric == null ? List.of() : List.of(metric));
        assertEquals(task, r.advice().task(), r.toString());
        assertEquals(evidence, r.advice().taskEvidence());
    }

    @ParameterizedTest(name = "{0} {1} + {2} {3} settles nothing")
    @CsvSource(delimiter = '|', textBlock = """
        1  | sigmoid | mse                 |
        1  | sigmoid | mse                 | mae
        3  | softmax | mse                 |
        1  | tanh    | mse                 |
        1  | softmax | categorical_crossentropy |
        """)
    void ambiguous(int units, String activation, String loss, String metric) {
        // a sigmoid under MSE may be a [0, 1] regression (an autoencoder's pixels) as well as a classifier
        assertNull(validate(units, activation, loss, metric == null ? List.of() : List.of(metric)).advice());
    }

    @Test
    void accuracyBesideMseOnASigmoidIsAClassifierTrainedWithMse() {
        ValidationReport r = validate(1, "sigmoid", "mse", List.of("accuracy"));
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("mse-for-classification")), r.toString());
        assertFalse(r.findings().stream().anyMatch(f -> f.rule().equals("accuracy-metric-for-regression")), r.toString());
    }

    @Test
    void withoutALossOnlyTheClearHeadsSettleATask() {
        assertEquals("multiclass", Fixtures.ADVISOR.validate(Fixtures.ADVISOR.read(Fixtures.SAMPLES.resolve("no-loss-recorded/bad.json")).get(0)).advice().task());
    }

    /** The layer is what trains: a 10-unit CrossEntropyLoss head is a 10-class task even when the samples show two classes. */
    @Test
    void theLayerDecidesTheClassCountOverFewSampleLabels() {
        double[][] logits = {{2.0, 0.1, 0.3, -1, 0, 0, 0, 0, 0, 0.5}, {0.2, 1.5, 0.3, -1, 0, 0, 0, 0, 0, 0.5}};
        int[] labels = {0, 1};
        ValidationReport r = Fixtures.ADVISOR.validate("""
            {"framework": "pytorch", "output": {"units": 10}, "loss": "CrossEntropyLoss",
             "samples": {"outputs": [[2.0, 0.1, 0.3, -1, 0, 0, 0, 0, 0, 0.5], [0.2, 1.5, 0.3, -1, 0, 0, 0, 0, 0, 0.5]], "labels": [0, 1]}}""");
        assertEquals("multiclass", r.advice().task());
        assertTrue(r.advice().units().startsWith("10"), r.advice().units());
        // torch.nn.CrossEntropyLoss: the mean over rows of logsumexp(z) - z[y]
        double expected = 0;
        for (int i = 0; i < 2; i++) {
            double sum = 0;
            for (double z : logits[i]) sum += Math.exp(z);
            expected += (Math.log(sum) - logits[i][labels[i]]) / 2;
        }
        assertEquals(expected, r.configuredLoss().value(), 1e-12);
        assertEquals(expected, r.recommendedLoss().value(), 1e-12);
    }

    @Test
    void aThreeUnitHeadIsAdvisedThreeUnits() {
        ValidationReport r = Fixtures.ADVISOR.validate(Fixtures.ADVISOR.read(Fixtures.SAMPLES.resolve("probabilities-to-logits-loss/bad-samples.json")).get(0));
        assertTrue(r.advice().units().startsWith("3"), r.advice().units());
    }
}
