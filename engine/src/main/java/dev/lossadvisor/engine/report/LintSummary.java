package dev.lossadvisor.engine.report;

import dev.lossadvisor.engine.findings.Finding;
import dev.lossadvisor.engine.findings.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts over a lint run. Every file met is counted once: linted, skipped as no model, or unreadable.
 *
 * @param files      files met
 * @param linted     files read and checked (a model with several outputs counts once)
 * @param skipped    files that hold no model, met while searching a directory
 * @param unreadable files that could not be read
 */
public record LintSummary(int files, int linted, int skipped, int unreadable, int errors, int warnings, int infos, int suppressed) {

    public static LintSummary of(List<FileResult> results) {
        int[] bySeverity = new int[Severity.values().length];
        Set<String> linted = new HashSet<>();
        int unreadable = 0;
        int skipped = 0;
        int suppressed = 0;
        for (FileResult r : results) {
            if (r.error() != null) {
                unreadable++;
            } else if (r.skipped() != null) {
                skipped++;
            } else {
                linted.add(r.file());
                for (Finding f : r.report().findings()) bySeverity[f.severity().ordinal()]++;
                suppressed += r.report().suppressed().size();
            }
        }
        return new LintSummary(linted.size() + skipped + unreadable, linted.size(), skipped, unreadable,
                bySeverity[0], bySeverity[1], bySeverity[2], suppressed);
    }

    /** "12 files: 9 linted, 2 not models (skipped), 1 unreadable; 1 error, 3 warnings, 5 info". */
    public String line() {
        StringBuilder sb = new StringBuilder();
        sb.append(files).append(files == 1 ? " file: " : " files: ").append(linted).append(" linted");
        if (skipped > 0) sb.append(", ").append(skipped).append(skipped == 1 ? " not a model (skipped)" : " not models (skipped)");
        if (unreadable > 0) sb.append(", ").append(unreadable).append(" unreadable");
        sb.append("; ").append(errors).append(errors == 1 ? " error, " : " errors, ").append(warnings)
                .append(warnings == 1 ? " warning, " : " warnings, ").append(infos).append(" info");
        if (suppressed > 0) sb.append("; ").append(suppressed).append(" suppressed");
        return sb.toString();
    }
}
