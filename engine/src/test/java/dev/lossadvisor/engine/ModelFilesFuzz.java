package dev.lossadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.input.ModelDescription;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The long fuzz run, outside the default build ({@code mvn -Pfuzz verify}): 100,000 inputs of every kind lint reads,
 * mutated, cut short and grown, through the one read entry point and the rules. Each is read and validated, or refused
 * with a one-line InputException free of parser internals; nothing else escapes.
 */
class ModelFilesFuzz {
    private static final Path CORPUS = Path.of(System.getProperty("real.models.dir", "../../shared/real-models/keras"));
    private static final List<byte[]> DESCRIPTIONS = files(Fixtures.SAMPLES, ".json");
    private static final List<byte[]> ARCHIVES = files(CORPUS, ".keras");
    private static final List<byte[]> HDF5 = Stream.of("churn-404.h5", "gradadmit.h5", "battery.h5", "obesity.h5", "rain.h5")
            .map(n -> read(CORPUS.resolve(n))).filter(b -> b.length > 0).toList();
    /** Binary inputs are spooled to a temporary file per case: small files keep 25,000 cases to minutes. */
    private static final int MAX_FILE = 256 << 10;
    private static final List<byte[]> KERAS_JSON = files(CORPUS, ".json");
    private static final AtomicLong READ = new AtomicLong();
    private static final AtomicLong REFUSED = new AtomicLong();

    private static List<byte[]> files(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(suffix) && Files.isRegularFile(p)).sorted().map(ModelFilesFuzz::read)
                    .filter(b -> b.length < MAX_FILE).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One of: overwrite bytes, cut short, repeat a slice, insert random bytes; mostly in the first 8 KB, where headers and configs are. */
    private static byte[] mutate(byte[] original, long seed, int changes) {
        Random r = new Random(seed);
        byte[] b = original.clone();
        switch (r.nextInt(4)) {
            case 0 -> {
                for (int i = 0; i < changes && b.length > 0; i++) b[r.nextInt(4) == 0 ? r.nextInt(b.length) : r.nextInt(Math.min(b.length, 8192))] = (byte) r.nextInt(256);
            }
            case 1 -> b = java.util.Arrays.copyOf(b, b.length == 0 ? 0 : r.nextInt(b.length));
            case 2 -> {
                int from = b.length == 0 ? 0 : r.nextInt(b.length);
                int len = Math.min(b.length - from, 1 + r.nextInt(256));
                byte[] grown = java.util.Arrays.copyOf(b, b.length + len * 4);
                for (int k = 0; k < 4; k++) System.arraycopy(b, from, grown, b.length + k * len, len);
                b = grown;
            }
            default -> {
                int at = b.length == 0 ? 0 : r.nextInt(Math.min(b.length, 8192));
                byte[] noise = new byte[1 + r.nextInt(64)];
                r.nextBytes(noise);
                byte[] out = new byte[b.length + noise.length];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(noise, 0, out, at, noise.length);
                System.arraycopy(b, at, out, at + noise.length, b.length - at);
                b = out;
            }
        }
        return b;
    }

    private static void survives(List<byte[]> pool, int index, long seed, int changes) {
        if (pool.isEmpty()) return;
        byte[] input = mutate(pool.get(Math.floorMod(index, pool.size())), seed, changes);
        try {
            for (ModelDescription d : Fixtures.ADVISOR.read(new ByteArrayInputStream(input))) Fixtures.ADVISOR.validate(d);
            READ.incrementAndGet();
        } catch (InputException e) {
            REFUSED.incrementAndGet();
            assertTrue(e.path() != null && e.hint() != null && !e.oneLine().contains("\n"), e.oneLine());
            assertTrue(BadInputTest.plain(e.oneLine()), "parser internals in: " + e.oneLine());
        }
    }

    /** 100,000 cases, spread over descriptions, .keras archives, HDF5 models and Keras/TF.js JSON. */
    @Property(tries = 100_000)
    void everyFormat(@ForAll @IntRange(min = 0, max = 3) int format, @ForAll int file, @ForAll long seed,
                     @ForAll @IntRange(min = 1, max = 32) int changes) {
        survives(List.of(DESCRIPTIONS, ARCHIVES, HDF5, KERAS_JSON).get(format), file, seed, changes);
    }

    @AfterContainer
    static void report() {
        System.out.printf("[fuzz] model files: %d read and validated, %d refused in one line, 0 unexpected exceptions%n", READ.get(), REFUSED.get());
    }
}
