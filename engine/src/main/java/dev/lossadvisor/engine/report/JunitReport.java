package dev.lossadvisor.engine.report;

import dev.lossadvisor.engine.findings.Finding;
import dev.lossadvisor.engine.findings.Severity;
import java.util.List;

/**
 * JUnit XML for CI dashboards: a test suite per file, a failing test case per finding at or above the
 * fail-on threshold, a passing "lint" case for a file without one, an error case for unreadable input.
 */
public final class JunitReport {
    private JunitReport() {}

    /** @param threshold findings at least this severe fail; null means none fail */
    public static String lint(List<FileResult> results, Severity threshold) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"loss-advisor\">\n");
        for (FileResult r : results) {
            String file = escape(r.title());
            if (r.skipped() != null) {
                x.append("  <testsuite name=\"").append(file).append("\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"1\">\n")
                        .append("    <testcase classname=\"").append(file).append("\" name=\"read\">\n")
                        .append("      <skipped message=\"").append(escape(r.skipped())).append("\"/>\n")
                        .append("    </testcase>\n  </testsuite>\n");
                continue;
            }
            if (r.error() != null) {
                x.append("  <testsuite name=\"").append(file).append("\" tests=\"1\" failures=\"0\" errors=\"1\">\n")
                        .append("    <testcase classname=\"").append(file).append("\" name=\"read\">\n")
                        .append("      <error message=\"").append(escape(r.error().oneLine())).append("\" type=\"input\"/>\n")
                        .append("    </testcase>\n  </testsuite>\n");
                continue;
            }
            // every finding is a test case: failed at or above the threshold, passed with its text below it, so
            // dashboards show warnings and infos too
            List<Finding> all = r.report().findings();
            long failures = all.stream().filter(f -> threshold != null && f.severity().atLeast(threshold)).count();
            x.append("  <testsuite name=\"").append(file).append("\" tests=\"").append(Math.max(1, all.size())).append("\" failures=\"")
                    .append(failures).append("\" errors=\"0\">\n");
            if (all.isEmpty()) x.append("    <testcase classname=\"").append(file).append("\" name=\"lint\"/>\n");
            for (Finding f : all) {
                x.append("    <testcase classname=\"").append(file).append("\" name=\"").append(escape(f.code() + " " + f.rule() + " " + f.path())).append("\">\n");
                if (threshold != null && f.severity().atLeast(threshold)) {
                    x.append("      <failure message=\"").append(escape(f.message())).append("\" type=\"").append(f.severity().id()).append("\">")
                            .append(escape("fix: " + f.fix())).append("</failure>\n");
                } else {
                    x.append("      <system-out>").append(escape(f.severity().id() + ": " + f.message() + " fix: " + f.fix())).append("</system-out>\n");
                }
                x.append("    </testcase>\n");
            }
            x.append("  </testsuite>\n");
        }
        return x.append("</testsuites>\n").toString();
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') b.append(' ');
                    else b.append(c);
                }
            }
        }
        return b.toString();
    }
}
