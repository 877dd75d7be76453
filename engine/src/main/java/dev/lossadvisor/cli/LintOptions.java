package dev.lossadvisor.cli;

import dev.lossadvisor.engine.LintPolicy;
import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.engine.ProjectConfig;
import dev.lossadvisor.engine.findings.Severity;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.report.FileResult;
import dev.lossadvisor.engine.report.GithubReport;
import dev.lossadvisor.engine.report.JsonReport;
import dev.lossadvisor.engine.report.JunitReport;
import dev.lossadvisor.engine.report.SarifReport;
import dev.lossadvisor.engine.report.TextReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options of the commands that lint and report (lint, capture): rules chosen, severities, config, report format. */
final class LintOptions {
    enum FailOn { error, warning, info, never }

    enum Format { text, json, sarif, junit, github }

    enum Color { auto, always, never }

    @Option(names = {"--output-format", "--format"}, defaultValue = "text", description = "text, json, sarif, junit or github "
            + "(workflow-command annotations) (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--fail-on", description = "Exit 1 when a finding is at least this severe: error, warning, info or never (default: the config's fail_on, else error).")
    FailOn failOn;

    @Option(names = "--config", paramLabel = "FILE", description = "Project config, loss-advisor.json or pyproject.toml (default: found upwards "
            + "from the linted path, for capture from the current directory).")
    Path config;

    @Option(names = "--select", split = ",", paramLabel = "RULE", description = "Run only these rules (codes, code prefixes such as LA0, or names), opt-in ones included.")
    List<String> select = List.of();

    @Option(names = "--extend-select", split = ",", paramLabel = "RULE", description = "Run these rules as well as the default set, "
            + "e.g. the opt-in prefer-from-logits.")
    List<String> extendSelect = List.of();

    @Option(names = "--ignore", split = ",", paramLabel = "RULE", description = "Skip these rules (codes, prefixes or names).")
    List<String> ignore = List.of();

    @Option(names = "--severity", paramLabel = "RULE=LEVEL", description = "Change a rule's severity, e.g. --severity class-imbalance=error.")
    Map<String, String> severity = new LinkedHashMap<>();

    @Option(names = "--color", defaultValue = "auto", description = "auto (colours on a terminal only), always or never.")
    Color color;

    /** The rule choices made on the command line, to override a config's. */
    LintPolicy flags(LossAdvisor advisor) {
        return LintPolicy.of(advisor, select, extendSelect, ignore, severity, "--");
    }

    /** The severity at which findings fail the run (--fail-on, else the config's, else error); null for never. */
    Severity failSeverity(ProjectConfig.Rules project) {
        FailOn threshold = failOn != null ? failOn : project.failOn() != null ? FailOn.valueOf(project.failOn()) : FailOn.error;
        return threshold == FailOn.never ? null : Severity.parse(threshold.name());
    }

    /** The config --config names, or null when it names none. */
    ProjectConfig givenConfig() {
        if (config == null) return null;
        if (!Files.isRegularFile(config)) throw new InputException("", "config " + config + " not found", "check the --config path");
        ProjectConfig c = ProjectConfig.read(config);
        if (c.source() == null) throw new InputException("", config + " has no [tool.loss-advisor] table", "add one, or name another config");
        return c;
    }

    /** Writes the results in the chosen format. */
    void report(List<FileResult> results, LossAdvisor advisor, Severity failSeverity, PrintWriter out) {
        switch (format) {
            case json -> out.println(JsonReport.lint(results));
            case sarif -> out.println(SarifReport.lint(results, advisor.rules(), Main.VERSION));
            case junit -> out.print(JunitReport.lint(results, failSeverity));
            case github -> GithubReport.lint(results, out);
            case text -> TextReport.lint(results, out, color == Color.always || color == Color.auto && CommandLine.Help.Ansi.AUTO.enabled());
        }
    }
}
