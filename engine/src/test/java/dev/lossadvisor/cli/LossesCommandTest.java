package dev.lossadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** 'losses' lists every catalogue name with the options the framework's loss takes, the ones lint accepts. */
class LossesCommandTest {
    @Test
    void everyLossWithItsOptions() {
        CliTest.Run r = CliTest.run("losses");
        assertEquals(Main.CLEAN, r.code(), r.err());
        String smoothL1 = r.out().lines().filter(l -> l.contains(" SmoothL1Loss ")).findFirst().orElseThrow();
        assertTrue(smoothL1.contains("beta") && !smoothL1.contains("delta"), smoothL1);
        String ctc = r.out().lines().filter(l -> l.contains(" CTCLoss ")).findFirst().orElseThrow();
        assertTrue(ctc.contains("blank") && ctc.contains("zero_infinity"), ctc);
        String keras = r.out().lines().filter(l -> l.contains(" BinaryFocalCrossentropy ")).findFirst().orElseThrow();
        assertTrue(keras.contains("apply_class_balancing") && keras.contains("from_logits"), keras);
    }
}
