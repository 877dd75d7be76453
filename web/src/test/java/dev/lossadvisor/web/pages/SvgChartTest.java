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
    void aLossThatFallsBelowTheLogAxisIsMarkedWhereItLeaves() {
        String svg = SvgChart.render("t", List.of(new SvgChart.Series("stuck", List.of(8.0, 8.0)),
                new SvgChart.Series("falling", List.of(0.5, 1e-30))));
        assertEquals(1, count(svg, "class=\"off-plot\""), svg);
        assertTrue(svg.contains("falling, epoch 2: 1.00e-30, below the plot"), svg);
        assertTrue(svg.contains("falling (falls below the plot: ▼)"), svg);
        assertEquals(0, count(SvgChart.render("t", List.of(new SvgChart.Series("ok", List.of(0.6, 0.3)))), "off-plot"));
    }

    /** Softmax into NLLLoss gives negative losses: they go below a zero line, not onto it. */
    @Test
    void negativeLossesAreDrawnBelowZero() {
        String svg = SvgChart.render("t", List.of(new SvgChart.Series("nll on probabilities", List.of(-0.2, -0.6, -0.9)),
                new SvgChart.Series("ce", List.of(1.1, 0.5, 0.2))));
        assertFalse(svg.contains("log scale"));
        assertTrue(svg.contains(">-0.9") || svg.contains(">-1"), "the axis reaches below zero: " + svg);
        String points = svg.substring(svg.indexOf("points=\"") + 8, svg.indexOf('"', svg.indexOf("points=\"") + 8));
        String[] p = points.split(" ");
        double y1 = Double.parseDouble(p[0].split(",")[1]);
        double y3 = Double.parseDouble(p[2].split(",")[1]);
        assertTrue(y3 > y1, "-0.9 is drawn lower than -0.2: " + points);
        assertEquals(0, count(svg, "off-plot"));
    }

    @Test
    void theOutcomeColumnSaysWhyATieIsATie() {
        var tie = new dev.lossadvisor.confirm.ConfirmReport.Comparison("mse", "mistake", "tie", 0.002, 0.005, 3);
        assertEquals("tie: ahead by 0.002, within the margin 0.005 (ahead on 3/3 seeds)", ConfirmPages.outcome(tie, 3));
        var better = new dev.lossadvisor.confirm.ConfirmReport.Comparison("mse", "mistake", "better", 0.35, 0.01, 3);
        assertEquals("better by 0.35 (ahead on 3/3 seeds)", ConfirmPages.outcome(better, 3));
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
