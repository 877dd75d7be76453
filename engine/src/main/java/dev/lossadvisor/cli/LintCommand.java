package dev.lossadvisor.cli;

import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.engine.Severity;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.report.FileResult;
import dev.lossadvisor.engine.report.JsonReport;
import dev.lossadvisor.engine.report.TextReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Checks model descriptions (JSON files, or directories searched for *.json) for loss mistakes.")
final class LintCommand implements Callable<Integer> {
    /** --fail-on values: a severity, or never. */
    enum FailOn { error, warning, info, never }

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Model description files or directories.")
    List<Path> paths;

    @Mixin
    OutputFormat format;

    @Option(names = "--fail-on", defaultValue = "error",
            description = "Exit 1 when a finding is at least this severe: error, warning, info or never (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LossAdvisor advisor = Advisors.get();
        List<FileResult> results = new ArrayList<>();
        for (Path p : paths) {
            for (Path file : files(p)) results.add(lint(advisor, file));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) out.println(JsonReport.lint(results));
        else TextReport.lint(results, out);
        out.flush();
        if (results.stream().anyMatch(r -> r.error() != null)) return Main.BAD_INPUT;
        if (failOn == FailOn.never) return Main.CLEAN;
        Severity threshold = Severity.parse(failOn.name());
        return results.stream().anyMatch(r -> r.report().failsAt(threshold)) ? Main.FINDINGS : Main.CLEAN;
    }

    private static List<Path> files(Path p) {
        if (Files.isDirectory(p)) {
            try (Stream<Path> walk = Files.walk(p)) {
                return walk.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(".json")).sorted().toList();
            } catch (IOException e) {
                throw new InputException("", "cannot list " + p + ": " + e.getMessage(), "check the directory's permissions");
            }
        }
        return List.of(p);
    }

    private static FileResult lint(LossAdvisor advisor, Path file) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            return new FileResult(name, null, new InputException("", "no such file", "check the path"));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new FileResult(name, advisor.validate(advisor.parse(in)), null);
        } catch (InputException e) {
            return new FileResult(name, null, e);
        } catch (IOException | UncheckedIOException e) {
            return new FileResult(name, null, new InputException("", "cannot read: " + e.getMessage(), "check the file"));
        }
    }
}
