package dev.lossadvisor.engine.report;

import dev.lossadvisor.engine.Finding;
import dev.lossadvisor.engine.Severity;
import java.util.List;

/** Counts over a lint run. */
public record LintSummary(int files, int errors, int warnings, int infos, int suppressed, int unreadable) {

    public static LintSummary of(List<FileResult> results) {
        int[] bySeverity = new int[Severity.values().length];
        int unreadable = 0;
        int suppressed = 0;
        for (FileResult r : results) {
            if (r.error() != null) {
                unreadable++;
                continue;
            }
            for (Finding f : r.report().findings()) bySeverity[f.severity().ordinal()]++;
            suppressed += r.report().suppressed().size();
        }
        return new LintSummary(results.size(), bySeverity[0], bySeverity[1], bySeverity[2], suppressed, unreadable);
    }
}
