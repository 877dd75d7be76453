package dev.lossadvisor.engine.scripts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IPython's own syntax in a code cell made plain Python without moving anything: a magic or shell line
 * ({@code %matplotlib inline}, {@code !pip install x}, {@code model.fit?}) becomes {@code pass} at its indentation,
 * {@code %run models.py} a star import of the script's module,
 * {@code files = !ls} keeps its target ({@code files = None}), and a cell magic that runs another language
 * ({@code %%bash}, {@code %%writefile}) leaves its whole cell blank. Lines inside brackets, strings or after a
 * backslash are continuations, as IPython's tokenizer sees them, and stay as they are.
 */
final class Magics {
    /** Cell magics whose body is still Python run in the kernel. */
    private static final Set<String> PYTHON_CELL_MAGICS = Set.of("time", "timeit", "capture", "prun", "debug", "px", "pypy", "python", "python3",
            "autoreload", "tensorflow_version");
    /** %run models.py (or ./utils/models.py, -i, with arguments): the script's top-level names land in the notebook's, as a star import's do. */
    private static final Pattern RUN = Pattern.compile("%run\\s+(?:-i\\s+)?(?:\\./)?((?:[A-Za-z_]\\w*/)*[A-Za-z_]\\w*)\\.py(?:\\s+[^#]*)?\\s*(?:#.*)?");
    private static final Pattern ASSIGNED = Pattern.compile("^(\\s*[A-Za-z_][\\w.\\[\\], ]*=\\s*)[%!].*$");

    private Magics() {}

    /** The cell's lines (no line ends) with the magics neutralised, one line out per line in. */
    static List<String> neutralise(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) first++;
        if (first < lines.size() && lines.get(first).stripLeading().startsWith("%%")) {
            String magic = lines.get(first).stripLeading().substring(2).split("[\\s(]", 2)[0];
            boolean python = PYTHON_CELL_MAGICS.contains(magic);
            for (int i = 0; i < lines.size(); i++) out.add(i == first ? "pass" : python ? lines.get(i) : "");
            return python ? plainLines(out, first + 1) : out;
        }
        return plainLines(new ArrayList<>(lines), 0);
    }

    /** Neutralises the line magics from {@code from} on, tracking brackets, strings and continuations. */
    private static List<String> plainLines(List<String> lines, int from) {
        Scanner s = new Scanner();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i >= from && s.atStatementStart()) {
                String replaced = replace(line);
                if (replaced != null) {
                    lines.set(i, replaced);
                    // a magic continued with a backslash takes its next lines along
                    while (line.endsWith("\\") && i + 1 < lines.size()) {
                        line = lines.get(++i);
                        lines.set(i, "");
                    }
                    continue;
                }
            }
            s.scan(line);
        }
        return lines;
    }

    /** The line made plain, or null when it is Python already. */
    private static String replace(String line) {
        String code = line.stripLeading();
        String indent = line.substring(0, line.length() - code.length());
        if (code.isEmpty() || code.startsWith("#")) return null;
        Matcher run = RUN.matcher(code);
        if (run.matches()) return indent + "from " + run.group(1).replace('/', '.') + " import *";
        if (code.startsWith("%") || code.startsWith("!") || code.startsWith("?")) return indent + "pass";
        String end = code.stripTrailing();
        if (end.endsWith("?") && !end.contains("#")) return indent + "pass"; // obj? and obj?? ask for help
        Matcher m = ASSIGNED.matcher(line);
        if (m.matches() && !m.group(1).contains("==")) return m.group(1) + "None";
        return null;
    }

    /** Where a line leaves the tokenizer: open brackets, an open triple-quoted string, a trailing backslash. */
    private static final class Scanner {
        private int depth;
        private String triple; // the open triple quote, or null
        private boolean continued;

        boolean atStatementStart() {
            return depth == 0 && triple == null && !continued;
        }

        void scan(String line) {
            int i = 0;
            int n = line.length();
            continued = false;
            while (i < n) {
                if (triple != null) {
                    int close = line.indexOf(triple, i);
                    if (close < 0) return;
                    i = close + 3;
                    triple = null;
                    continue;
                }
                char c = line.charAt(i);
                if (c == '#') return;
                if (c == '\'' || c == '"') {
                    String q = line.startsWith(String.valueOf(c).repeat(3), i) ? String.valueOf(c).repeat(3) : null;
                    if (q != null) {
                        triple = q;
                        i += 3;
                        continue;
                    }
                    i++;
                    while (i < n && line.charAt(i) != c) i += line.charAt(i) == '\\' ? 2 : 1;
                    i++;
                    continue;
                }
                if (c == '(' || c == '[' || c == '{') depth++;
                else if ((c == ')' || c == ']' || c == '}') && depth > 0) depth--;
                i++;
            }
            continued = line.endsWith("\\");
        }
    }
}
