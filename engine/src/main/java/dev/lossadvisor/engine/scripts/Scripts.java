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

    private Scripts() {}

    /** A file read as training code: Python source or a notebook. */
    public static boolean isScript(Path file) {
        return PythonSources.isPython(file) || Notebook.isNotebook(file);
    }

    /**
     * The scripts of the project under {@code root}, each reported on.
     *
     * @param shown how a file is named in reports and places
     */
    public static List<Outcome> analyse(Path root, List<Path> files, Function<Path, String> shown) {
        return run(root, files, files, shown, Map.of());
    }

    /** Scripts in memory (a pasted file, an uploaded notebook, a zipped project), by their path in the project. */
    public static List<Outcome> analyse(Map<Path, byte[]> sources) {
        List<Path> files = sources.keySet().stream().sorted().toList();
        return run(Path.of(""), files, files, Path::toString, sources);
    }

    /**
     * Files named one by one: each is analysed with the project around it (the .py files under its folder), for its
     * imports, and reported under the name it was given.
     */
    public static List<Outcome> analyseNamed(List<Path> files) {
        List<Outcome> out = new ArrayList<>();
        for (Path f : files) {
            Path absolute = f.toAbsolutePath();
            Path dir = absolute.getParent();
            List<Path> all;
            try {
                all = new ArrayList<>(PythonSources.filesUnder(dir));
            } catch (IOException e) {
                all = new ArrayList<>();
            }
            if (!all.contains(absolute)) all.add(absolute);
            Function<Path, String> shown = p -> f.getParent() == null ? dir.relativize(p).toString() : f.getParent().resolve(dir.relativize(p)).toString();
            for (Outcome o : run(dir, all, List.of(absolute), shown, Map.of())) out.add(new Outcome(f, o.descriptions(), o.problem()));
        }
        return out;
    }

    private static List<Outcome> run(Path root, List<Path> all, List<Path> report, Function<Path, String> shown, Map<Path, byte[]> memory) {
        Map<Path, byte[]> given = new HashMap<>(memory);
        Map<String, Notebook> notebooks = new HashMap<>();
        Map<Path, String> broken = new HashMap<>();
        for (Path f : all) {
            if (!Notebook.isNotebook(f)) continue;
            try (InputStream in = memory.containsKey(f) ? new ByteArrayInputStream(memory.get(f)) : Files.newInputStream(f)) {
                if (!memory.containsKey(f) && Files.size(f) > MAX_NOTEBOOK_BYTES) throw new IllegalArgumentException("a notebook over 64 MB (clear its outputs)");
                Notebook nb = Notebook.read(in);
                notebooks.put(shown.apply(f), nb);
                given.put(f, nb.python().getBytes(StandardCharsets.UTF_8));
            } catch (IOException | IllegalArgumentException e) {
                broken.put(f, e instanceof IOException ? "cannot read: " + e.getMessage() : e.getMessage());
            }
        }
        List<Path> analysed = all.stream().filter(f -> !broken.containsKey(f)).toList();
        List<Path> asked = report.stream().filter(f -> !broken.containsKey(f)).toList();
        Map<Path, Outcome> byFile = new HashMap<>();
        if (!asked.isEmpty()) {
            Lines lines = new Lines(analysed, shown, given);
            UnaryOperator<String> relocate = text -> {
                for (Map.Entry<String, Notebook> nb : notebooks.entrySet()) text = nb.getValue().relocate(text, nb.getKey());
                return text;
            };
            for (Outcome o : PythonSources.analyse(root, analysed, asked, shown, given)) {
                List<ModelDescription> ds = o.descriptions().stream()
                        .map(d -> SuppressionComments.apply(d, lines::line))
                        .map(d -> notebooks.isEmpty() ? d : d.withPlaces(relocate)).toList();
                byFile.put(o.file(), new Outcome(o.file(), ds, o.problem()));
            }
        }
        List<Outcome> out = new ArrayList<>();
        for (Path f : report) out.add(broken.containsKey(f) ? new Outcome(f, List.of(), broken.get(f)) : byFile.get(f));
        return out;
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
