package dev.lossadvisor.engine;

import java.nio.file.Path;

/** Shared test fixtures: one advisor for the whole suite (it is thread-safe), and the samples folder. */
public final class Fixtures {
    public static final LossAdvisor ADVISOR = LossAdvisor.create();
    public static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));

    private Fixtures() {}
}
