package dev.lossadvisor.cli;

import dev.lossadvisor.confirm.ConfirmReport;
import dev.lossadvisor.confirm.ConfirmText;
import dev.lossadvisor.confirm.Confirmations;
import dev.lossadvisor.confirm.Progress;
import dev.lossadvisor.confirm.Shape;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.input.ModelDescription;
import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.engine.report.JsonReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "confirm", mixinStandardHelpOptions = true,
        description = {"Trains a small reference CNN on synthetic data shaped like the task, once per candidate and seed:",
                "the recommendation, the mistakes it guards against, and your own configuration (--model). Reports who wins."})
final class ConfirmCommand implements Callable<Integer> {
    @Option(names = "--task", description = "binary, soft-binary, multiclass, multilabel, imbalanced-binary, regression or regression-outliers (default: the model's task).")
    String task;

    @Option(names = "--model", paramLabel = "FILE", description = "A model description (or Keras model) whose activation and loss join the candidates.")
    Path model;

    @Option(names = "--from", paramLabel = "CAPTURE_DIR", description = "A 'loss-advisor capture' directory: its first loss call site is "
            + "your configuration, and the synthetic task takes the task and the label shape (rare positives, outliers) from its captured labels.")
    Path from;

    @Option(names = "--seeds", defaultValue = "3", description = "Seeds per candidate (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Mixin
    OutputFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ModelDescription user = null;
        if (model != null) {
            if (!Files.exists(model)) throw new InputException("", model + ": no such file", "check the --model path");
            user = LossAdvisor.single(Advisors.get().read(model));
        }
        PrintWriter out = spec.commandLine().getOut();
        Shape shape = Shape.DEFAULT;
        String confirmTask = task;
        if (from != null) {
            if (model != null) throw new InputException("--from", "given with --model", "give one: a capture directory or a model file");
            CaptureSite site = CaptureSite.first(Advisors.get(), from);
            user = site.captured().description();
            shape = site.shape();
            if (confirmTask == null) confirmTask = site.task();
            spec.commandLine().getErr().println("confirm: " + site.summary());
        }
        Progress progress = new ProgressPrinter(spec.commandLine().getErr(), System.console() != null);
        ConfirmReport report = new Confirmations(Advisors.get()).confirm(confirmTask, seeds, user, shape, progress);
        if (format.json()) out.println(JsonReport.write(JsonReport.mapper().valueToTree(report)));
        else ConfirmText.write(report, out);
        out.flush();
        return Main.CLEAN;
    }
}
