package dev.lossadvisor.engine.report;

import dev.lossadvisor.engine.scripts.Notebook;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a finding is in a file as a viewer of the raw file shows it (code scanning, GitHub annotations): a source
 * place "file:line:column" as it is; a notebook's "file:cell C:line:column" at the line and column of that text in
 * the .ipynb JSON; a JSON pointer at the line of its key.
 */
final class Places {
    private static final Pattern SOURCE = Pattern.compile("(.+?)(?::cell (\\d+))?:(\\d+):(\\d+)");

    /**
     * @param file   the file in the raw file's coordinates
     * @param cell   the notebook cell (1-based), or 0
     * @param cellLine the line in the cell and column as the notebook shows them, when {@code cell} is not 0
     */
    record Place(String file, int line, int column, int cell, int cellLine, int cellColumn) {}

    private final Map<String, Notebook> notebooks = new HashMap<>();

    /** The place of a finding of a file's result: its own source place, or the line of its JSON pointer in {@code file}. */
    Place of(String file, String path, Map<String, Integer> pointerLines) {
        Matcher m = SOURCE.matcher(path);
        if (!m.matches()) return new Place(file, pointerLines.getOrDefault(path, 1), 0, 0, 0, 0);
        int line = Integer.parseInt(m.group(3));
        int column = Integer.parseInt(m.group(4));
        if (m.group(2) == null) return new Place(m.group(1), line, column, 0, 0, 0);
        int cell = Integer.parseInt(m.group(2));
        Notebook nb = notebook(m.group(1));
        int[] at = nb == null ? null : nb.filePosition(cell, line, column);
        return at == null ? new Place(m.group(1), 1, 0, cell, line, column) : new Place(m.group(1), at[0], at[1], cell, line, column);
    }

    /** Lines of the JSON pointers among {@code paths} in a model file (the others carry their place). */
    static Map<String, Integer> pointerLines(String file, Set<String> paths) {
        return JsonLines.lines(Path.of(file), paths.stream().filter(p -> !SOURCE.matcher(p).matches()).collect(java.util.stream.Collectors.toSet()));
    }

    private Notebook notebook(String file) {
        return notebooks.computeIfAbsent(file, f -> {
            try (InputStream in = Files.newInputStream(Path.of(f))) {
                return Notebook.read(in);
            } catch (IOException | RuntimeException e) {
                return null; // an upload or a file gone since: the cell's place still names it
            }
        });
    }
}
