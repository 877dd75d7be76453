package dev.lossadvisor.cli;

import dev.lossadvisor.engine.LintPolicy;
import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.engine.ProjectConfig;
import dev.lossadvisor.engine.Severity;
import dev.lossadvisor.engine.capture.CaptureRun;
import dev.lossadvisor.engine.capture.Captured;
import dev.lossadvisor.engine.capture.CapturedReader;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.report.FileResult;
import dev.lossadvisor.engine.report.JsonReport;
import dev.lossadvisor.engine.report.JunitReport;
import dev.lossadvisor.engine.report.SarifReport;
import dev.lossadvisor.engine.report.TextReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "capture", mixinStandardHelpOptions = true,
        description = {"Runs your training command and records what each loss really receives: the loss and its options, the input's "
                + "grad_fn and producing module, shapes, and the first rows of input and target (PyTorch, Keras 3, tf.keras). "
                + "Each loss call site becomes a description in --out, linted like any model.",
                "Example: loss-advisor capture --batches 3 -- python3 train.py --epochs 1",
                "Exit code: the command's own when it failed; else the lint's (0 clean, 1 findings at --fail-on)."})
final class CaptureCommand implements Callable<Integer> {
    @Option(names = "--batches", defaultValue = "3", paramLabel = "N", description = "Batches to capture per loss call site (default: ${DEFAULT-VALUE}).")
    int batches;

    @Option(names = "--rows", defaultValue = "256", paramLabel = "R", description = "Rows of input and target kept per call site (default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--out", defaultValue = "loss-advisor-capture", paramLabel = "DIR", description = "Where the captured descriptions go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--then", defaultValue = "stop", paramLabel = "stop|continue",
            description = "Once every call site has its batches: stop the program cleanly, or let it finish (default: ${DEFAULT-VALUE}).")
    String then;

    @Option(names = {"-C", "--directory"}, paramLabel = "DIR", description = "Run the command in DIR (default: here); places are shown relative to it.")
    Path directory;

    @Option(names = "--format", defaultValue = "text", description = "text, json, sarif or junit (default: ${DEFAULT-VALUE}).")
    LintCommand.Format format;

    @Option(names = "--fail-on", description = "Exit 1 when a finding is at least this severe: error, warning, info or never (default: the config's fail_on, else error).")
    LintCommand.FailOn failOn;

    @Option(names = "--config", paramLabel = "FILE", description = "Project config (default: ./loss-advisor.json when present).")
    Path config;

    @Option(names = "--select", split = ",", paramLabel = "RULE", description = "Run only these rules (codes or names).")
    List<String> select = List.of();

    @Option(names = "--extend-select", split = ",", paramLabel = "RULE", description = "Run these rules as well as the default set.")
    List<String> extendSelect = List.of();

    @Option(names = "--ignore", split = ",", paramLabel = "RULE", description = "Skip these rules (codes or names).")
    List<String> ignore = List.of();

    @Option(names = "--severity", paramLabel = "RULE=LEVEL", description = "Change a rule's severity.")
    Map<String, String> severity = new LinkedHashMap<>();

    @Option(names = "--color", defaultValue = "auto", description = "auto, always or never.")
    LintCommand.Color color;

    @Parameters(arity = "1..*", paramLabel = "COMMAND", description = "The command to run, after --: -- python3 train.py --epochs 1")
    List<String> command;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!then.equals("stop") && !then.equals("continue")) throw new InputException("--then", "unknown value '" + then + "'", "use stop or continue");
        PrintWriter err = spec.commandLine().getErr();
        LossAdvisor advisor = Advisors.get();
        ProjectConfig.Rules project = projectConfig().rules(advisor);
        LintPolicy policy = project.policy().overriddenBy(LintPolicy.of(advisor, select, extendSelect, ignore, severity, "--"));
        LintCommand.FailOn threshold = failOn != null ? failOn : project.failOn() != null ? LintCommand.FailOn.valueOf(project.failOn()) : LintCommand.FailOn.error;
        Severity failSeverity = threshold == LintCommand.FailOn.never ? null : Severity.parse(threshold.name());

        CaptureRun.Outcome outcome = CaptureRun.run(command, directory, out, new CaptureRun.Settings(batches, rows, then.equals("stop")));
        List<FileResult> results = new ArrayList<>();
        for (Captured c : CapturedReader.read(advisor, out)) {
            String loss = c.description().loss().name();
            // a loss of the user's own (a LossFunctionWrapper around their function) is theirs to judge: not a finding
            if (advisor.catalog().unknownLoss(c.description().framework(), loss).isPresent()) {
                results.add(FileResult.skipped(c.source(), loss + " at " + c.captured().path("call_site").asText() + " is no loss Loss Advisor knows"));
            } else {
                results.add(FileResult.linted(c.source(), policy.apply(c.validate(advisor))));
            }
        }
        PrintWriter o = spec.commandLine().getOut();
        switch (format) {
            case json -> o.println(JsonReport.lint(results));
            case sarif -> o.println(SarifReport.lint(results, advisor.rules(), Main.VERSION));
            case junit -> o.print(JunitReport.lint(results, failSeverity));
            case text -> TextReport.lint(results, o, color == LintCommand.Color.always || color == LintCommand.Color.auto && CommandLine.Help.Ansi.AUTO.enabled());
        }
        o.flush();
        for (String e : outcome.hookErrors()) err.println("capture: a hook failed while " + e + " (the run went on)");
        String ran = String.join(" ", command);
        if (!outcome.succeeded()) {
            err.println("capture: '" + ran + "' exited " + outcome.exitCode() + "; that is the exit code" + (results.isEmpty() ? "" : " (the findings above are from what ran before)"));
            return outcome.exitCode();
        }
        if (results.isEmpty()) {
            err.println("capture: '" + ran + "' ran, but " + (outcome.hookErrors().isEmpty()
                    ? "called no PyTorch or Keras loss (is it Python run with -I or -S, which ignore PYTHONPATH?)" : "no loss call could be captured (the hook failures above)"));
            return Main.BAD_INPUT;
        }
        int code = failSeverity != null && results.stream().anyMatch(r -> r.report() != null && r.report().failsAt(failSeverity)) ? Main.FINDINGS : Main.CLEAN;
        err.println("capture: '" + ran + "' " + (outcome.stopped() ? "was stopped after " + batches + " batch(es) per loss call site" : "exited 0")
                + "; " + results.size() + " call site(s) in " + out + "; exit code " + code + " from the lint");
        return code;
    }

    /** --config, else the config that applies to the working directory, found upwards as lint finds it. */
    private ProjectConfig projectConfig() {
        if (config == null) return ProjectConfig.discover(Path.of(""));
        if (!Files.isRegularFile(config)) throw new InputException("", "config " + config + " not found", "check the --config path");
        return ProjectConfig.read(config);
    }
}
