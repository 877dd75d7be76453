package dev.lossadvisor.engine.losses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lossadvisor.engine.Fixtures;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every case of the golden table real Keras 3.15.1 wrote (tools/golden/keras_losses.py, numpy backend, float64), run
 * through the whole validation path. Where Keras's numpy and TensorFlow backends disagree the case carries
 * TensorFlow's result, which Loss Advisor follows (what tf.keras users get; docs/losses.md lists these).
 */
class KerasGoldenTest {

    @Test
    void everyGoldenCaseAgreesWithKeras() throws IOException {
        GoldenTable.Result r = GoldenTable.run(KerasGoldenTest.class.getResourceAsStream("/golden/keras-losses.jsonl"), "keras", "tensorflow", 1e-6);
        System.out.println(r.table());
        assertTrue(r.cases() >= 2000, "the table has at least 2,000 cases");
        List<String> d = r.disagreements();
        assertEquals(List.of(), d.subList(0, Math.min(40, d.size())), d.size() + " of " + r.cases() + " disagree");
        List<String> missing = Fixtures.ADVISOR.catalog().entries().stream().filter(e -> e.framework().equals("keras"))
                .map(e -> e.name()).filter(n -> !r.losses().contains(n)).toList();
        assertEquals(List.of(), missing, "every Keras loss of the catalogue has golden cases");
    }
}
