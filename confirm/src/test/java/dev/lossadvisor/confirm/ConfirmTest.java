package dev.lossadvisor.confirm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.engine.input.InputException;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The reference CNN backs every recommendation with evidence, deterministically and offline. */
class ConfirmTest {
    static final LossAdvisor ADVISOR = LossAdvisor.create();
    static final Confirmations CONFIRM = new Confirmations(ADVISOR);
    static final java.nio.file.Path SAMPLES = java.nio.file.Path.of(System.getProperty("samples.dir", "../samples"));


    /**
     * On the default seeds (1-3) the recommendation beats the mistakes it is set against by the paired t-test, and no
     * candidate beats it. For imbalanced-binary the square-root weight beats unweighted BCE and the full ratio, as it did
     * over seeds 1-6 on twice the held-out data (README, the recommendation's rationale). Only comparisons far past the
     * test's bound are pinned: PyTorch's kernels differ in the last bits from one CPU to another, and a comparison near
     * its bound (focal loss here, the ties) could move from "tie" to "better" on another machine.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        binary              | logits-into-bce
        soft-binary         | sigmoid-mse
        multiclass          | sigmoid-cce
        multilabel          | softmax-cce
        imbalanced-binary   | plain-bce bce-pos-weight
        regression          | sigmoid-mse
        regression-outliers | mse
        """)
    void theRecommendationWinsOnTheDefaultSeeds(String task, String beaten) {
        ConfirmReport r = CONFIRM.confirm(task, 3, null, Progress.NONE);
        assertEquals("confirmed", r.verdict(), r.explanation());
        assertEquals("recommended", r.candidates().get(0).candidate().role());
        for (String other : beaten.split(" ")) {
            ConfirmReport.Comparison c = r.comparisons().stream().filter(x -> x.other().equals(other)).findFirst().orElseThrow();
            assertEquals("better", c.outcome(), () -> task + " vs " + other + ": " + c);
        }
        assertTrue(r.comparisons().stream().noneMatch(c -> c.outcome().equals("worse")), () -> task + ": " + r.comparisons());
        assertEquals(3, r.candidates().get(0).runs().size(), "three seeds, never one lucky run");
    }

    @Test
    void theUnclippedLogTurnsTheRunNaNAndItIsReported() {
        ConfirmReport r = CONFIRM.confirm("binary", 1, null, Progress.NONE);
        ConfirmReport.CandidateSummary unclipped = r.candidates().stream().filter(c -> c.candidate().id().equals("unclipped-bce")).findFirst().orElseThrow();
        assertEquals(1, unclipped.nonFiniteRuns());
        assertEquals(0, r.candidates().get(0).nonFiniteRuns());
    }

    @Test
    void sameSeedSameNumbers() {
        ConfirmReport a = CONFIRM.confirm("multilabel", 1, null, Progress.NONE);
        ConfirmReport b = CONFIRM.confirm("multilabel", 1, null, Progress.NONE);
        for (int i = 0; i < a.candidates().size(); i++) {
            assertEquals(a.candidates().get(i).meanLossCurve(), b.candidates().get(i).meanLossCurve());
            assertEquals(a.candidates().get(i).metricMean(), b.candidates().get(i).metricMean());
        }
    }

    @Test
    void theUsersConfigurationJoinsTheCandidatesAndProgressIsReported() throws Exception {
        AtomicInteger epochs = new AtomicInteger();
        var user = ADVISOR.parse(Files.readString(SAMPLES.resolve("mse-for-classification/bad.json")));
        ConfirmReport r = CONFIRM.confirm(null, 1, user, (c, seed, epoch, total, loss) -> epochs.incrementAndGet());
        assertEquals("binary", r.task());
        assertTrue(r.candidates().stream().anyMatch(c -> c.candidate().role().equals("user")));
        assertEquals(r.candidates().size() * r.epochs(), epochs.get());
    }

    /**
     * A server trains on worker threads, not the thread that loaded the engine; results must not depend on which. The
     * soft-binary task sets the -8 starting bias through the initialiser, the step that needs the loading thread's grad mode.
     */
    @Test
    void trainsTheSameOnAnyThread() throws Exception {
        ConfirmReport here = CONFIRM.confirm("soft-binary", 1, null, Progress.NONE);
        ConfirmReport[] there = new ConfirmReport[2];
        Thread[] threads = new Thread[2];
        for (int i = 0; i < 2; i++) {
            int slot = i;
            threads[i] = new Thread(() -> there[slot] = CONFIRM.confirm("soft-binary", 1, null, Progress.NONE));
            threads[i].start();
        }
        for (Thread t : threads) t.join();
        for (ConfirmReport r : there) {
            assertEquals(here.verdict(), r.verdict());
            assertEquals(here.candidates().get(0).meanLossCurve(), r.candidates().get(0).meanLossCurve());
        }
    }

    @Test
    void djlRunsOfflineOnTheBundledPyTorch() {
        CONFIRM.confirm("soft-binary", 1, null, Progress.NONE);
        assertEquals("true", System.getProperty("ai.djl.offline"));
        assertEquals("PyTorch", Engine.getInstance().getEngineName());
        assertEquals(1, JniUtils.getNumThreads(), "one PyTorch thread: the same seed gives the same numbers on any machine");
    }

    @Test
    void unsupportedTasksAndLossesAreClearErrors() throws Exception {
        InputException e = assertThrows(InputException.class, () -> CONFIRM.confirm("ordinal", 3, null, Progress.NONE));
        assertEquals("/task", e.path());
        assertTrue(e.hint().contains("binary"), e.hint());
        var hinge = ADVISOR.parse(Files.readString(SAMPLES.resolve("hinge-needs-signed-labels/good.json")));
        e = assertThrows(InputException.class, () -> CONFIRM.confirm("binary", 1, hinge, Progress.NONE));
        assertEquals("/loss/name", e.path());
        assertThrows(InputException.class, () -> CONFIRM.confirm("binary", 0, null, Progress.NONE));
    }
}
