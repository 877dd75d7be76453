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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Real model files of every format with random bytes changed, cut short or grown, through the one read entry
 * point: each is read into descriptions that validate, or refused with a one-line InputException. Nothing else
 * escapes: no exception of jhdf's, the zip reader's or Jackson's, no error.
 */
class ModelFileProperties {
    private static final Path CORPUS = Path.of(System.getProperty("real.models.dir", "../../shared/real-models/keras"));
    /** One of each format: HDF5 model, HDF5 weights, .keras archive, HDF5 under .keras, Keras 1 JSON, TF.js, double-encoded. */
    private static final List<String> FILES = List.of("churn-404.h5", "battery.h5", "diabetes.keras", "glaucoma.keras",
            "carnd-ncondo-k1.json", "nesa.json", "carnd-zimmer-k1.json", "savedmodel-chengen/keras_metadata.pb");
    private static final List<byte[]> ORIGINALS = FILES.stream().map(ModelFileProperties::bytes).toList();

    private static byte[] bytes(String name) {
        try {
            Path p = CORPUS.resolve(name);
            return Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<Integer> fileIndex() {
        return Arbitraries.integers().between(0, FILES.size() - 1);
    }

    /** A copy with {@code changes} random bytes overwritten (most within the first 4 KB, where headers and configs are). */
    private static byte[] mutate(byte[] original, long seed, int changes) {
        byte[] b = original.clone();
        Random r = new Random(seed);
        for (int i = 0; i < changes && b.length > 0; i++) {
            int at = r.nextInt(4) == 0 ? r.nextInt(b.length) : r.nextInt(Math.min(b.length, 4096));
            b[at] = (byte) r.nextInt(256);
        }
        return b;
    }

    private static void survives(byte[] bytes) {
        try {
            for (ModelDescription d : Fixtures.ADVISOR.read(new ByteArrayInputStream(bytes))) Fixtures.ADVISOR.validate(d);
        } catch (InputException e) {
            assertTrue(e.path() != null && e.hint() != null && !e.oneLine().contains("\n"), e.oneLine());
            assertTrue(BadInputTest.plain(e.oneLine()), "parser internals in: " + e.oneLine());
        }
    }

    @Property(tries = 400)
    void mutatedFilesAreReadOrRefusedInOneLine(@ForAll("fileIndex") int file, @ForAll long seed, @ForAll @IntRange(min = 1, max = 64) int changes) {
        survives(mutate(ORIGINALS.get(file), seed, changes));
    }

    @Property(tries = 200)
    void truncatedFilesAreReadOrRefusedInOneLine(@ForAll("fileIndex") int file, @ForAll @IntRange(min = 0, max = 100_000) int length) {
        byte[] original = ORIGINALS.get(file);
        survives(java.util.Arrays.copyOf(original, Math.min(length, original.length)));
    }
}
