package dev.lossadvisor.engine.report;

import dev.lossadvisor.engine.Advice;
import dev.lossadvisor.engine.ValidationReport;
import dev.lossadvisor.engine.findings.Finding;
import dev.lossadvisor.engine.findings.RuleInfo;
import dev.lossadvisor.engine.losses.Decimals;
import dev.lossadvisor.engine.losses.LossValue;
import java.io.PrintWriter;
import java.util.List;

/** Plain-text rendering for terminals and CI logs. */
public final class TextReport {
    private TextReport() {}

    /** @param color ANSI colours, for a terminal */
    public static void lint(List<FileResult> results, PrintWriter out, boolean color) {
        for (FileResult r : results) {
            if (r.skipped() != null) continue;
            if (r.error() != null) {
                out.println(paint(color, BOLD, r.file()));
                out.printf("  %s %s%n", paint(color, RED, "error   "), r.error().oneLine());
                out.println();
                continue;
            }
            ValidationReport report = r.report();
            if (report.findings().isEmpty()) continue;
            out.println(paint(color, BOLD, r.title()));
            if (report.advice() != null && !report.advice().taskEvidence().isEmpty()) out.printf("  task %s: %s%n", report.advice().task(), report.advice().taskEvidence());
            for (Finding f : report.findings()) {
                String sev = String.format("%-8s", f.severity().id());
                out.printf("  %s %s %s  %s%n", paint(color, colorOf(f.severity()), sev), f.code(), f.rule(), f.path());
                out.printf("           %s%n", f.message());
                out.printf("           fix: %s%n", f.fix());
            }
            String losses = lossLine(report);
            if (losses != null) out.printf("  %s%n", losses);
            out.println();
        }
        out.println(LintSummary.of(results).line());
        out.flush();
    }

    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String CYAN = "\u001b[36m";
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    private static String colorOf(dev.lossadvisor.engine.findings.Severity s) {
        return switch (s) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case INFO -> CYAN;
        };
    }

    private static String paint(boolean color, String code, String text) {
        return color ? code + text + RESET : text;
    }

    private static String lossLine(ValidationReport r) {
        if (r.configuredLoss() == null) return null;
        StringBuilder sb = new StringBuilder("loss on samples: ").append(value(r.configuredLoss()));
        if (r.recommendedLoss() != null) sb.append("; recommended ").append(value(r.recommendedLoss()));
        return sb.toString();
    }

    static String value(LossValue v) {
        return v.loss() + " = " + shown(v) + (v.note() == null ? "" : " (" + v.note() + ")");
    }

    /** The value as the framework gives it: a number, the first elements of an unreduced loss, or "not computable". */
    public static String shown(LossValue v) {
        if (v.value() != null) return format(v.value());
        if (v.elements().isEmpty()) return "not computable";
        int n = v.elements().size();
        String first = String.join(", ", v.elements().stream().limit(SHOWN_ELEMENTS).map(TextReport::format).toList());
        return "[" + first + (n > SHOWN_ELEMENTS ? ", …] (" + n + " values, reduction 'none')" : "] (reduction 'none')");
    }

    private static final int SHOWN_ELEMENTS = 8;

    public static String format(double d) {
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "Inf" : "-Inf";
        return Decimals.fixed(d, 4);
    }

    public static void advice(Advice a, PrintWriter out) {
        out.printf("task:        %s%s%n", a.task(), a.taskEvidence().isEmpty() ? "" : " (" + a.taskEvidence() + ")");
        out.printf("loss:        %s%n", a.loss());
        out.printf("activation:  %s%n", a.activation());
        out.printf("labels:      %s%n", a.labelFormat());
        out.printf("units:       %s%n", a.units());
        out.printf("why:         %s%n", a.rationale());
        out.printf("otherwise:   %s%n", a.alternatives());
        for (Advice.FrameworkCode c : a.code()) {
            out.println();
            out.printf("[%s] %s%n", c.framework(), c.loss());
            out.printf("  final layer: %s%n", c.layer());
            out.printf("  labels:      %s%n", c.labels());
            for (String line : c.snippet().split("\n")) out.println(line.isEmpty() ? "" : "    " + line);  // no trailing blanks to paste
        }
        out.flush();
    }

    public static void rules(List<RuleInfo> rules, PrintWriter out) {
        for (RuleInfo r : rules) out.printf("%s  %-36s %-8s %s%n", r.code(), r.name(), r.severity().id(), r.summary());
        out.flush();
    }

    /** A rule's documentation: what it does, why it is bad, an example, what to use instead. */
    public static void ruleDoc(RuleDoc doc, PrintWriter out) {
        RuleInfo r = doc.rule();
        out.printf("%s (%s) - %s%n", r.name(), r.code(), r.severity().id());
        if (doc.note() != null) out.printf("%s%n", doc.note());
        for (RuleDoc.Section s : doc.sections()) {
            out.printf("%n%s%n", s.title());
            if (s.text() != null) out.printf("  %s%n", s.text());
            if (s.example() != null) out.printf("%s%n", indent(s.example()));
        }
        out.flush();
    }

    private static String indent(String s) {
        return "  " + s.strip().replace("\n", "\n  ");
    }
}
