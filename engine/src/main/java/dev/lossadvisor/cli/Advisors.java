package dev.lossadvisor.cli;

import dev.lossadvisor.engine.LossAdvisor;

/** One advisor per process, created on first use so that --help stays instant. */
final class Advisors {
    private static LossAdvisor advisor;

    private Advisors() {}

    static synchronized LossAdvisor get() {
        if (advisor == null) advisor = LossAdvisor.create();
        return advisor;
    }
}
