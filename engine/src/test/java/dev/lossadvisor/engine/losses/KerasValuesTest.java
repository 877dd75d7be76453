package dev.lossadvisor.engine.losses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lossadvisor.engine.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keras values against numbers derived by hand from Keras's own formulas and docstring examples (keras/src/losses/
 * losses.py; the docstrings print 3 to 4 digits, so the tolerance here is theirs). Reductions as keras/src/losses/loss.py.
 */
class KerasValuesTest {
    private static final String Y_01 = "[[0, 1], [0, 0]]";
    private static final String P_64 = "[[0.6, 0.4], [0.4, 0.6]]";

    static LossValue value(String framework, int units, String loss, String outputs, String labels) {
        return Fixtures.ADVISOR.validate("""
            {"framework": "%s", "output": {"units": %d}, "loss": %s, "samples": {"outputs": %s, "labels": %s}}"""
                .formatted(framework, units, loss, outputs, labels)).configuredLoss();
    }

    private static double keras(String loss, String outputs, String labels) {
        return value("keras", 2, loss, outputs, labels).value();
    }

    @Test
    void binaryCrossentropyWithEachReduction() {
        assertEquals(0.815, keras("\"binary_crossentropy\"", P_64, Y_01), 1e-3);
        assertEquals(1.630, keras("{\"name\": \"BinaryCrossentropy\", \"reduction\": \"sum\"}", P_64, Y_01), 1e-3);
        LossValue none = value("keras", 2, "{\"name\": \"BinaryCrossentropy\", \"reduction\": \"none\"}", P_64, Y_01);
        assertNull(none.value());
        assertEquals(0.916, none.elements().get(0), 1e-3);
        assertEquals(0.714, none.elements().get(1), 1e-3);
    }

    @Test
    void categoricalCrossentropyRenormalisesAndClips() {
        String y = "[[0, 1, 0], [0, 0, 1]]";
        String p = "[[0.05, 0.95, 0], [0.1, 0.8, 0.1]]";
        assertEquals(1.177, value("keras", 3, "\"categorical_crossentropy\"", p, y).value(), 1e-3);
        assertEquals(1.177, value("keras", 3, "\"sparse_categorical_crossentropy\"", p, "[1, 2]").value(), 1e-3);
    }

    @Test
    void categoricalFocalAppliesItsDefaultAlphaOfAQuarter() {
        String y = "[[0, 1, 0], [0, 0, 1]]";
        String p = "[[0.05, 0.95, 0], [0.1, 0.8, 0.1]]";
        // 0.25 (1 - 0.95)^2 (-log 0.95) = 3.21e-5 and 0.25 (1 - 0.1)^2 (-log 0.1) = 0.4663, the docstring's numbers
        assertEquals(0.2332, value("keras", 3, "\"CategoricalFocalCrossentropy\"", p, y).value(), 1e-4);
        assertEquals(0.4663, value("keras", 3, "{\"name\": \"CategoricalFocalCrossentropy\", \"reduction\": \"sum\"}", p, y).value(), 1e-4);
        // from logits: softmax first; log(0.05), log(0.95), log(1e-9) softmax back to about the same rows
        String logits = "[[-2.9957, -0.0513, -20.7], [-2.3026, -0.2231, -2.3026]]";
        assertEquals(0.2332, value("keras", 3, "{\"name\": \"CategoricalFocalCrossentropy\", \"from_logits\": true}", logits, y).value(), 1e-3);
    }

    @Test
    void binaryFocalAlphaOnlyWithClassBalancing() {
        String y = "[0, 1, 0, 0]";
        String x = "[-18.6, 0.51, 2.94, -12.8]";
        String focal = "{\"name\": \"BinaryFocalCrossentropy\", \"gamma\": 2, \"from_logits\": true%s}";
        assertEquals(0.691, value("keras", 1, focal.formatted(""), x, y).value(), 1e-3);
        assertEquals(0.691, value("keras", 1, focal.formatted(", \"alpha\": 0.9"), x, y).value(), 1e-3);
        assertEquals(0.510, value("keras", 1, focal.formatted(", \"apply_class_balancing\": true"), x, y).value(), 1e-3);
        // label_smoothing 0.2 makes the target 0.9: bce = softplus(2) - 2 * 0.9 = 0.32693, p_t = 0.9 sigmoid(2) + 0.1 sigmoid(-2)
        // = 0.80464, so 0.32693 * (1 - 0.80464)^2 = 0.012478
        assertEquals(0.012478, value("keras", 1, focal.formatted(", \"label_smoothing\": 0.2"), "[2]", "[1]").value(), 2e-6);
        LossValue none = value("keras", 2, "{\"name\": \"binary_focal_crossentropy\", \"reduction\": \"none\"}", P_64, Y_01);
        assertEquals(0.330, none.elements().get(0), 1e-3);
        assertEquals(0.206, none.elements().get(1), 1e-3);
    }

