package dev.lossadvisor.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SvgChartTest {

    @Test
    void oneLinePerCandidateAndACrossWhereALossDiverged() {
        String svg = SvgChart.render("t", List.of(
                new SvgChart.Series("BCE", List.of(0.6, 0.3, 0.1)),
                new SvgChart.Series("unclipped <log>", List.of(0.7, Double.NaN, Double.NaN))));
        assertEquals(2, count(svg, "<polyline"));
        assertEquals(1, count(svg, "class=\"diverged\""));
        assertTrue(svg.contains("unclipped &lt;log&gt; (diverged: NaN)"));
        assertFalse(svg.contains("<log>"));
        assertFalse(svg.contains("log scale"));
    }

    @Test
    void lossesThatSpanDecadesGetALogAxis() {
        String svg = SvgChart.render("t", List.of(new SvgChart.Series("stuck", List.of(8.0, 8.0)),
                new SvgChart.Series("falling", List.of(0.5, 1e-30))));
        assertTrue(svg.contains("log scale"));
        // the fall past the four decades shown sits on the axis instead of stretching it
        assertTrue(svg.contains("y1=\"276.0\"") || svg.contains(",276.0"), svg);
    }

    @Test
    void aRunThatDivergedAtOnceStillHasItsMarkAndLegend() {
        String svg = SvgChart.render("t", List.of(new SvgChart.Series("nan", List.of(Double.NaN))));
        assertEquals(0, count(svg, "<polyline"));
        assertEquals(1, count(svg, "class=\"diverged\""));
    }

    private static int count(String s, String what) {
        return s.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }
}
