package dev.lossadvisor.engine.report;

import dev.lossadvisor.engine.findings.Finding;
import dev.lossadvisor.engine.findings.Severity;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * GitHub Actions workflow commands, one annotation per finding ({@code ::error file=F,line=L,col=C,title=T::message}),
 * shown on the pull request's diff at that line; a notebook's finding at the line of its cell's text in the .ipynb.
 * Unreadable files are annotated as errors at their first line.
 */
public final class GithubReport {
    private GithubReport() {}

    public static void lint(List<FileResult> results, PrintWriter out) {
        Places places = new Places();
        for (FileResult fr : results) {
            if (fr.error() != null) {
                out.println("::error file=" + property(fr.file()) + ",line=1,title=" + property("Loss Advisor: unreadable") + "::" + data(fr.error().oneLine()));
            }
            if (fr.report() == null) continue;
            Map<String, Integer> lines = Places.pointerLines(fr.file(), fr.report().findings().stream().map(Finding::path).collect(Collectors.toSet()));
            for (Finding f : fr.report().findings()) {
                Places.Place at = places.of(fr.file(), f.path(), lines);
                String cell = at.cell() == 0 ? "" : " (cell " + at.cell() + ":" + at.cellLine() + ":" + at.cellColumn() + ")";
                out.println("::" + command(f.severity()) + " file=" + property(at.file()) + ",line=" + at.line() + (at.column() > 0 ? ",col=" + at.column() : "")
                        + ",title=" + property(f.code() + " " + f.rule()) + "::" + data(f.code() + " " + f.message() + cell + " Fix: " + f.fix()));
            }
        }
    }

    private static String command(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** Escapes as the runner's command parser expects: %, CR and LF in data; also ':' and ',' in properties. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
