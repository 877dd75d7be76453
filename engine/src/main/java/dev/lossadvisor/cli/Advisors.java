package dev.lossadvisor.cli;

import dev.lossadvisor.engine.LossAdvisor;

/** One advisor per process, created on first use so that --help stays instant. */
final class Advisors {
    private static volatile LossAdvisor advisor;

    private Advisors() {}

    /** Starts creating the advisor on a background thread: a command's own start-up (picocli, file search) overlaps it. */
    static void preload() {
        Thread loader = new Thread(Advisors::get, "rule-base");
        loader.setDaemon(true);
        loader.start();
    }

    /** True once the advisor exists: get() would not wait. */
    static boolean ready() {
        return advisor != null;
    }

    static synchronized LossAdvisor get() {
        if (advisor == null) advisor = LossAdvisor.create();
        return advisor;
    }
}
