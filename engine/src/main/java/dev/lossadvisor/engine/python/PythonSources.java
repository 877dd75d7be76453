package dev.lossadvisor.engine.python;

import dev.lossadvisor.engine.input.ModelDescription;
import dev.lossadvisor.engine.python.flow.LossFlows;
import dev.lossadvisor.engine.python.semantic.Parallel;
import dev.lossadvisor.engine.python.semantic.Project;
import dev.lossadvisor.engine.python.syntax.PythonParser;
import dev.lossadvisor.engine.python.syntax.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Python training scripts as model descriptions: one per flow from a model's output into a loss, charged to the
 * file of the loss call, found across the files of a project. Only the files whose text may hold a loss are parsed,
 * and the files their imports lead to; every other file is read and counted as linted. The analysis is layered:
 * {@code syntax} (tree-sitter) → {@code semantic} (scopes, bindings, call sites) → {@code eval} (abstract values,
 * library models) → {@code flow} (loss calls to model descriptions).
 *
 * <p>An interrupted thread stops the analysis soon with a {@link java.util.concurrent.CancellationException}.
 */
public final class PythonSources {
    private static final Pattern PYTHON_NAME = Pattern.compile(".*\\.pyw?$");
    /** Folders of installed or generated code, not the project's own. */
    private static final java.util.Set<String> SKIPPED_DIRS = java.util.Set.of("venv", "env", "site-packages", "node_modules", "__pycache__", "build", "dist");

    /**
     * What one file gave.
     *
     * @param problem why the file could not be read or parsed, or null
     */
    public record Outcome(Path file, List<ModelDescription> descriptions, String problem) {}

    private PythonSources() {}

    /** Whether a text is valid Python by itself (a notebook cell, which a kernel compiles on its own). */
    public static boolean parses(String text) {
        try {
            PythonParser.parse(new SourceText("", text), text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether a file's problem is its size (over the byte cap of {@code Project} or the token cap of {@code Precheck}), not its content. */
    public static boolean tooLarge(String problem) {
        return problem.startsWith("too large ");
    }

    public static boolean isPython(Path file) {
        return PYTHON_NAME.matcher(file.getFileName() == null ? "" : file.getFileName().toString()).matches();
    }

    /**
     * Analyses the project under {@code root} and reports on {@code files} (all of its .py files, or the one file
     * asked about; the others are read for its imports).
     *
     * @param all   every .py file of the project, for imports
     * @param shown how a file is named in reports and locations
     */
    public static List<Outcome> analyse(Path root, List<Path> all, List<Path> files, Function<Path, String> shown) {
        return analyse(root, all, files, shown, Map.of(), () -> {});
    }

    /**
     * As above, with some sources given in memory by path (a notebook's code cells as one module; the others are read from
     * disk), running {@code firstFound} once, on the analysing thread, as soon as a flow is found in one of {@code files}:
     * its description will need the rule base, which can then build while the analysis goes on.
     */
    public static List<Outcome> analyse(Path root, List<Path> all, List<Path> files, Function<Path, String> shown, Map<Path, byte[]> given,
                                        Runnable firstFound) {
        return analyse(new Project(root, all, shown, given), files, firstFound);
    }

    /**
     * Files named one by one: each is analysed with the project around it (the .py files under its folder), for its
     * imports, and reported under the name it was given.
     */
    public static List<Outcome> analyseNamed(List<Path> files) {
        List<Outcome> out = new ArrayList<>();
        for (Path f : files) {
            Path dir = f.toAbsolutePath().getParent();
            Path absolute = f.toAbsolutePath();
            List<Path> all;
            try {
                all = new ArrayList<>(filesUnder(dir));
            } catch (java.io.IOException e) {
                all = new ArrayList<>();
            }
            if (!all.contains(absolute)) all.add(absolute);
            Function<Path, String> shown = p -> f.getParent() == null ? dir.relativize(p).toString() : f.getParent().resolve(dir.relativize(p)).toString();
            for (Outcome o : analyse(dir, all, List.of(absolute), shown)) out.add(new Outcome(f, o.descriptions(), o.problem()));
        }
        return out;
    }

    /** Sources given in memory (a pasted file, an uploaded zip), by their path in the project. */
    public static List<Outcome> analyse(Map<Path, byte[]> sources) {
        List<Path> files = sources.keySet().stream().sorted().toList();
        return analyse(new Project(Path.of(""), files, Path::toString, sources), files, () -> {});
    }

    /**
     * Reads every file, one thread per core, the biggest first so that no core waits on the last giant, and returns those
     * that may hold a loss; they are parsed as their flows are followed, so that not every tree is held at once.
     */
    private static List<Path> readAll(Project project) {
        Map<Path, Long> sizes = new HashMap<>(); // each file's size asked once, not on every comparison of the sort
        for (Path f : project.files()) sizes.put(f, size(f));
        List<Path> order = new ArrayList<>(project.files());
        order.sort(java.util.Comparator.comparingLong(sizes::get).reversed());
        List<Path> candidates = java.util.Collections.synchronizedList(new ArrayList<>());
        Parallel.each(order, f -> {
            String text = project.load(f);
            if (text != null && LossFlows.mayHoldLoss(text)) candidates.add(f);
        });
        List<Path> sorted = new ArrayList<>(candidates);
        sorted.sort(null);
        return sorted;
    }

    private static long size(Path f) {
        try {
            return java.nio.file.Files.size(f);
        } catch (java.io.IOException | UnsupportedOperationException e) {
            return 0;
        }
    }

    /** The .py files under a directory, for a project's imports: hidden folders, virtualenvs and caches left out. */
    public static List<Path> filesUnder(Path dir) throws java.io.IOException {
        List<Path> found = new ArrayList<>();
        java.nio.file.Files.walkFileTree(dir, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(Path d, java.nio.file.attribute.BasicFileAttributes attrs) {
                String n = d.getFileName() == null ? "" : d.getFileName().toString();
                boolean skip = !d.equals(dir) && (n.startsWith(".") || SKIPPED_DIRS.contains(n));
                return skip ? java.nio.file.FileVisitResult.SKIP_SUBTREE : java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && isPython(f)) found.add(f);
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path f, java.io.IOException e) {
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }

    private static List<Outcome> analyse(Project project, List<Path> files, Runnable firstFound) {
        project.keepAround(LossFlows::lossCalls);
        List<Path> candidates = readAll(project);
        Map<Path, List<ModelDescription>> byFile = new HashMap<>();
        java.util.Set<Path> reported = new java.util.HashSet<>(files);
        java.util.concurrent.atomic.AtomicBoolean told = new java.util.concurrent.atomic.AtomicBoolean();
        LossFlows flows = new LossFlows(project, f -> {
            if (reported.contains(f) && told.compareAndSet(false, true)) firstFound.run();
        });
        for (LossFlows.Found found : flows.find(candidates)) {
            byFile.computeIfAbsent(found.file(), k -> new ArrayList<>()).add(found.description());
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Path f : files) {
            String problem = project.problem(f);
            outcomes.add(new Outcome(f, problem == null ? byFile.getOrDefault(f, List.of()) : List.of(), problem));
        }
        return outcomes;
    }
}
