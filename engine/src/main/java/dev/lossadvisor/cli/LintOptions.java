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
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The options of the commands that lint and report (lint, capture): rules chosen, severities, config, report format. */
final class LintOptions {
    enum FailOn { error, warning, info, never }

    enum Format { text, json, sarif, junit, github }

    enum Color { auto, always, never }

    private final CommandSpec spec;

    /** Reads the options from a command that {@link #addTo} gave them. */
    LintOptions(CommandSpec spec) {
        this.spec = spec;
    }

    /** Adds the options to a command. */
    static void addTo(CommandSpec spec) {
        spec.addOption(Specs.option(Format.class, "<format>", "text, json, sarif, junit or github "
                + "(workflow-command annotations) (default: ${DEFAULT-VALUE}).", "--output-format", "--format").defaultValue("text").build());
        spec.addOption(Specs.option(FailOn.class, "<failOn>", "Exit 1 when a finding is at least this severe: error, warning, info or never "
                + "(default: the config's fail_on, else error).", "--fail-on").build());
        spec.addOption(Specs.option(Path.class, "FILE", "Project config, loss-advisor.json or pyproject.toml (default: found upwards "
                + "from the linted path, for capture from the current directory).", "--config").build());
        spec.addOption(Specs.list("RULE", "Run only these rules (codes, code prefixes such as LA0, or names), opt-in ones included.", "--select"));
        spec.addOption(Specs.list("RULE", "Run these rules as well as the default set, e.g. the opt-in prefer-from-logits.", "--extend-select"));
        spec.addOption(Specs.list("RULE", "Skip these rules (codes, prefixes or names).", "--ignore"));
        spec.addOption(Specs.option(Map.class, "RULE=LEVEL", "Change a rule's severity, e.g. --severity class-imbalance=error.", "--severity")
                .auxiliaryTypes(String.class, String.class).build());
        spec.addOption(Specs.option(Color.class, "<color>", "auto (colours on a terminal only), always or never.", "--color").defaultValue("auto").build());
    }

    /** The rule choices made on the command line, to override a config's. */
    LintPolicy flags(LossAdvisor advisor) {
        Map<String, String> severity = Specs.value(spec, "--severity");
        return LintPolicy.of(advisor, Specs.values(spec, "--select"), Specs.values(spec, "--extend-select"), Specs.values(spec, "--ignore"),
                severity == null ? Map.of() : severity, "--");
    }

    /** True when an option names rules or needs their list: a run that finds no model must still check it. */
    boolean needRules() {
        return !Specs.values(spec, "--select").isEmpty() || !Specs.values(spec, "--extend-select").isEmpty() || !Specs.values(spec, "--ignore").isEmpty()
                || Specs.value(spec, "--severity") != null || Specs.<Format>value(spec, "--format") == Format.sarif;
    }

    /** The severity at which findings fail the run (--fail-on, else the config's, else error); null for never. */
    Severity failSeverity(ProjectConfig.Rules project) {
        return failSeverity(project.failOn());
    }

    /** @param configFailOn the config's fail_on, or null when it says none */
    Severity failSeverity(String configFailOn) {
        FailOn failOn = Specs.value(spec, "--fail-on");
        FailOn threshold = failOn != null ? failOn : configFailOn != null ? FailOn.valueOf(configFailOn) : FailOn.error;
        return threshold == FailOn.never ? null : Severity.parse(threshold.name());
    }

    /** The config --config names, or null when it names none. */
    ProjectConfig givenConfig() {
        Path config = Specs.value(spec, "--config");
        if (config == null) return null;
        if (!Files.isRegularFile(config)) throw new InputException("", "config " + config + " not found", "check the --config path");
        ProjectConfig c = ProjectConfig.read(config);
        if (c.source() == null) throw new InputException("", config + " has no [tool.loss-advisor] table", "add one, or name another config");
        return c;
    }

    /** Writes the results in the chosen format. */
    void report(List<FileResult> results, Supplier<LossAdvisor> advisor, Severity failSeverity, PrintWriter out) {
        Color color = Specs.value(spec, "--color");
        switch (Specs.<Format>value(spec, "--format")) {
            case json -> out.println(JsonReport.lint(results));
            case sarif -> out.println(SarifReport.lint(results, advisor.get().rules(), Main.VERSION));
            case junit -> out.print(JunitReport.lint(results, failSeverity));
            case github -> GithubReport.lint(results, out);
            case text -> TextReport.lint(results, out, color == Color.always || color == Color.auto && CommandLine.Help.Ansi.AUTO.enabled());
        }
    }
}
