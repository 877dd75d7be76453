package dev.lossadvisor.engine.losses;

import static dev.lossadvisor.engine.losses.KerasValuesTest.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lossadvisor.engine.Fixtures;
import dev.lossadvisor.engine.ValidationReport;
import org.junit.jupiter.api.Test;

/** DJL 0.35 values, as its loss classes compute them (read from ai.djl.training.loss's evaluate methods). */
class DjlValuesTest {

    @Test
    void l2LossHalvesTheSquaredError() {
        assertEquals(0.5 * (1 + 4) / 2, value("djl", 1, "\"l2Loss\"", "[1, 2]", "[0, 0]").value(), 1e-12);
        assertEquals((1 + 4) / 2.0, value("djl", 1, "{\"name\": \"l2Loss\", \"weight\": 1}", "[1, 2]", "[0, 0]").value(), 1e-12);
    }

    @Test
    void sigmoidBceFromSigmoidIsMinusTheCrossEntropy() {
        LossValue v = value("djl", 1, "{\"name\": \"sigmoidBinaryCrossEntropyLoss\", \"from_logits\": false}", "[0.8, 0.3]", "[1, 0]");
        assertEquals((Math.log(0.8 + 1e-12) + Math.log(0.7 + 1e-12)) / 2, v.value(), 1e-12);
        assertTrue(v.value() < 0, "DJL's value is negative: it is minus the cross-entropy");
        assertTrue(v.note().contains("minus the cross-entropy"), v.note());
        double logits = value("djl", 1, "\"sigmoidBinaryCrossEntropyLoss\"", "[1.3862944, -0.8472979]", "[1, 0]").value();
        assertEquals(-(Math.log(0.8) + Math.log(0.7)) / 2, logits, 1e-7);
    }

    @Test
    void softmaxCrossEntropyTakesLogitsOrLogProbabilities() {
        double ce = -Math.log(Math.exp(2) / (Math.exp(2) + Math.exp(0) + Math.exp(-1)));
        assertEquals(ce, value("djl", 3, "\"softmaxCrossEntropyLoss\"", "[[2, 0, -1]]", "[0]").value(), 1e-9);
        assertEquals(0.3, value("djl", 3, "{\"name\": \"softmaxCrossEntropyLoss\", \"from_logits\": false}", "[[-0.3, -2, -3]]", "[0]").value(), 1e-12);
    }

    /** sparseLabel=false takes label rows: one-hot labels are right for it (no onehot-labels-with-sparse-ce), wrong without it. */
    @Test
    void softmaxCrossEntropyWithSparseLabelFalseTakesLabelRows() {
        String sample = "\"samples\": {\"outputs\": [[2, 0, -1], [0, 1, 0]], \"labels\": [[1, 0, 0], [0, 1, 0]]}";
        ValidationReport dense = Fixtures.ADVISOR.validate("{\"framework\": \"djl\", \"output\": {\"units\": 3}, "
                + "\"loss\": {\"name\": \"softmaxCrossEntropyLoss\", \"sparse_label\": false}, " + sample + "}");
        double ce = (-LossMath.logSoftmax(new double[] {2, 0, -1})[0] - LossMath.logSoftmax(new double[] {0, 1, 0})[1]) / 2;
        assertEquals(ce, dense.configuredLoss().value(), 1e-12);
        assertTrue(dense.findings().stream().noneMatch(f -> f.rule().equals("onehot-labels-with-sparse-ce")), dense.findings().toString());
        ValidationReport sparse = Fixtures.ADVISOR.validate("{\"framework\": \"djl\", \"output\": {\"units\": 3}, "
                + "\"loss\": \"softmaxCrossEntropyLoss\", " + sample + "}");
        assertTrue(sparse.findings().stream().anyMatch(f -> f.rule().equals("onehot-labels-with-sparse-ce")), sparse.findings().toString());
    }

    @Test
    void l1LossIsTheMeanAbsoluteErrorTimesItsWeight() {
        assertEquals((1 + 2) / 2.0, value("djl", 1, "\"l1Loss\"", "[1, -2]", "[0, 0]").value(), 1e-12);
        assertEquals(3 * (1 + 2) / 2.0, value("djl", 1, "{\"name\": \"l1Loss\", \"weight\": 3}", "[1, -2]", "[0, 0]").value(), 1e-12);
    }

    @Test
    void hingeLossTakesTheMargin() {
        assertEquals((Math.max(0, 2 - 0.5) + Math.max(0, 2 - 3)) / 2, value("djl", 1, "{\"name\": \"hingeLoss\", \"margin\": 2}", "[0.5, -3]", "[1, -1]").value(), 1e-12);
    }
}
