package dev.lossadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lossadvisor.engine.findings.Severity;
import dev.lossadvisor.engine.input.ModelDescription;
import dev.lossadvisor.facts.LabelStats;
import dev.lossadvisor.facts.OutputStats;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SampleInspectionTest {

    private static ModelDescription parse(String outputs, String labels) {
        return Fixtures.ADVISOR.parse("{\"framework\": \"keras\", \"output\": {\"units\": 1}, \"loss\": \"mse\", \"samples\": {"
                + (outputs == null ? "" : "\"outputs\": " + outputs) + (outputs != null && labels != null ? ", " : "")
                + (labels == null ? "" : "\"labels\": " + labels) + "}}");
    }

    private static LabelStats labels(String labels) {
        return parse(null, labels).samples().labelStats();
    }

    @Test
    void labelKinds() {
        assertEquals("binary", labels("[0, 1, 1, 0]").kind());
        assertEquals("soft", labels("[0.2, 0.8, 0.5, 0.9]").kind());
        assertEquals("signed", labels("[1, -1, -1]").kind());
        assertEquals("integer", labels("[0, 3, 2, 7]").kind());
        assertEquals("one_hot", labels("[[1, 0, 0], [0, 0, 1]]").kind());
        assertEquals("multi_hot", labels("[[1, 0, 1], [0, 0, 1]]").kind());
        assertEquals("distribution", labels("[[0.7, 0.2, 0.1], [0.1, 0.1, 0.8]]").kind());
        assertEquals("continuous", labels("[152000, 238500, -3.5]").kind());
    }

    @Test
    void classBalance() {
        LabelStats s = labels("[0, 0, 0, 0, 0, 0, 0, 0, 0, 1]");
        assertEquals(9.0, s.imbalanceRatio(), 1e-12);
        assertEquals(0.1, s.minorityShare(), 1e-12);
        LabelStats multi = labels("[[1, 0], [1, 0], [1, 1], [1, 0]]");
        assertEquals(3.0, multi.imbalanceRatio(), 1e-12, "rarest label: 3 negatives per positive");
        assertEquals(2, multi.maxPositivesPerRow());
        assertEquals(4, labels("[0, 3, 2]").classes());
    }

    @Test
    void robustOutliers() {
        LabelStats s = labels("[0.1, -0.2, 0.3, 0.0, -0.1, 0.2, 0.05, -0.15, 12.0]");
        assertEquals(1, s.outliers());
        assertEquals(0.05, s.median(), 1e-12);
        assertEquals(0, labels("[1, 2, 3, 4, 5, 6, 7, 8]").outliers());
    }

    @Test
    void outputStatistics() {
        OutputStats s = parse("[[0.7, 0.3], [1.0, 0.0], [2.5, -1.0], [NaN, 0.5]]", null).samples().outputStats();
        assertEquals(4, s.rows());
        assertEquals(2, s.width());
        assertEquals(1, s.nonFinite());
        assertEquals(2, s.saturated());
        assertEquals(2, s.outsideUnit());
        assertEquals(2, s.rowsSummingToOne());
        assertEquals(-1.0, s.min());
        assertEquals(2.5, s.max());
    }

    /** Ten million output values, generated on the fly: streamed into 80 MB of doubles, never a JSON tree. */
    @Test
    void tenMillionOutputsStreamThrough() {
        int rows = 1_000_000;
        InputStream json = new InputStream() {
            private byte[] chunk = ("{\"framework\": \"keras\", \"output\": {\"units\": 10, \"activation\": \"softmax\"}, "
                    + "\"loss\": \"categorical_crossentropy\", \"samples\": {\"outputs\": [").getBytes(StandardCharsets.UTF_8);
            private int pos;
            private int row;

            @Override
            public int read() {
                if (pos == chunk.length) {
                    if (row > rows) return -1;
                    String next = row == rows ? "]}}" : (row > 0 ? "," : "") + "[0.1,0.1,0.1,0.1,0.1,0.1,0.1,0.1,0.1,0.1]";
                    row++;
                    chunk = next.getBytes(StandardCharsets.UTF_8);
                    pos = 0;
                }
                return chunk[pos++];
            }
        };
        ModelDescription d = Fixtures.ADVISOR.parse(json);
        OutputStats s = d.samples().outputStats();
        assertEquals(rows * 10L, s.values());
        assertEquals(rows, s.rowsSummingToOne());
        assertTrue(Fixtures.ADVISOR.validate(d).findings().stream().noneMatch(f -> f.severity() == Severity.ERROR));
    }
}
