package dev.lossadvisor.cli;

import dev.lossadvisor.engine.LintPolicy;
import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.engine.ProjectConfig;
import dev.lossadvisor.engine.input.DescriptionReader;
import dev.lossadvisor.engine.input.ModelDescription;
import dev.lossadvisor.engine.python.PythonSources;
import dev.lossadvisor.engine.read.ModelReader;
import java.util.concurrent.CompletableFuture;
import dev.lossadvisor.engine.ValidationReport;
import dev.lossadvisor.engine.findings.Severity;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.discover.FileSearch;
import dev.lossadvisor.engine.report.FileResult;
import dev.lossadvisor.engine.scripts.Scripts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The lint command; its model is built in code (see {@link Specs}). */
final class LintCommand implements Callable<Integer> {
    static final String NAME = "lint";
    /** Model files are read without the rules (the advisor reads them with the same reader). */
    private static final ModelReader MODELS = new ModelReader(new DescriptionReader());
    /** Up to this many scripts (and no other file), the rule base is built while they are analysed, as for other files. */
    private static final int PRELOADED_SCRIPTS = 100;

    private final CommandSpec spec = Specs.withStandardHelp(CommandSpec.wrapWithoutInspection(this).name(NAME));
    private final LintOptions options = new LintOptions(spec);

    /** Whether a lint's arguments name a directory, which the lint searches before it knows whether it needs the rules. */
    static boolean searches(String[] args) {
        for (String a : args) if (!a.startsWith("-") && Files.isDirectory(Path.of(a))) return true;
        return false;
    }

    LintCommand() {
        spec.usageMessage().description("Checks model files for loss mistakes: Loss Advisor JSON, Keras .keras archives, Keras HDF5 (.h5), Keras and TF.js model JSON, "
                + "TF SavedModel directories, Python training scripts (.py, PyTorch and Keras, followed across the files of a project) and "
                + "Jupyter notebooks (.ipynb). Model files are told apart by their content.",
                "Directories are searched as ruff searches them: .gitignore, .ignore and .git/info/exclude are respected, and virtualenvs, "
                + "build output, caches and checkpoints are excluded; every file is counted as linted, not a model (skipped) or unreadable. "
                + "A file named on the command line is always linted.",
                "The config is loss-advisor.json or pyproject.toml [tool.loss-advisor], in the linted path's folder or the nearest above it "
                + "(up to the repository's root), unless --config names one.");
        spec.addPositional(PositionalParamSpec.builder().arity("1..*").required(true).paramLabel("FILE|DIR").type(List.class).auxiliaryTypes(Path.class)
                .description("Files or directories to lint.").build());
        spec.addOption(Specs.flag("Exit 0 even when there are findings (bad input still exits 2).", "--exit-zero"));
        spec.addOption(Specs.flag("Print how many times each rule fired instead of the findings.", "--statistics"));
        spec.addOption(Specs.flag("Say on stderr which config is used and how many files the search found.", "-v", "--verbose"));
        spec.addOption(Specs.list("PATTERN", "Gitignore-style patterns to leave out of directory searches, "
                + "replacing the default excludes (venv, build, node_modules, ...).", "--exclude"));
        spec.addOption(Specs.list("PATTERN", "Patterns to leave out as well as the default excludes.", "--extend-exclude"));
        spec.addOption(Specs.flag("Apply the excludes to files named on the command line too (for pre-commit).", "--force-exclude"));
        spec.addOption(Specs.option(String.class, "NAME", "The loss of models whose files record none (a loss the file records wins).", "--loss").build());
        spec.addOption(Specs.option(String.class, "TASK", "The task of models whose files do not declare one, e.g. multiclass or regression.", "--task").build());
        spec.addOption(Specs.flag("Skip named files that hold no model, as a directory search does, and pass "
                + "when none is left (for hooks that pass every *.json of a repository).", "--skip-other-files"));
        spec.addOption(Specs.flag("Apply the safe fixes to Python sources (each checked by a lint of the result), then lint.", "--fix"));
        spec.addOption(Specs.flag("Print the fixes as a unified diff and write nothing (exit 1 when there are some).", "--diff"));
        spec.addOption(Specs.flag("With --fix or --diff, also the fixes that may change behaviour elsewhere.", "--unsafe-fixes"));
        LintOptions.addTo(spec);
    }

    CommandSpec spec() {
        return spec;
    }

    /** One path given to lint: its config and the files it stands for. */
    private record Target(Path path, ProjectConfig config, List<Path> files, boolean searched) {}

    /** A model file read, which needs no rules: its heads, or why it has none. */
    private record Read(List<ModelDescription> heads, InputException error) {
        static Read of(Path file) {
            try {
                return new Read(MODELS.read(file), null);
            } catch (InputException e) {
                return new Read(List.of(), e);
            }
        }

        /** The heads; @throws InputException when the file could not be read. */
        List<ModelDescription> get() {
            if (error != null) throw error;
            return heads;
        }
    }

