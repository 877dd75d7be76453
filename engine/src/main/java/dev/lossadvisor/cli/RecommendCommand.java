package dev.lossadvisor.cli;

import dev.lossadvisor.engine.Advice;
import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.engine.input.RecommendRequest;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.samples.SampleMatrix;
import dev.lossadvisor.engine.report.JsonReport;
import dev.lossadvisor.engine.report.TextReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = "Recommends loss, output activation, label format and units for a task, with code per framework.")
final class RecommendCommand implements Callable<Integer> {
    @Option(names = "--task", description = "One of: ${COMPLETION-CANDIDATES}. May be left out when --labels is given.",
            completionCandidates = Tasks.class)
    String task;

    @Option(names = "--framework", split = ",", description = "keras, pytorch, djl (repeat or comma-separate; default: all).")
    List<String> frameworks = List.of();

    @Option(names = "--classes", description = "Number of classes or labels, to fill in unit counts.")
    int classes;

    @Option(names = "--labels", paramLabel = "FILE", description = "JSON file with sample labels: [0, 1, 1] or [[0, 1, 0], ...].")
    Path labels;

    @Mixin
    OutputFormat format;

    @Spec
    CommandSpec spec;

    static final class Tasks extends java.util.ArrayList<String> {
        Tasks() { super(LossAdvisor.TASKS); }
    }

    @Override
    public Integer call() {
        SampleMatrix sample = labels == null ? null : readLabels(labels);
        Advice advice = Advisors.get().recommend(new RecommendRequest(task, frameworks, classes, sample));
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) out.println(JsonReport.write(JsonReport.advice(advice)));
        else TextReport.advice(advice, out);
        out.flush();
        return Main.CLEAN;
    }

    private static SampleMatrix readLabels(Path file) {
        try {
            return Advisors.get().parseLabels(Files.readString(file), "");
        } catch (IOException e) {
            throw new InputException("", file + ": not readable: " + e.getMessage(), "give a file of labels: [0, 1, 1] or [[0, 1, 0], ...]");
        }
    }
}
