package dev.lossadvisor.engine;

import dev.lossadvisor.engine.input.RecommendRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.samples.SampleMatrix;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The task table, row by row, as written for Keras and for PyTorch. */
class RecommendationTableTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        regression            | squared    | linear      | keras.losses.MeanSquaredError()                          | nn.MSELoss()
        regression-outliers   | huber      | linear      | keras.losses.Huber(delta=1.0)                            | nn.HuberLoss(delta=1.0)
        binary                | binary cross-entropy | sigmoid     | keras.losses.BinaryCrossentropy(from_logits=True)        | nn.BCEWithLogitsLoss()
        soft-binary           | soft labels | sigmoid     | keras.losses.BinaryCrossentropy(from_logits=True)        | nn.BCEWithLogitsLoss()
        imbalanced-binary     | pos_weight | sigmoid     | keras.losses.BinaryCrossentropy(from_logits=True), fit(..., class_weight={0: 1.0, 1: (n_neg / n_pos) ** 0.5}) | nn.BCEWithLogitsLoss(pos_weight=torch.tensor([(n_neg / n_pos) ** 0.5]))
        margin-binary         | hinge      | linear      | keras.losses.Hinge()                                     | torch.clamp(1 - y * scores, min=0).mean()
        multiclass            | categorical| softmax     | keras.losses.CategoricalCrossentropy(from_logits=True)   | nn.CrossEntropyLoss()
        multiclass-large      | sparse     | softmax     | keras.losses.SparseCategoricalCrossentropy(from_logits=True) | nn.CrossEntropyLoss()
        multilabel            | per output | sigmoid     | keras.losses.BinaryCrossentropy(from_logits=True)        | nn.BCEWithLogitsLoss()
        multilabel-imbalanced | pos_weight | sigmoid     | keras.losses.BinaryFocalCrossentropy(gamma=2.0, from_logits=True) | nn.BCEWithLogitsLoss(pos_weight=torch.tensor([n_neg / n_pos]))
        object-detection      | focal      | sigmoid     | keras.losses.BinaryFocalCrossentropy(gamma=2.0, from_logits=True, apply_class_balancing=True, alpha=0.25) + keras.losses.Huber() | torchvision.ops.sigmoid_focal_loss(...) + nn.SmoothL1Loss()
        ordinal               | cumulative | sigmoid     | keras.losses.BinaryCrossentropy(from_logits=True)        | nn.BCEWithLogitsLoss()
        count                 | poisson    | softplus    | keras.losses.Poisson()                                   | nn.PoissonNLLLoss(log_input=True)
        distillation          | soft       | softmax     | keras.losses.KLDivergence() on softmax(logits / T)       | nn.KLDivLoss(reduction='batchmean')
        """)
    void taskRow(String task, String lossMentions, String activationMentions, String keras, String pytorch) {
        Advice a = Fixtures.ADVISOR.recommend(new RecommendRequest(task, List.of("keras", "pytorch"), 0, null));
        assertEquals(task, a.task());
        assertTrue(a.loss().toLowerCase().contains(lossMentions), a.loss());
        assertTrue(a.activation().contains(activationMentions), a.activation());
        assertEquals(List.of("keras", "pytorch"), a.code().stream().map(Advice.FrameworkCode::framework).toList());
        assertEquals(keras, a.code().get(0).loss());
        assertEquals(pytorch, a.code().get(1).loss());
        for (Advice.FrameworkCode c : a.code()) {
            assertTrue(!c.snippet().isBlank() && !c.snippet().matches("(?s).*\\{(units|pos_weight|q)}.*"), () -> "unfilled snippet: " + c.snippet());
        }
    }

    @Test
    void everyTaskHasAdviceForAllThreeFrameworks() {
        for (String task : LossAdvisor.TASKS) {
            Advice a = Fixtures.ADVISOR.recommend(RecommendRequest.forTask(task));
            assertEquals(List.of("djl", "keras", "pytorch"), a.code().stream().map(Advice.FrameworkCode::framework).toList(), task);
        }
    }

    @Test
    void classCountFillsTheUnits() {
        Advice a = Fixtures.ADVISOR.recommend(new RecommendRequest("multiclass", List.of("pytorch"), 10, null));
        assertEquals("nn.Linear(in_features, 10)", a.code().get(0).layer());
        assertEquals("10 (one per class)", a.units());
        Advice ordinal = Fixtures.ADVISOR.recommend(new RecommendRequest("ordinal", List.of("keras"), 5, null));
        assertEquals("keras.layers.Dense(4)", ordinal.code().get(0).layer());
        assertEquals("4 (one per threshold)", ordinal.units());
    }

    @Test
    void rareBinaryLabelsTurnBinaryIntoImbalancedWithTheSquareRootOfTheirRatio() {
        double[][] labels = new double[100][];
        for (int i = 0; i < 100; i++) labels[i] = new double[] {i < 2 ? 1 : 0};
        Advice a = Fixtures.ADVISOR.recommend(new RecommendRequest("binary", List.of("pytorch"), 0, SampleMatrix.of(labels)));
        assertEquals("imbalanced-binary", a.task());
        assertEquals("nn.BCEWithLogitsLoss(pos_weight=torch.tensor([7.0]))", a.code().get(0).loss(), "sqrt(98 / 2)");
    }

    @Test
    void theTaskIsInferredFromLabelsWhenNotGiven() {
        assertEquals("soft-binary", infer(new double[][] {{0.2}, {0.8}, {0.5}, {0.9}}));
        assertEquals("multilabel", infer(new double[][] {{1, 0, 1}, {0, 1, 1}}));
        assertEquals("multiclass", infer(new double[][] {{0, 1, 0}, {1, 0, 0}}));
        assertEquals("margin-binary", infer(new double[][] {{1}, {-1}, {1}}));
        assertEquals("regression", infer(new double[][] {{1.5}, {-2.25}, {3.75}}));
    }

    private static String infer(double[][] labels) {
        return Fixtures.ADVISOR.recommend(new RecommendRequest(null, List.of(), 0, SampleMatrix.of(labels))).task();
    }

    @Test
    void anUnknownTaskNamesTheField() {
        InputException e = assertThrows(InputException.class, () -> Fixtures.ADVISOR.recommend(RecommendRequest.forTask("clustering")));
        assertEquals("/task", e.path());
        InputException none = assertThrows(InputException.class, () -> Fixtures.ADVISOR.recommend(new RecommendRequest(null, List.of(), 0, null)));
        assertEquals("/task", none.path());
    }
}
