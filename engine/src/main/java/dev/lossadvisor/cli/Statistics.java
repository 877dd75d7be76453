package dev.lossadvisor.cli;

import dev.lossadvisor.engine.findings.Finding;
import dev.lossadvisor.engine.report.FileResult;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** --statistics, as ruff prints it: how often each rule fired, most frequent first; then unreadable and skipped files. */
final class Statistics {
    private Statistics() {}

    static void print(List<FileResult> results, PrintWriter out) {
        Map<Finding, Integer> counts = new LinkedHashMap<>();
        Map<String, Finding> byRule = new LinkedHashMap<>();
        for (FileResult r : results) {
            if (r.report() == null) continue;
            for (Finding f : r.report().findings()) {
                Finding key = byRule.computeIfAbsent(f.rule(), k -> f);
                counts.merge(key, 1, Integer::sum);
            }
        }
        int width = counts.values().stream().mapToInt(n -> String.valueOf(n).length()).max().orElse(1);
        counts.entrySet().stream()
                .sorted(Map.Entry.<Finding, Integer>comparingByValue().reversed().thenComparing(e -> e.getKey().code()))
                .forEach(e -> out.printf("%" + width + "d\t%s\t%-8s %s%n", e.getValue(), e.getKey().code(), e.getKey().severity().id(), e.getKey().rule()));
        long unreadable = results.stream().filter(r -> r.error() != null).count();
        long skipped = results.stream().filter(r -> r.skipped() != null).count();
        if (unreadable > 0) out.printf("%" + width + "d\tunreadable files%n", unreadable);
        if (skipped > 0) out.printf("%" + width + "d\tnot models (skipped)%n", skipped);
    }
}
