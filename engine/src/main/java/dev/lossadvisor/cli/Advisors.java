package dev.lossadvisor.cli;

import dev.lossadvisor.engine.LossAdvisor;
import java.lang.reflect.Method;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/** One advisor per process, created on first use so that --help stays instant. */
final class Advisors {
    private static volatile LossAdvisor advisor;
    private static final AtomicBoolean PRELOADING = new AtomicBoolean();

    private Advisors() {}

    /**
     * Starts creating the advisor on a background thread: a command's own start-up (picocli, file search) overlaps it.
     * Building the rule base is a cold run's longest path, and the calling thread has time to spare until the rules are
     * needed, so it takes two pieces of the JDK that the build would otherwise start on its own thread: SecureRandom
     * (Drools names every unnamed pattern with a random UUID) and the proxies behind the annotations of Object's methods
     * (Drools reads the annotations of every fact class's methods, which include Object's).
     */
    static void preload() {
        if (!PRELOADING.compareAndSet(false, true)) return;
        Thread loader = new Thread(Advisors::get, "rule-base");
        loader.setDaemon(true);
        loader.start();
        UUID.randomUUID();
        for (Method m : Object.class.getMethods()) m.getAnnotations();
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
