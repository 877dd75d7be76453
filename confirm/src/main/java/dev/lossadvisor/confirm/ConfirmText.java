package dev.lossadvisor.confirm;

import dev.lossadvisor.engine.report.TextReport;
import java.io.PrintWriter;
import java.util.Locale;

/** A confirm report for terminals and logs: the verdict, then one row per candidate. */
public final class ConfirmText {
    private ConfirmText() {}

    public static void write(ConfirmReport r, PrintWriter out) {
        out.printf("task %s: %s (%s seeds, %d epochs each, %.1f s)%n", r.task(), r.verdict(), r.seeds().size(), r.epochs(), r.millis() / 1000.0);
        out.printf("  %s%n%n", r.explanation());
        out.printf("  %-12s %-50s %-18s %-7s %-7s %-4s %s%n", "role", "candidate", r.metric() + (r.higherIsBetter() ? " (^)" : " (v)"),
                "ECE", "Brier", "NaN", "training loss per epoch");
        for (var c : r.candidates()) {
            out.printf("  %-12s %-50s %-18s %-7s %-7s %-4d %s%n", c.candidate().role(), c.candidate().label(),
                    TextReport.format(c.metricMean()) + " ± " + String.format(Locale.ROOT, "%.3f", c.metricStd()),
                    Double.isNaN(c.eceMean()) ? "-" : String.format(Locale.ROOT, "%.3f", c.eceMean()),
                    Double.isNaN(c.brierMean()) ? "-" : String.format(Locale.ROOT, "%.3f", c.brierMean()),
                    c.nonFiniteRuns(), c.meanLossCurve().stream().map(TextReport::format).toList());
        }
        out.flush();
    }
}