    @Test
    void marginAndRegressionLossesOfTheDocstrings() {
        // mean over the row, then over the batch: (0.36 + 0.36) / 2 and (0.16 + 0.36) / 2, averaged
        assertEquals(0.31, keras("\"mse\"", P_64, Y_01), 1e-9);
        assertEquals(0.55, keras("\"mae\"", P_64, Y_01), 1e-9);
        assertEquals(1.3, keras("\"hinge\"", P_64, Y_01), 1e-9);
        assertEquals(1.86, keras("\"squared_hinge\"", P_64, Y_01), 1e-9);
        assertEquals(1.4, keras("\"categorical_hinge\"", P_64, Y_01), 1e-9);
        assertEquals(0.155, keras("\"huber\"", P_64, Y_01), 1e-9);
        assertEquals(0.108, keras("\"log_cosh\"", "[[1, 1], [0, 0]]", Y_01), 1e-3);
        assertEquals(0.458, keras("\"kl_divergence\"", P_64, Y_01), 1e-3);
        assertEquals(0.5, keras("\"poisson\"", "[[1, 1], [0, 0]]", Y_01), 1e-6);
        assertEquals(0.240, keras("\"msle\"", "[[1, 1], [1, 0]]", Y_01), 1e-3);
        assertEquals(-0.5, keras("\"cosine_similarity\"", "[[1, 0], [1, 1]]", "[[0, 1], [1, 1]]"), 1e-6);
        // Huber's delta: |d| = 0.6 > 0.5 is linear, 0.5 (0.6 - 0.25) = 0.175; |d| = 0.4 is 0.08
        assertEquals((0.175 + 0.175 + 0.08 + 0.175) / 4, keras("{\"name\": \"Huber\", \"delta\": 0.5}", P_64, Y_01), 1e-9);
    }

    @Test
    void msleClipsBothSidesAtEpsilonAsKerasDoes() {
        // log(max(-0.9999, 1e-7) + 1) - log(1.1) = -0.09531: Keras gives 0.00908, not the 84.9 of log1p(-0.9999)
        assertEquals(0.0090840, value("keras", 1, "\"msle\"", "[-0.9999]", "[0.1]").value(), 1e-6);
    }

    @Test
    void classWeightScalesRowsAndSparseIgnoreClassMasksThem() {
        // rows weigh 1 and 3; sum_over_batch_size divides by the 2 rows, not by the weights
        double plain0 = -Math.log(0.7);
        double plain1 = -Math.log(0.6);
        assertEquals((plain0 + 3 * plain1) / 2, value("keras", 2, "{\"name\": \"sparse_categorical_crossentropy\", \"class_weight\": {\"0\": 1, \"1\": 3}}",
                "[[0.7, 0.3], [0.4, 0.6]]", "[0, 1]").value(), 1e-6);
        // a class the dict lacks weighs 1.0, as class_weight.get(c, 1.0)
        assertEquals((plain0 + plain1) / 2, value("keras", 2, "{\"name\": \"sparse_categorical_crossentropy\", \"class_weight\": {\"5\": 9}}",
                "[[0.7, 0.3], [0.4, 0.6]]", "[0, 1]").value(), 1e-6);
        // fit() calls class_weight.get: a list raises AttributeError, so no value
        LossValue list = value("keras", 2, "{\"name\": \"sparse_categorical_crossentropy\", \"class_weight\": [1, 3]}",
                "[[0.7, 0.3], [0.4, 0.6]]", "[0, 1]");
        assertNull(list.value());
        assertTrue(list.note().contains("must be a dict"), list.note());
        // ignore_class=1 drops the second row; the mean runs over the one valid row
        assertEquals(plain0, value("keras", 2, "{\"name\": \"SparseCategoricalCrossentropy\", \"ignore_class\": 1}",
                "[[0.7, 0.3], [0.4, 0.6]]", "[0, 1]").value(), 1e-6);
    }

    @Test
    void diceAndTverskyOverTheWholeBatch() {
        // TP = 0.9 + 0.8 = 1.7, FN = 0.1 + 0.2 = 0.3, FP = 0.3 + 0.1 = 0.4
        String p = "[[0.9, 0.3], [0.1, 0.8]]";
        String y = "[[1, 0], [0, 1]]";
        assertEquals(1 - 2 * 1.7 / (2 * 1.7 + 0.3 + 0.4), keras("\"dice\"", p, y), 1e-6);
        assertEquals(1 - 1.7 / (1.7 + 0.7 * 0.3 + 0.3 * 0.4), keras("{\"name\": \"Tversky\", \"alpha\": 0.7, \"beta\": 0.3}", p, y), 1e-6);
    }

    @Test
    void ctcTakesLogitsWithBlankZero() {
        // two steps, target [1]: paths (1,1), (1,0), (0,1) over softmax rows; uniform logits give p = 1/3 each
        double p = 1.0 / 3;
        double expected = -Math.log(p * p + p * p + p * p);
        assertEquals(expected, value("keras", 3, "\"ctc\"", "[[0, 0, 0], [0, 0, 0]]", "[[1]]").value(), 1e-9);
    }

    @Test
    void autoReductionIsRefusedAsKeras3RefusesIt() {
        assertNull(value("keras", 2, "{\"name\": \"BinaryCrossentropy\", \"reduction\": \"auto\"}", P_64, Y_01).value());
    }

    @Test
    void anInvalidReductionIsRefusedAsKerasRefusesIt() {
        LossValue v = value("keras", 2, "{\"name\": \"mse\", \"reduction\": \"average\"}", P_64, Y_01);
        assertNull(v.value());
        assertTrue(v.note().contains("Invalid value for argument `reduction`"), v.note());
        assertEquals(List.of(), v.elements());
    }
}