    @Override
    public Integer call() {
        List<Path> paths = spec.positionalParameters().get(0).getValue();
        boolean skipOtherFiles = Specs.value(spec, "--skip-other-files");
        String task = Specs.value(spec, "--task");
        List<Target> targets = new ArrayList<>();
        Map<Path, ProjectConfig> configs = new LinkedHashMap<>();
        ProjectConfig given = options.givenConfig();
        Map<Path, ProjectConfig> byFolder = new java.util.HashMap<>(); // a hook names many files of few folders
        for (Path p : paths) {
            Path folder = Files.isDirectory(p) ? p.toAbsolutePath().normalize() : p.toAbsolutePath().normalize().getParent();
            ProjectConfig c = given != null ? given : byFolder.computeIfAbsent(folder, ProjectConfig::discover);
            configs.putIfAbsent(c.source() == null ? Path.of("") : c.source(), c);
            targets.add(target(p, c));
        }
        if (Specs.<Boolean>value(spec, "--verbose")) {
            PrintWriter err = spec.commandLine().getErr();
            configs.values().forEach(c -> err.println("loss-advisor: config " + c.describe()));
            targets.forEach(t -> err.println("loss-advisor: " + t.path() + ": " + t.files().size() + (t.searched() ? " files found" : " file")));
            err.flush();
        }
        // the rule base loads on another core while the files are read, but not for a big tree of training code alone:
        // most such trees bring no description to the rules, so their build (about 0.27 s of CPU) starts when the
        // analysis finds the first flow, and runs beside the rest of it (Debian's torch tree: its first of 7 flows
        // comes about 4 s of a 37 s analysis before the end, under load)
        if (targets.stream().anyMatch(t -> t.files().stream().anyMatch(f -> !Scripts.isScript(f)))
                || targets.stream().mapToLong(t -> t.files().size()).sum() <= PRELOADED_SCRIPTS) {
            Advisors.preload();
        }
        boolean diff = Specs.value(spec, "--diff");
        if (diff || Specs.<Boolean>value(spec, "--fix")) {
            LossAdvisor advisor = Advisors.get();
            LintPolicy policy = targets.get(0).config().rules(advisor).policy()
                    .overriddenBy(options.flags(advisor));
            int changed = new FixRun(advisor, policy, Specs.value(spec, "--unsafe-fixes")).run(paths, diff, spec.commandLine().getOut(), spec.commandLine().getErr());
            if (diff) return changed > 0 ? Main.FINDINGS : Main.CLEAN;
        }
        // special files (FIFOs, devices, sockets) are never opened: a named one is an error, one met in a search is skipped
        Map<Path, String> special = new LinkedHashMap<>();
        for (Target t : targets) {
            for (Path f : t.files()) {
                String kind = SpecialFiles.kind(f);
                if (kind != null) special.put(f, t.searched() && Files.isSymbolicLink(f) ? "a link to " + kind : kind);
                else if (Files.isSymbolicLink(f) && !Files.exists(f)) special.put(f, "a broken link"); // as Debian's torch ships
            }
        }
        // the training code is read and parsed while the rule base loads: neither needs the other
        Map<Path, CompletableFuture<List<PythonSources.Outcome>>> python = new LinkedHashMap<>();
        for (Target t : targets) {
            List<Path> scripts = t.files().stream().filter(f -> Scripts.isScript(f) && !special.containsKey(f)).toList();
            if (!scripts.isEmpty()) python.put(t.path(), CompletableFuture.supplyAsync(() -> LossAdvisor.lintPython(t.searched() ? t.path() : null, scripts, Advisors::preload)));
        }
        Map<Path, Read> early = readAhead(targets, special);
        RulesOnDemand on = new RulesOnDemand(options, task, Specs.value(spec, "--loss"));
        // what names rules is checked before anything is linted, as a run that finds no model must fail on it too
        if (task != null || options.needRules() || configs.values().stream().anyMatch(c -> c.source() != null)) {
            on.check(targets.stream().map(Target::config).toList());
        }
        // a file that may hold a model waits for the rules here, not inside the parallel stream below: its workers share
        // the common pool with the rule build's own task
        if (targets.stream().anyMatch(t -> t.files().stream().anyMatch(f -> !special.containsKey(f) && !Scripts.isScript(f)
                && (!early.containsKey(f) || !early.get(f).heads().isEmpty())))) {
            on.advisor();
        }

        List<FileResult> results = new ArrayList<>();
        for (Target t : targets) {
            ProjectConfig c = t.config();
            // training code is one project: a model in one file, its loss in another
            if (python.containsKey(t.path())) results.addAll(lintPython(on, c, python.get(t.path()).join()));
            // the files on every core (the advisor is thread-safe), their results in the search's order
            t.files().parallelStream().map(file -> {
                String kind = special.get(file);
                if (kind != null) {
                    return List.of(file.equals(t.path()) ? FileResult.failed(file.toString(), new InputException("", "is " + kind + ", not a file",
                            "name a model file or a directory")) : FileResult.skipped(file.toString(), kind));
                }
                if (Scripts.isScript(file)) return List.<FileResult>of();
                return lint(d -> on.policy(c, file).apply(on.advisor().validate(on.supplement(c, file).applyTo(d))), file, early.get(file),
                        t.searched() || skipOtherFiles);
            }).toList().forEach(results::addAll);
        }
        ProjectConfig first = targets.get(0).config();
        Severity failSeverity = options.failSeverity(first.source() == null ? null : on.rules(first).failOn());
        PrintWriter out = spec.commandLine().getOut();
        if (Specs.<Boolean>value(spec, "--statistics")) {
            Statistics.print(results, out);
        } else {
            options.report(results, on::advisor, failSeverity, out);
        }
        out.flush();
        if (results.stream().anyMatch(r -> r.error() != null)) return Main.BAD_INPUT;
        if (results.stream().noneMatch(r -> r.report() != null) && !skipOtherFiles) {
            // nothing linted is no clean bill of health: a CI job pointed at the wrong folder must fail
            spec.commandLine().getErr().println("error: no model file found in " + paths.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(", "))
                    + " (name the model files or the directories that hold them)");
            return Main.BAD_INPUT;
        }
        if (failSeverity == null || Specs.<Boolean>value(spec, "--exit-zero")) return Main.CLEAN;
        return results.stream().anyMatch(r -> r.report() != null && r.report().failsAt(failSeverity)) ? Main.FINDINGS : Main.CLEAN;
    }

    /**
     * The model files read while the rule base loads, in the search's order, as many as are read by the time it is
     * ready: a short lint's reading (the JSON parser's start-up among it) leaves the critical path, and what is held
     * stays bounded.
     */
    private static Map<Path, Read> readAhead(List<Target> targets, Map<Path, String> special) {
        Map<Path, Read> read = new java.util.HashMap<>();
        for (Target t : targets) {
            for (Path f : t.files()) {
                if (Advisors.ready()) return read;
                if (!special.containsKey(f) && !Scripts.isScript(f) && !isEmpty(f)) read.put(f, Read.of(f));
            }
        }
        return read;
    }

    /** A path's files: a directory searched with the excludes in force; a named file as it is, unless --force-exclude leaves it out. */
    private Target target(Path p, ProjectConfig c) {
        List<String> patterns = c.excludes(Specs.value(spec, "--exclude"));
        patterns.addAll(Specs.values(spec, "--extend-exclude"));
        FileSearch search = new FileSearch(patterns, c.dir(), ModelReader::isModelDirectory);
        boolean searched = Files.isDirectory(p) && !ModelReader.isModelDirectory(p);
        if ((Specs.<Boolean>value(spec, "--force-exclude") || c.forceExclude()) && search.excluded(p)) return new Target(p, c, List.of(), false);
        List<Path> files = searched ? search.files(p).stream().filter(f -> !isConfig(f)).toList() : List.of(p);
        return new Target(p, c, files, searched);
    }

    private static boolean isConfig(Path f) {
        return f.getFileName().toString().equals(ProjectConfig.FILE_NAME);
    }

    private static boolean isEmpty(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Training code: one result per flow from a model into a loss, charged to the loss call's file; a file with no
     * such flow is linted and clean; one that does not parse is unreadable. Named files are analysed with the
     * project around them (the .py files under their folder), for their imports.
     */
    private static List<FileResult> lintPython(RulesOnDemand on, ProjectConfig config, List<PythonSources.Outcome> outcomes) {
        List<FileResult> out = new ArrayList<>();
        java.util.Set<String> reported = new java.util.HashSet<>();
        for (PythonSources.Outcome o : outcomes) {
            String name = o.file().toString();
            if (o.problem() != null) {
                out.add(FileResult.failed(name, new InputException("", o.problem(), "fix the file, or exclude it from the lint")));
            } else if (o.descriptions().isEmpty()) {
                out.add(FileResult.linted(name, ValidationReport.clean(name)));
            } else {
                LintPolicy own = on.policy(config, o.file());
                for (ModelDescription d : o.descriptions()) out.add(FileResult.linted(name, own.apply(on.advisor().validate(d)).withoutRepeats(reported)));
            }
        }
        return out;
    }

    /**
     * One result per output head of the file. In a search (or when asked so) a file that holds no model is skipped,
     * and so is one that failed to read but carries no model's marks (a template, YAML, JSON of another kind).
     *
     * @param validate the report on one head, with the file's rules and supplement
     * @param read the file as read ahead, or null to read it now
     */
    private static List<FileResult> lint(Function<ModelDescription, ValidationReport> validate, Path file, Read read, boolean skipNonModels) {
        String name = file.toString();
        // an empty file met in a search is a marker (py.typed, .gitkeep), not a model that failed to save
        if (skipNonModels && isEmpty(file)) return List.of(FileResult.skipped(name, "an empty file"));
        try {
            List<FileResult> out = new ArrayList<>();
            for (ModelDescription d : (read != null ? read : Read.of(file)).get()) out.add(FileResult.linted(name, validate.apply(d)));
            return out;
        } catch (InputException e) {
            String looks = skipNonModels ? ModelReader.lookalike(file) : null;
            if (looks != null) return List.of(FileResult.skipped(name, looks));
            return List.of(skipNonModels && e.notAModel() ? FileResult.skipped(name, e.problem()) : FileResult.failed(name, e));
        }
    }
}
