package dev.lossadvisor.confirm;

import dev.lossadvisor.engine.report.TextReport;
import java.io.PrintWriter;
import java.util.Locale;

/** A confirm report for terminals and logs: the verdict, then one row per candidate; numbers read the same in every locale. */
public final class ConfirmText {
    private ConfirmText() {}

    public static void write(ConfirmReport r, PrintWriter out) {
        out.printf(Locale.ROOT, "task %s: %s (%s seeds, %d epochs each, %.1f s)%n", r.task(), r.verdict(), r.seeds().size(), r.epochs(), r.millis() / 1000.0);
        out.printf(Locale.ROOT, "  %s%n", r.explanation());
        if (r.setting() != null && !r.setting().isEmpty()) out.printf(Locale.ROOT, "  the synthetic task: %s%n", r.setting());
        out.println();
        boolean accuracy = r.candidates().stream().flatMap(c -> c.runs().stream()).anyMatch(run -> !Double.isNaN(run.accuracy())) && !r.metric().contains("accuracy");
        out.printf(Locale.ROOT, "  %-12s %-50s %-18s %s%-7s %-7s %-4s %-12s %s%n", "role", "candidate", r.metric() + (r.higherIsBetter() ? " (^)" : " (v)"),
                accuracy ? String.format(Locale.ROOT, "%-10s", "accuracy") : "", "ECE", "Brier", "NaN", "vs recommended", "training loss per epoch");
        for (var c : r.candidates()) {
            double acc = c.runs().stream().mapToDouble(RunResult::accuracy).average().orElse(Double.NaN);
            out.printf(Locale.ROOT, "  %-12s %-50s %-18s %s%-7s %-7s %-4d %-12s %s%n", c.candidate().role(), c.candidate().label(),
                    TextReport.format(c.metricMean()) + " ± " + String.format(Locale.ROOT, "%.3f", c.metricStd()),
                    accuracy ? String.format(Locale.ROOT, "%-10s", Double.isNaN(acc) ? "-" : String.format(Locale.ROOT, "%.3f", acc)) : "",
                    Double.isNaN(c.eceMean()) ? "-" : String.format(Locale.ROOT, "%.3f", c.eceMean()),
                    Double.isNaN(c.brierMean()) ? "-" : String.format(Locale.ROOT, "%.3f", c.brierMean()),
                    c.nonFiniteRuns(), against(r, c), c.meanLossCurve().stream().map(TextReport::format).toList());
        }
        out.flush();
    }

    /** How this row did against the recommendation: better, tie or worse (the comparison is the recommendation's). */
    private static String against(ConfirmReport r, ConfirmReport.CandidateSummary c) {
        for (ConfirmReport.Comparison x : r.comparisons()) {
            if (!x.other().equals(c.candidate().id())) continue;
            return switch (x.outcome()) {
                case "better" -> "worse";
                case "worse" -> "better";
                default -> "tie";
            };
        }
        return "-";
    }
}
