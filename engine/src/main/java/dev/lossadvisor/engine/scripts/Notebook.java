package dev.lossadvisor.engine.scripts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Jupyter notebook (nbformat 4, and 3 with its worksheets) as one Python module: its code cells in order, as a
 * kernel runs them top to bottom, with IPython's magics neutralised line for line. Each line of the module knows its
 * cell (1-based among all the notebook's cells, as Jupyter and ruff number them), its line in the cell, and where its
 * text stands in the .ipynb file itself, for viewers that show the raw file (SARIF, GitHub annotations).
 *
 * @param python the module: one line per line of the code cells, each cell ending its last line
 * @param lines  for line i+1 of the module, where it comes from
 * @param language the kernel's language ("python" when the notebook does not say)
 */
public record Notebook(String python, List<Origin> lines, String language) {
    /**
     * Where a line of the module was written: cell and line in the cell (1-based); line and column of its text in the
     * .ipynb file; the line as written (magics included), to count the escapes JSON adds before a column.
     */
    public record Origin(int cell, int line, int fileLine, int fileColumn, String text) {}

    /** The name notebooks have. */
    public static boolean isNotebook(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ipynb");
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(64 << 20).build()).build();

    /**
     * Reads a notebook; @throws IllegalArgumentException naming what is wrong (not JSON, no cells): a file called
     * .ipynb that is not one cannot be linted.
     */
    public static Notebook read(InputStream json) throws IOException {
        Reading r = new Reading();
        try (JsonParser p = FACTORY.createParser(json)) {
            JsonToken first = p.nextToken();
            if (first == null) return new Notebook("", List.of(), "python"); // an empty file, as a new notebook is before its first save
            if (first != JsonToken.START_OBJECT) throw new IllegalArgumentException("not a Jupyter notebook: the file is not a JSON object");
            try {
                r.notebook(p);
            } catch (StreamConstraintsException e) {
                // (Jackson's wording names its own settings; the constraint's exception carries no location, the parser does)
                StreamReadConstraints limits = FACTORY.streamReadConstraints();
                throw new IllegalArgumentException(String.format(Locale.ROOT, "not a readable notebook: a value beyond a reading limit%s (a number over %,d digits, "
                        + "a string over %d MB or nesting over %,d levels); clear the outputs in Jupyter and save it again", at(p.currentLocation()),
                        limits.getMaxNumberLength(), limits.getMaxStringLength() >> 20, limits.getMaxNestingDepth()));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a readable notebook: malformed JSON" + at(e.getLocation()) + " (" + e.getOriginalMessage() + ")");
        }
        if (!r.sawCells && r.cellsNotList != null) throw new IllegalArgumentException("not a Jupyter notebook: its '" + r.cellsNotList + "' is not a list");
        if (!r.sawCells) throw new IllegalArgumentException("not a Jupyter notebook: it has no 'cells' (nbformat 4) or 'worksheets' (nbformat 3)");
        // another kernel's code (R, Julia) is no Python to lint; its language may be told after the cells
        if (!r.language.contains("python")) return new Notebook("", List.of(), r.language);
        return new Notebook(r.python.toString(), List.copyOf(r.origins), r.language);
    }

    private static String at(JsonLocation at) {
        return at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** The module's line as the user sees it: the cell, the line in it and the column. */
    public String place(String shown, int line, int column) {
        if (line < 1 || line > lines.size()) return shown + ":" + line + ":" + column;
        Origin o = lines.get(line - 1);
        return shown + ":cell " + o.cell() + ":" + o.line() + ":" + column;
    }

    /** Every "shown:line:column" in a text (a place, a flow's story) rewritten as "shown:cell C:line:column". */
    public String relocate(String text, String shown) {
        if (text == null || !text.contains(shown)) return text;
        Matcher m = Pattern.compile("(?<![\\w./\\\\-])" + Pattern.quote(shown) + ":(\\d+):(\\d+)").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(place(shown, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))));
        m.appendTail(out);
        return out.toString();
    }

    private static final Pattern PROBLEM_AT = Pattern.compile(" at (\\d+):(\\d+)");

    /** The cell a parse problem ("... at 57:3 ...") is in, or 0 when it names no line of a cell. */
    int cellAt(String problem) {
        Matcher m = PROBLEM_AT.matcher(problem);
        if (!m.find()) return 0;
        int line = Integer.parseInt(m.group(1));
        return line >= 1 && line <= lines.size() ? lines.get(line - 1).cell() : 0;
    }

    /** A parse problem's "at line:column" as the cells show it. */
    String relocateProblem(String problem) {
        Matcher m = PROBLEM_AT.matcher(problem);
        if (!m.find()) return problem;
        String at = place("", Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))).substring(1);
        return problem.substring(0, m.start()) + " at " + at + problem.substring(m.end());
    }

    /** This notebook with some cells' code left out (blank lines keep every other place). */
    Notebook without(Set<Integer> cells) {
        String[] module = python.split("\n", -1);
        for (int i = 0; i < lines.size(); i++) if (cells.contains(lines.get(i).cell())) module[i] = "";
        return new Notebook(String.join("\n", module), lines, language);
    }

    /**
     * The cells that are not valid Python on their own: a kernel compiles each cell by itself, so those fail and the
     * others run. A parse of the whole module cannot tell them: an unclosed bracket in one cell makes the parser's
     * first error any cell before it. None when every cell with code fails: nothing of it is Python.
     */
    Set<Integer> failing(Predicate<String> parses) {
        String[] module = python.split("\n", -1);
        Map<Integer, StringBuilder> code = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) code.computeIfAbsent(lines.get(i).cell(), c -> new StringBuilder()).append(module[i]).append('\n');
        code.values().removeIf(text -> text.toString().isBlank()); // empty cells, and those left out already
        Set<Integer> failing = new TreeSet<>();
        code.forEach((cell, text) -> {
            if (!parses.test(text.toString())) failing.add(cell);
        });
        return failing.size() == code.size() ? Set.of() : failing;
    }

    /** A "cell C:line:column" place of this notebook back to its line and column in the .ipynb file; null when there is no such line. */
    public int[] filePosition(int cell, int line, int column) {
        for (Origin o : lines) {
            if (o.cell() == cell && o.line() == line) {
                return new int[] {o.fileLine(), o.fileColumn() + escapedLength(o.text(), Math.min(Math.max(0, column - 1), o.text().length()))};
            }
        }
        return null;
    }

    /** How many characters the first {@code n} of a string take inside a JSON string: quotes, backslashes and controls are escaped. */
    static int escapedLength(String s, int n) {
        int len = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            len += c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f' ? 2 : c < 0x20 ? 6 : 1;
        }
        return len;
    }

    /** One pass over the JSON, skipping outputs and attachments unread. */
    private static final class Reading {
        final StringBuilder python = new StringBuilder();
        final List<Origin> origins = new ArrayList<>();
        String language = "python";
        boolean sawCells;
        /** "cells" or "worksheets" when the notebook holds one that is not a list (an object, a string). */
        String cellsNotList;
        int cellCount;

        void notebook(JsonParser p) throws IOException {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken t = p.nextToken();
                if ((key.equals("cells") || key.equals("worksheets")) && t != JsonToken.START_ARRAY) {
                    cellsNotList = key;
                    p.skipChildren();
                } else if (key.equals("cells")) cells(p);
                else if (key.equals("worksheets")) {
                    sawCells = true;
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String k = p.currentName();
                            if (p.nextToken() == JsonToken.START_ARRAY && k.equals("cells")) cells(p);
                            else p.skipChildren();
                        }
                    }
                } else if (key.equals("metadata") && t == JsonToken.START_OBJECT) metadata(p);
                else p.skipChildren();
            }
        }

        /** metadata.kernelspec.language or metadata.language_info.name (nbformat 3: metadata.language). */
        private void metadata(JsonParser p) throws IOException {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken t = p.nextToken();
                if ((key.equals("kernelspec") || key.equals("language_info")) && t == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String k = p.currentName();
                        JsonToken v = p.nextToken();
                        if (v == JsonToken.VALUE_STRING && (key.equals("kernelspec") && k.equals("language") || key.equals("language_info") && k.equals("name"))) {
                            language = p.getText().toLowerCase(Locale.ROOT);
                        } else p.skipChildren();
                    }
                } else if (key.equals("language") && t == JsonToken.VALUE_STRING) language = p.getText().toLowerCase(Locale.ROOT);
                else p.skipChildren();
            }
        }

        private void cells(JsonParser p) throws IOException {
            sawCells = true;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
                if (t != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    continue;
                }
                cell(p, ++cellCount);
            }
        }

        /** A code cell's "source" (nbformat 4) or "input" (3): one string, or a list of lines, each with where it stands. */
        private void cell(JsonParser p, int number) throws IOException {
            String type = null;
            String cellLanguage = null;
            List<String> lines = new ArrayList<>();
            List<int[]> at = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken t = p.nextToken();
                if (key.equals("cell_type") && t == JsonToken.VALUE_STRING) type = p.getText();
                else if (key.equals("language") && t == JsonToken.VALUE_STRING) cellLanguage = p.getText();
                else if (key.equals("source") || key.equals("input")) source(p, t, lines, at);
                else p.skipChildren();
            }
            if (!"code".equals(type) || cellLanguage != null && !cellLanguage.equalsIgnoreCase("python")) return;
            List<String> plain = Magics.neutralise(lines);
            for (int i = 0; i < plain.size(); i++) {
                python.append(plain.get(i)).append('\n');
                origins.add(new Origin(number, i + 1, at.get(i)[0], at.get(i)[1], lines.get(i)));
            }
        }

        private static void source(JsonParser p, JsonToken t, List<String> lines, List<int[]> at) throws IOException {
            if (t == JsonToken.VALUE_STRING) {
                piece(p, lines, at, false);
            } else if (t == JsonToken.START_ARRAY) {
                boolean open = false; // the last piece did not end its line: the next one continues it
                for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY && v != null; v = p.nextToken()) {
                    if (v == JsonToken.VALUE_STRING) open = piece(p, lines, at, open);
                    else p.skipChildren();
                }
            } else {
                p.skipChildren();
            }
        }

        /** Splits one string into lines; returns whether it ended without a line end. */
        private static boolean piece(JsonParser p, List<String> lines, List<int[]> at, boolean continuesLast) throws IOException {
            JsonLocation loc = p.currentTokenLocation();
            String text = p.getText();
            int fileLine = loc.getLineNr();
            int start = 0;
            boolean first = true;
            while (true) {
                int end = text.indexOf('\n', start);
                String line = text.substring(start, end < 0 ? text.length() : end);
                if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
                if (end < 0 && line.isEmpty() && !first) return false; // the string ended with its line end
                if (first && continuesLast && !lines.isEmpty()) {
                    lines.set(lines.size() - 1, lines.get(lines.size() - 1) + line);
                } else {
                    lines.add(line);
                    // the column of the text inside the JSON string: after its opening quote, escapes before it aside
                    at.add(new int[] {fileLine, loc.getColumnNr() + 1 + escapedLength(text, start)});
                }
                first = false;
                if (end < 0) return true;
                start = end + 1;
            }
        }
    }
}
