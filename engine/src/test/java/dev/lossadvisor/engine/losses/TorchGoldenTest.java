package dev.lossadvisor.engine.losses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lossadvisor.engine.Fixtures;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every case of the golden tables PyTorch wrote (tools/golden/torch_losses.py): torch 2.13 (the version users run)
 * and Debian's torch 1.13 with torchvision 0.14. Where they differ the 1.13 case carries torch 2.13's result, which
 * Loss Advisor follows (see docs/losses.md).
 */
class TorchGoldenTest {

    @Test
    void everyGoldenCaseAgreesWithPyTorch2() throws IOException {
        check("/golden/torch2-losses.jsonl", null);
    }

    @Test
    void everyGoldenCaseOfTorch113AgreesOrFollowsTorch2() throws IOException {
        check("/golden/torch-losses.jsonl", "torch2");
    }

    /** torch 1.13 computed BCELoss for a label of 1.5 (a negative "loss" for -0.2); torch 2 raises. Followed: 2. */
    @Test
    void bceLossRefusesLabelsOutsideZeroToOneAsTorch2Does() {
        LossValue v = KerasValuesTest.value("pytorch", 2, "\"BCELoss\"", "[[0.8, 0.6]]", "[[1.5, 0.0]]");
        org.junit.jupiter.api.Assertions.assertNull(v.value());
        assertTrue(v.note().contains("all elements of target should be between 0 and 1"), v.note());
    }

    private static void check(String resource, String follow) throws IOException {
        GoldenTable.Result r = GoldenTable.run(TorchGoldenTest.class.getResourceAsStream(resource), "pytorch", follow, 1e-12);
        System.out.println(r.table());
        assertTrue(r.cases() >= 2000, "the table has at least 2,000 cases");
        List<String> missing = Fixtures.ADVISOR.catalog().entries().stream().filter(e -> e.framework().equals("pytorch"))
                .map(e -> e.name()).filter(n -> !r.losses().contains(n)).toList();
        assertEquals(List.of(), missing, "every PyTorch loss of the catalogue has golden cases");
        List<String> d = r.disagreements();
        assertEquals(List.of(), d.subList(0, Math.min(20, d.size())), d.size() + " disagree");
    }
}
