package dev.lossadvisor.confirm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lossadvisor.engine.capture.Captured;
import dev.lossadvisor.engine.capture.CapturedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The synthetic task takes its shape from the labels a real PyTorch run gave its losses ('loss-advisor capture' of
 * capture-shapes-src/train.py under Debian's python3-torch). The expected numbers are computed here from the captured
 * rows themselves; the generated data is checked against them. Nothing trains: the data is the point.
 */
class ShapeTest {
    private static final Path DIR = Path.of("src/test/resources/capture-shapes");
    private static final List<Captured> SITES = CapturedReader.read(ConfirmTest.ADVISOR, DIR);

    @Test
    void sixClassesWithARareOne() throws IOException {
        double[][] y = labels(0);
        Shape s = Shape.of(SITES.get(0).description().samples(), "captured");
        assertEquals(6, s.classes());
        double rare = Arrays.stream(y).filter(r -> r[0] == 0).count() / (double) y.length;
        assertEquals(rare, s.rarestShare(), 1e-9);
        Dataset d = SyntheticTask.of("multiclass", s).train(1);
        assertEquals(6, d.width());
        int zeros = 0;
        for (int i = 0; i < d.n(); i++) if (d.targets()[i * 6] == 1) zeros++;
        assertEquals(rare, zeros / (double) d.n(), 0.02, "the rare class as rare as captured");
    }

    @Test
    void fiveSparseTags() throws IOException {
        double[][] y = labels(1);
        Shape s = Shape.of(SITES.get(1).description().samples(), "captured");
        assertEquals(5, s.classes());
        double density = Arrays.stream(y).flatMapToDouble(Arrays::stream).average().orElseThrow();
        assertEquals(density, s.density(), 1e-9);
        Dataset d = SyntheticTask.of("multilabel", s).train(1);
        double on = 0;
        for (float v : d.targets()) on += v;
        assertEquals(density, on / d.targets().length, 0.02);
    }

    @Test
    void softLabelsKeepTheirRange() throws IOException {
        double[] y = Arrays.stream(labels(2)).mapToDouble(r -> r[0]).toArray();
        double lo = Arrays.stream(y).min().orElseThrow();
        double hi = Arrays.stream(y).max().orElseThrow();
        Shape s = Shape.of(SITES.get(2).description().samples(), "captured");
        assertEquals(lo, s.softLow(), 1e-6);
        assertEquals(hi, s.softHigh(), 1e-6);
        float[] t = SyntheticTask.of("soft-binary", s).train(1).targets();
        for (float v : t) assertTrue(v >= lo - 1e-6 && v <= hi + 1e-6, "soft label " + v + " outside the captured range");
    }

    @Test
    void targetsAtTheirScaleWithTheirOutliers() throws IOException {
        double[] y = Arrays.stream(labels(3)).mapToDouble(r -> r[0]).sorted().toArray();
        double median = (y[(y.length - 1) / 2] + y[y.length / 2]) / 2;
        Shape s = Shape.of(SITES.get(3).description().samples(), "captured");
        assertEquals(median, s.center(), 1e-6);
        assertTrue(s.spread() > 4 && s.spread() < 6, "prices spread about 10 (robust), the default task's about 2.2: " + s.spread());
        double outliers = Arrays.stream(y).filter(v -> v == 400).count() / (double) y.length;
        assertEquals(outliers, s.outlierRate(), 0.01);
        SyntheticTask task = SyntheticTask.of("regression-outliers", s);
        float[] t = task.train(1).targets();
        float[] sorted = t.clone();
        Arrays.sort(sorted);
        assertEquals(median, sorted[sorted.length / 2], 0.1 * s.spread() * 2.2);
        assertEquals((float) median, task.initialBias(), 1e-3, "the model starts at the targets' median");
        assertTrue(s.describe("regression-outliers").startsWith(String.format(java.util.Locale.ROOT, "outliers %.1f%% of the targets, targets with median",
                100 * s.outlierRate())), s.describe("regression-outliers"));
    }

    @Test
    void withoutLabelsTheDefaultTask() {
        assertSame(Shape.DEFAULT, Shape.of(null, "nothing"));
        assertEquals("", Shape.DEFAULT.describe("multiclass"));
    }

    /** The label rows of the n-th captured call site, read from its file as written. */
    private static double[][] labels(int site) throws IOException {
        JsonNode rows = new ObjectMapper().readTree(SITES.get(site).file().toFile()).path("samples").path("labels");
        List<double[]> all = new ArrayList<>();
        for (JsonNode r : rows) {
            if (r.isArray()) {
                double[] v = new double[r.size()];
                for (int i = 0; i < v.length; i++) v[i] = r.get(i).asDouble();
                all.add(v);
            } else {
                all.add(new double[] {r.asDouble()});
            }
        }
        return all.toArray(double[][]::new);
    }
}
