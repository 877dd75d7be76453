package dev.lossadvisor.cli;

import dev.lossadvisor.engine.LintPolicy;
import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.engine.ProjectConfig;
import dev.lossadvisor.engine.capture.CaptureRun;
import dev.lossadvisor.engine.capture.Captured;
import dev.lossadvisor.engine.capture.CapturedReader;
import dev.lossadvisor.engine.findings.Severity;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.report.FileResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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

    @Parameters(arity = "1..*", paramLabel = "COMMAND", description = "The command to run, after --: -- python3 train.py --epochs 1")
    List<String> command;

    @Spec
    CommandSpec spec;

    /** The command's model: its annotations, and the lint options, which are built in code (see {@link Specs}). */
    static CommandSpec spec() {
        CommandSpec spec = CommandSpec.forAnnotatedObject(new CaptureCommand());
        LintOptions.addTo(spec);
        return spec;
    }

    @Override
    public Integer call() {
        if (!then.equals("stop") && !then.equals("continue")) throw new InputException("--then", "unknown value '" + then + "'", "use stop or continue");
        PrintWriter err = spec.commandLine().getErr();
        LintOptions options = new LintOptions(spec);
        LossAdvisor advisor = Advisors.get();
        ProjectConfig given = options.givenConfig();
        // without --config, the config that applies to the working directory, found upwards as lint finds it
        ProjectConfig.Rules project = (given != null ? given : ProjectConfig.discover(Path.of(""))).rules(advisor);
        LintPolicy policy = project.policy().overriddenBy(options.flags(advisor));
        Severity failSeverity = options.failSeverity(project);

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
        options.report(results, () -> advisor, failSeverity, o);
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
}
