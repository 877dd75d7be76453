package dev.lossadvisor.cli;

import dev.lossadvisor.engine.LintPolicy;
import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.engine.ProjectConfig;
import dev.lossadvisor.engine.Severity;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.report.FileResult;
import dev.lossadvisor.engine.report.JsonReport;
import dev.lossadvisor.engine.report.JunitReport;
import dev.lossadvisor.engine.report.SarifReport;
import dev.lossadvisor.engine.report.TextReport;
import dev.lossadvisor.engine.keras.KerasImporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Checks model descriptions for loss mistakes: Loss Advisor JSON, Keras .keras archives and Keras model JSON.",
                "Directories are searched for *.json and *.keras. A loss-advisor.json in the working directory is read unless --config names another."})
final class LintCommand implements Callable<Integer> {
    enum FailOn { error, warning, info, never }

    enum Format { text, json, sarif, junit }

    enum Color { auto, always, never }

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Files or directories to lint.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "text", description = "text, json, sarif or junit (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--fail-on", description = "Exit 1 when a finding is at least this severe: error, warning, info or never (default: the config's fail_on, else error).")
    FailOn failOn;

    @Option(names = "--config", paramLabel = "FILE", description = "Project config (default: ./loss-advisor.json when present).")
    Path config;

    @Option(names = "--select", split = ",", paramLabel = "RULE", description = "Run only these rules (codes or names).")
    List<String> select = List.of();

    @Option(names = "--ignore", split = ",", paramLabel = "RULE", description = "Skip these rules (codes or names).")
    List<String> ignore = List.of();

    @Option(names = "--severity", paramLabel = "RULE=LEVEL", description = "Change a rule's severity, e.g. --severity class-imbalance=error.")
    Map<String, String> severity = new LinkedHashMap<>();

    @Option(names = "--color", defaultValue = "auto", description = "auto (colours on a terminal only), always or never.")
    Color color;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LossAdvisor advisor = Advisors.get();
        ProjectConfig project = projectConfig(advisor);
        LintPolicy policy = project.policy().overriddenBy(LintPolicy.of(advisor, select, ignore, severity, "--"));
        FailOn threshold = failOn != null ? failOn : project.failOn() != null ? FailOn.valueOf(project.failOn()) : FailOn.error;
        Severity failSeverity = threshold == FailOn.never ? null : Severity.parse(threshold.name());

        List<FileResult> results = new ArrayList<>();
        for (Path p : paths) {
            for (Path file : files(p)) results.add(lint(advisor, policy, file));
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.println(JsonReport.lint(results));
            case sarif -> out.println(SarifReport.lint(results, advisor.rules(), Main.VERSION));
            case junit -> out.print(JunitReport.lint(results, failSeverity));
            case text -> TextReport.lint(results, out, color == Color.always || color == Color.auto && CommandLine.Help.Ansi.AUTO.enabled());
        }
        out.flush();
        if (results.stream().anyMatch(r -> r.error() != null)) return Main.BAD_INPUT;
        if (failSeverity == null) return Main.CLEAN;
        return results.stream().anyMatch(r -> r.report().failsAt(failSeverity)) ? Main.FINDINGS : Main.CLEAN;
    }

    private ProjectConfig projectConfig(LossAdvisor advisor) {
        Path file = config != null ? config : Path.of(ProjectConfig.FILE_NAME);
        if (config == null && !Files.isRegularFile(file)) return new ProjectConfig(LintPolicy.DEFAULT, null);
        if (!Files.isRegularFile(file)) throw new InputException("", "config " + file + " not found", "check the --config path");
        return ProjectConfig.read(advisor, file);
    }

    private static List<Path> files(Path p) {
        if (Files.isDirectory(p)) {
            try (Stream<Path> walk = Files.walk(p)) {
                return walk.filter(f -> Files.isRegularFile(f) && isLintable(f) && !f.getFileName().toString().equals(ProjectConfig.FILE_NAME))
                        .sorted().toList();
            } catch (IOException e) {
                throw new InputException("", "cannot list " + p + ": " + e.getMessage(), "check the directory's permissions");
            }
        }
        return List.of(p);
    }

    private static boolean isLintable(Path f) {
        String n = f.getFileName().toString();
        return n.endsWith(".json") || n.endsWith(".keras");
    }

    private static FileResult lint(LossAdvisor advisor, LintPolicy policy, Path file) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            return new FileResult(name, null, new InputException("", "no such file", "check the path"));
        }
        try {
            return new FileResult(name, policy.apply(advisor.validate(KerasImporter.readAny(advisor, file))), null);
        } catch (InputException e) {
            return new FileResult(name, null, e);
        } catch (IOException | UncheckedIOException e) {
            return new FileResult(name, null, new InputException("", "cannot read: " + e.getMessage(), "check the file"));
        }
    }
}
