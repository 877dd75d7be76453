package dev.lossadvisor.engine.scripts;

import dev.lossadvisor.engine.input.ModelDescription;
import dev.lossadvisor.engine.python.PythonSources;
import dev.lossadvisor.engine.python.PythonSources.Outcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Training code as model descriptions: Python files and Jupyter notebooks, analysed together as one project (a
 * notebook imports the project's modules), with the suppression comments on each flow's lines, and a notebook's
 * places given as its cells show them ("train.ipynb:cell 7:3:12").
 */
public final class Scripts {
    /** A notebook holds its outputs (images, tables) beside the code: larger ones are still read, up to this. */
    public static final long MAX_NOTEBOOK_BYTES = 64L << 20;
    /** Cells left out of a notebook for not parsing before the notebook itself is reported unreadable. */
    private static final int MAX_FAILED_CELLS = 5;

    private Scripts() {}

    /** A file read as training code: Python source or a notebook. */
    public static boolean isScript(Path file) {
        return PythonSources.isPython(file) || Notebook.isNotebook(file);
    }

    /**
     * The scripts of the project under {@code root}, each reported on.
     *
     * @param shown      how a file is named in reports and places
     * @param firstFound run once as soon as a flow is found in one of them (see {@link PythonSources})
     */
    public static List<Outcome> analyse(Path root, List<Path> files, Function<Path, String> shown, Runnable firstFound) {
        return run(root, files, files, shown, Map.of(), firstFound);
    }

    /** Scripts in memory (a pasted file, an uploaded notebook, a zipped project), by their path in the project. */
    public static List<Outcome> analyse(Map<Path, byte[]> sources) {
        List<Path> files = sources.keySet().stream().sorted().toList();
        return run(Path.of(""), files, files, Path::toString, sources, () -> {});
    }

    /**
     * Files named one by one: each is analysed with the project around it (the .py files under its folder), for its
     * imports, and reported under the name it was given. Files of one folder share one analysis (a hook names many).
     */
    public static List<Outcome> analyseNamed(List<Path> files) {
        return analyseNamed(files, () -> {});
    }

    /** As above, running {@code firstFound} as soon as a flow is found in one of them (see {@link PythonSources}). */
    public static List<Outcome> analyseNamed(List<Path> files, Runnable firstFound) {
        Map<Path, List<Path>> byDir = new java.util.LinkedHashMap<>();
        for (Path f : files) byDir.computeIfAbsent(f.toAbsolutePath().getParent(), k -> new ArrayList<>()).add(f);
        Map<Path, Outcome> byFile = new HashMap<>();
        byDir.forEach((dir, named) -> {
            List<Path> all;
            try {
                all = new ArrayList<>(PythonSources.filesUnder(dir));
            } catch (IOException e) {
                all = new ArrayList<>();
            }
            Map<Path, Path> asGiven = new java.util.LinkedHashMap<>();
            for (Path f : named) {
                asGiven.put(f.toAbsolutePath(), f);
                if (!all.contains(f.toAbsolutePath())) all.add(f.toAbsolutePath());
            }
            Path given = named.get(0).getParent();
            Function<Path, String> shown = p -> given == null ? dir.relativize(p).toString() : given.resolve(dir.relativize(p)).toString();
            for (Outcome o : run(dir, all, List.copyOf(asGiven.keySet()), shown, Map.of(), firstFound)) {
                Path f = asGiven.get(o.file());
                byFile.put(f, new Outcome(f, o.descriptions(), o.problem()));
            }
        });
        return files.stream().map(byFile::get).toList();
    }

    private static List<Outcome> run(Path root, List<Path> all, List<Path> report, Function<Path, String> shown, Map<Path, byte[]> memory,
                                     Runnable firstFound) {
        Map<Path, byte[]> given = new HashMap<>(memory);
        Map<Path, Notebook> notebooks = new HashMap<>();
        Map<Path, String> broken = new HashMap<>();
        for (Path f : all) {
            if (!Notebook.isNotebook(f)) continue;
            try (InputStream in = memory.containsKey(f) ? new ByteArrayInputStream(memory.get(f)) : Files.newInputStream(f)) {
                if (!memory.containsKey(f) && Files.size(f) > MAX_NOTEBOOK_BYTES) throw new IllegalArgumentException("a notebook over 64 MB (clear its outputs)");
                notebooks.put(f, Notebook.read(in));
            } catch (IOException | IllegalArgumentException e) {
                broken.put(f, e instanceof IOException ? "cannot read: " + e.getMessage() : e.getMessage());
            }
        }
        List<Path> analysed = all.stream().filter(f -> !broken.containsKey(f)).toList();
        List<Path> asked = report.stream().filter(f -> !broken.containsKey(f)).toList();
        List<Outcome> outcomes = asked.isEmpty() ? List.of() : analyse(root, analysed, asked, shown, given, notebooks, firstFound);
        Map<Path, Outcome> byFile = new HashMap<>();
        outcomes.forEach(o -> byFile.put(o.file(), o));
        List<Outcome> out = new ArrayList<>();
        for (Path f : report) out.add(broken.containsKey(f) ? new Outcome(f, List.of(), broken.get(f)) : byFile.get(f));
        return out;
    }

    /**
     * Analyses the project with its notebooks as modules. The cells of a notebook that does not parse which fail on
     * their own (else the cell the parse names) are left out and the notebook analysed again, as a kernel runs the other
     * cells when one fails; its places are the cells'.
     */
    private static List<Outcome> analyse(Path root, List<Path> analysed, List<Path> asked, Function<Path, String> shown, Map<Path, byte[]> given,
                                         Map<Path, Notebook> notebooks, Runnable firstFound) {
        Map<Path, Notebook> modules = new HashMap<>(notebooks);
        for (int round = 0; ; round++) {
            Map<Path, byte[]> sources = new HashMap<>(given);
            modules.forEach((f, nb) -> sources.put(f, nb.python().getBytes(StandardCharsets.UTF_8)));
            List<Outcome> outcomes = PythonSources.analyse(root, analysed, asked, shown, sources, firstFound);
            boolean again = false;
            for (Outcome o : outcomes) {
                Notebook nb = modules.get(o.file());
                int cell = nb == null || o.problem() == null ? 0 : nb.cellAt(o.problem());
                if (cell > 0 && round < MAX_FAILED_CELLS) {
                    Set<Integer> failing = nb.failing(PythonSources::parses);
                    modules.put(o.file(), nb.without(failing.isEmpty() ? Set.of(cell) : failing));
                    again = true;
                }
            }
            if (again) continue;
            Lines lines = new Lines(analysed, shown, sources);
            Map<String, Notebook> byShown = new HashMap<>();
            modules.forEach((f, nb) -> byShown.put(shown.apply(f), nb));
            UnaryOperator<String> relocate = text -> {
                for (Map.Entry<String, Notebook> nb : byShown.entrySet()) text = nb.getValue().relocate(text, nb.getKey());
                return text;
            };
            List<Outcome> out = new ArrayList<>();
            for (Outcome o : outcomes) {
                List<ModelDescription> ds = o.descriptions().stream()
                        .map(d -> SuppressionComments.apply(d, lines::line))
                        .map(d -> byShown.isEmpty() ? d : d.withPlaces(relocate)).toList();
                Notebook nb = modules.get(o.file());
                out.add(new Outcome(o.file(), ds, nb == null || o.problem() == null ? o.problem() : nb.relocateProblem(o.problem())));
            }
            return out;
        }
    }

    /** Source lines by the name a file is shown under, read when a flow asks for them. */
    private static final class Lines {
        private final Map<String, Path> byShown = new HashMap<>();
        private final Map<Path, byte[]> given;
        private final Map<Path, String[]> read = new ConcurrentHashMap<>();

        Lines(List<Path> files, Function<Path, String> shown, Map<Path, byte[]> given) {
            for (Path f : files) byShown.put(shown.apply(f), f);
            this.given = given;
        }

        String line(String shown, int number) {
            Path f = byShown.get(shown);
            if (f == null) return null;
            String[] text = read.computeIfAbsent(f, k -> {
                try {
                    byte[] bytes = given.containsKey(k) ? given.get(k) : Files.readAllBytes(k);
                    return new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
                } catch (IOException e) {
                    return new String[0];
                }
            });
            return number >= 1 && number <= text.length ? text[number - 1] : null;
        }
    }
}
