package dev.lossadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One advisor shared by several threads gives each the same answer it gives alone. Each description carries its own
 * name, so every validate fires the rules in a session of its own rather than reusing an earlier run's conclusions.
 */
class ConcurrencyTest {
    @Test
    void sharedAdvisorIsThreadSafe() throws Exception {
        String bad = Files.readString(Fixtures.SAMPLES.resolve("unclipped-log/bad.json"));
        String good = Files.readString(Fixtures.SAMPLES.resolve("mse-for-classification/good.json"));
        ValidationReport badAlone = Fixtures.ADVISOR.validate(bad);
        ValidationReport goodAlone = Fixtures.ADVISOR.validate(good);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                boolean even = i % 2 == 0;
                // the first "name" is the description's own (a loss has one too)
                String renamed = "\"name\": \"copy " + i + " of ";
                results.add(pool.submit(() -> even
                        ? Fixtures.ADVISOR.validate(bad.replaceFirst("\"name\": \"", renamed)).findings().equals(badAlone.findings())
                        : Fixtures.ADVISOR.validate(good.replaceFirst("\"name\": \"", renamed)).findings().equals(goodAlone.findings())));
            }
            for (Future<Boolean> f : results) assertEquals(true, f.get());
        } finally {
            pool.shutdown();
        }
    }
}
