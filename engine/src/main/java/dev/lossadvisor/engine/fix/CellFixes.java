package dev.lossadvisor.engine.fix;

import dev.lossadvisor.engine.findings.Finding;
import dev.lossadvisor.engine.input.ModelDescription;
import dev.lossadvisor.engine.scripts.Notebook;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixes of a finding whose flow runs through Jupyter notebooks, on the cells' own lines. {@link Fixes} computes
 * them on the module a notebook's code cells make, as the analysis reads it (so a use in any cell, or in the project's
 * files, makes a fix unsafe exactly as in a .py file); each edit is then mapped back to the cell and line it was
 * written in. An edit on a line IPython's magics changed gets no fix. A cell's edits name their file as places name
 * the cell: "train.ipynb:cell 3".
 */
public final class CellFixes {
    /** The project seen as Python modules: each notebook by its module, under its name with ".py" added. */
    private final Map<String, String> texts = new TreeMap<>();
    private final Map<String, Notebook> notebooks = new HashMap<>();
    private final Map<String, String> byModule = new HashMap<>();

    /** @param texts the project's files by shown name, notebooks as their .ipynb JSON */
    private CellFixes(Map<String, String> texts) {
        texts.forEach((name, text) -> {
            Notebook nb = Notebook.isNotebook(Path.of(name)) ? read(text) : null;
            if (nb == null) {
                this.texts.put(name, text);
            } else {
                notebooks.put(name, nb);
                byModule.put(module(name), name);
                this.texts.put(module(name), nb.python());
            }
        });
    }

    /** The fixes of a finding on a flow of {@code d}, as {@link Fixes#of} gives them for a .py file, on the notebooks' cells. */
    public static List<Fix> of(Finding f, ModelDescription d, Map<String, String> texts) {
        CellFixes cells = new CellFixes(texts);
        List<Fix> out = new ArrayList<>();
        for (Fix fix : Fixes.of(f, d.withPlaces(cells::toModule), cells.texts)) cells.toCells(fix).ifPresent(out::add);
        return out;
    }

    /** The suppression comment on the finding's own line in its cell. */
    public static Optional<Fix> suppress(Finding f, Map<String, String> texts) {
        CellFixes cells = new CellFixes(texts);
        return Fixes.suppress(f.at(cells.toModule(f.path())), cells.texts).flatMap(cells::toCells);
    }

    private static String module(String notebook) {
        return notebook + ".py";
    }

    /** Every "notebook:cell C:line:column" in a text as the module's "notebook.py:line:column". */
    private String toModule(String text) {
        if (text == null) return null;
        for (Map.Entry<String, Notebook> e : notebooks.entrySet()) {
            Matcher m = Pattern.compile("(?<![\\w./\\\\-])" + Pattern.quote(e.getKey()) + ":cell (\\d+):(\\d+):(\\d+)").matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                int line = moduleLine(e.getValue(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                m.appendReplacement(out, Matcher.quoteReplacement(line < 1 ? m.group() : module(e.getKey()) + ":" + line + ":" + m.group(3)));
            }
            m.appendTail(out);
            text = out.toString();
        }
        return text;
    }

    /** The module's line (from 1) of a cell's line, or 0 when the cell has no such line. */
    private static int moduleLine(Notebook nb, int cell, int line) {
        for (int i = 0; i < nb.lines().size(); i++) {
            Notebook.Origin o = nb.lines().get(i);
            if (o.cell() == cell && o.line() == line) return i + 1;
        }
        return 0;
    }

    /** The fix with its module edits at their cells' lines; empty when one lands on a line the cell does not hold as written. */
    private Optional<Fix> toCells(Fix fix) {
        List<LineEdit> edits = new ArrayList<>();
        for (LineEdit e : fix.edits()) {
            String notebook = byModule.get(e.file());
            if (notebook == null) {
                edits.add(e); // a .py file of the project
                continue;
            }
            Notebook nb = notebooks.get(notebook);
            if (e.line() < 1 || e.line() > nb.lines().size()) return Optional.empty();
            Notebook.Origin o = nb.lines().get(e.line() - 1);
            if (!o.text().equals(e.before())) return Optional.empty(); // a magic the module neutralised
            edits.add(new LineEdit(notebook + ":cell " + o.cell(), o.line(), e.before(), e.after()));
        }
        return Optional.of(new Fix(fix.rule(), fix.title(), fix.safe(), List.copyOf(edits)));
    }

    private static Notebook read(String json) {
        try {
            return Notebook.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            return null; // a notebook that does not read has no flows to fix
        }
    }
}
