package dev.lossadvisor.engine.losses;

import dev.lossadvisor.engine.samples.SampleMatrix;

/** The framework refuses these inputs (it raises): the message says what it raises, and no value is shown. */
final class Refusal extends RuntimeException {
    Refusal(String message) {
        super(message, null, false, false);
    }

    /** Refuses labels missing or shaped unlike the outputs, saying what the loss takes. */
    static void unlessSameShape(SampleMatrix out, SampleMatrix lab, String takes) {
        if (lab == null || out.width() != lab.width() || out.rows() != lab.rows()) {
            throw new Refusal("outputs are " + out.rows() + "x" + out.width() + " and labels "
                    + (lab == null ? "missing" : lab.rows() + "x" + lab.width()) + ": " + takes);
        }
    }
}
