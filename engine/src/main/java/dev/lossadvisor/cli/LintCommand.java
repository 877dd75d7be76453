package dev.lossadvisor.cli;

import dev.lossadvisor.engine.LintPolicy;
import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.engine.ProjectConfig;
import dev.lossadvisor.engine.Supplement;
import dev.lossadvisor.engine.input.ModelDescription;
import dev.lossadvisor.engine.python.PythonSources;
import dev.lossadvisor.engine.read.ModelReader;
import java.util.concurrent.CompletableFuture;
import dev.lossadvisor.engine.ValidationReport;
import dev.lossadvisor.engine.Severity;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.report.FileResult;
import dev.lossadvisor.engine.report.JsonReport;
import dev.lossadvisor.engine.report.JunitReport;
import dev.lossadvisor.engine.report.SarifReport;
import dev.lossadvisor.engine.report.TextReport;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
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

@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Checks model files for loss mistakes: Loss Advisor JSON, Keras .keras archives, Keras HDF5 (.h5), Keras and TF.js model JSON, "
                + "TF SavedModel directories, and Python training scripts (.py, PyTorch and Keras, followed across the files of a project). "
                + "Model files are told apart by their content.",
                "Directories are searched through: every file is counted as linted, not a model (skipped) or unreadable.",
                "A loss-advisor.json in the working directory is read unless --config names another."})
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

    @Option(names = "--select", split = ",", paramLabel = "RULE", description = "Run only these rules (codes or names), opt-in ones included.")
    List<String> select = List.of();

    @Option(names = "--extend-select", split = ",", paramLabel = "RULE", description = "Run these rules as well as the default set, "
            + "e.g. the opt-in prefer-from-logits.")
    List<String> extendSelect = List.of();

    @Option(names = "--ignore", split = ",", paramLabel = "RULE", description = "Skip these rules (codes or names).")
    List<String> ignore = List.of();

    @Option(names = "--severity", paramLabel = "RULE=LEVEL", description = "Change a rule's severity, e.g. --severity class-imbalance=error.")
    Map<String, String> severity = new LinkedHashMap<>();

    @Option(names = "--loss", paramLabel = "NAME", description = "The loss of models whose files record none (a loss the file records wins).")
    String loss;

    @Option(names = "--task", paramLabel = "TASK", description = "The task of models whose files do not declare one, e.g. multiclass or regression.")
    String task;

    @Option(names = "--skip-other-files", description = "Skip named files that hold no model, as a directory search does "
            + "(for hooks that pass every *.json of a repository).")
    boolean skipOtherFiles;

    @Option(names = "--color", defaultValue = "auto", description = "auto (colours on a terminal only), always or never.")
    Color color;

    @Option(names = "--fix", description = "Apply the safe fixes to Python sources (each checked by a lint of the result), then lint.")
    boolean fix;

    @Option(names = "--diff", description = "Print the fixes as a unified diff and write nothing (exit 1 when there are some).")
    boolean diff;

    @Option(names = "--unsafe-fixes", description = "With --fix or --diff, also the fixes that may change behaviour elsewhere.")
    boolean unsafeFixes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (fix || diff) {
            LossAdvisor advisor = Advisors.get();
            int changed = new FixRun(advisor, policy(advisor, projectConfig(advisor)), unsafeFixes)
                    .run(paths, diff, spec.commandLine().getOut(), spec.commandLine().getErr());
            if (diff) return changed > 0 ? Main.FINDINGS : Main.CLEAN;
        }
        // the Python sources are read and parsed while the rule base loads: neither needs the other
        Map<Path, List<Path>> found = new LinkedHashMap<>();
        for (Path p : paths) found.put(p, Files.isDirectory(p) && !ModelReader.isModelDirectory(p) ? files(p) : List.of(p));
        Map<Path, CompletableFuture<List<PythonSources.Outcome>>> python = new LinkedHashMap<>();
        found.forEach((p, files) -> {
            List<Path> py = files.stream().filter(PythonSources::isPython).toList();
            if (!py.isEmpty()) python.put(p, CompletableFuture.supplyAsync(() -> LossAdvisor.lintPython(searched(p) ? p : null, py)));
        });
        LossAdvisor advisor = Advisors.get();
        ProjectConfig project = projectConfig(advisor);
        LintPolicy policy = policy(advisor, project);
        FailOn threshold = failOn != null ? failOn : project.failOn() != null ? FailOn.valueOf(project.failOn()) : FailOn.error;
        Severity failSeverity = threshold == FailOn.never ? null : Severity.parse(threshold.name());
        Supplement given = new Supplement(task == null ? null : advisor.task(task, "--task"), loss);

        List<FileResult> results = new ArrayList<>();
        for (Path p : paths) {
            // Python files are one project: a model in one file, its loss in another
            if (python.containsKey(p)) results.addAll(lintPython(advisor, policy, python.get(p).join()));
            for (Path file : found.get(p)) {
                if (PythonSources.isPython(file)) continue;
                results.addAll(lint(advisor, policy, given.or(project.supplementFor(file)), file, searched(p) || skipOtherFiles));
            }
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
        if (results.stream().noneMatch(r -> r.report() != null)) {
            // nothing linted is no clean bill of health: a CI job pointed at the wrong folder must fail
            spec.commandLine().getErr().println("error: no model file found in " + paths.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(", "))
                    + " (name the model files or the directories that hold them)");
            return Main.BAD_INPUT;
        }
        if (failSeverity == null) return Main.CLEAN;
        return results.stream().anyMatch(r -> r.report() != null && r.report().failsAt(failSeverity)) ? Main.FINDINGS : Main.CLEAN;
    }

    private LintPolicy policy(LossAdvisor advisor, ProjectConfig project) {
        return project.policy().overriddenBy(LintPolicy.of(advisor, select, extendSelect, ignore, severity, "--"));
    }

    private ProjectConfig projectConfig(LossAdvisor advisor) {
        Path file = config != null ? config : Path.of(ProjectConfig.FILE_NAME);
        if (config == null && !Files.isRegularFile(file)) return new ProjectConfig(LintPolicy.defaults(advisor), null, List.of());
        if (!Files.isRegularFile(file)) throw new InputException("", "config " + file + " not found", "check the --config path");
        return ProjectConfig.read(advisor, file);
    }

    private static boolean isEmpty(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean searched(Path p) {
        return Files.isDirectory(p) && !ModelReader.isModelDirectory(p);
    }

    /** Every file under a directory, in order; hidden entries are passed over, a SavedModel directory is one model. */
    private static List<Path> files(Path dir) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    if (!d.equals(dir) && hidden(d)) return FileVisitResult.SKIP_SUBTREE;
                    if (!d.equals(dir) && ModelReader.isModelDirectory(d)) {
                        found.add(d);
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !hidden(f) && !f.getFileName().toString().equals(ProjectConfig.FILE_NAME)) found.add(f);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    found.add(f); // reported as unreadable when it is linted
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new InputException("", "cannot list " + dir + ": " + e.getMessage(), "check the directory's permissions");
        }
        found.sort(null);
        return found;
    }

    private static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    /**
     * Python sources: one result per flow from a model into a loss, charged to the loss call's file; a file with no
     * such flow is linted and clean; one that does not parse is unreadable. Named files are analysed with the
     * project around them (the .py files under their folder), for their imports.
     */
    private static List<FileResult> lintPython(LossAdvisor advisor, LintPolicy policy, List<PythonSources.Outcome> outcomes) {
        List<FileResult> out = new ArrayList<>();
        for (PythonSources.Outcome o : outcomes) {
            String name = o.file().toString();
            if (o.problem() != null) {
                out.add(FileResult.failed(name, new InputException("", o.problem(), "fix the file, or exclude it from the lint")));
            } else if (o.descriptions().isEmpty()) {
                out.add(FileResult.linted(name, ValidationReport.clean(name)));
            } else {
                for (ModelDescription d : o.descriptions()) out.add(FileResult.linted(name, policy.apply(advisor.validate(d))));
            }
        }
        return out;
    }

    /** One result per output head of the file; a file that holds no model is skipped when met in a search (or asked so). */
    private static List<FileResult> lint(LossAdvisor advisor, LintPolicy policy, Supplement supplement, Path file, boolean skipNonModels) {
        String name = file.toString();
        // an empty file met in a search is a marker (py.typed, .gitkeep), not a model that failed to save
        if (skipNonModels && isEmpty(file)) return List.of(FileResult.skipped(name, "an empty file"));
        try {
            List<FileResult> out = new ArrayList<>();
            for (ModelDescription d : advisor.read(file)) out.add(FileResult.linted(name, policy.apply(advisor.validate(supplement.applyTo(d)))));
            return out;
        } catch (InputException e) {
            return List.of(skipNonModels && e.notAModel() ? FileResult.skipped(name, e.problem()) : FileResult.failed(name, e));
        }
    }
}
