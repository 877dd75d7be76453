package dev.lossadvisor.engine.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lossadvisor.engine.Fixtures;
import dev.lossadvisor.engine.input.ModelDescription;
import dev.lossadvisor.engine.python.syntax.Node;
import dev.lossadvisor.engine.python.syntax.PythonParser;
import dev.lossadvisor.engine.python.syntax.SourceText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Non-ASCII text (accents, CJK, emoji, a surrogate escape) put where Python lets it in without changing what the code
 * does, and the places the findings must then have. Three classes of place cover every byte offset a finding can sit
 * behind: a comment at the end of a line (text before the next lines), a comment line before a line (lines shift), and
 * a string statement ({@code "é"; }) before a simple statement on its own line (text before a call site on the same
 * line, so columns shift). Lines inside a multi-line string or after a backslash continuation are left as they are.
 */
final class NonAsciiPlaces {
    static final String[] TEXTS = {"Zoé", "训练模型", "😀🔥 done", "\\ud83d é", "ｆｕｌｌ"};
    private static final Pattern PLACE = Pattern.compile("([\\w./-]+\\.py):(\\d+):(\\d+)");
    private static final Set<String> NOT_SIMPLE = Set.of("future_import_statement", "comment");

    enum Kind { LINE_END, LINE_BEFORE, STATEMENT }

    /** One insertion: of kind at original (0-based) line, before the statement starting at that UTF-16 column. */
    record Spot(Path file, Kind kind, int line, int column) {}

    private NonAsciiPlaces() {}

    /** Every place of every kind where text may go in the project's files (files that do not parse get none). */
    static List<Spot> spots(Map<Path, byte[]> project) {
        List<Spot> out = new ArrayList<>();
        project.forEach((file, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            String[] lines = text.split("\n", -1);
            Set<Integer> closed = new HashSet<>(); // lines inside a multi-line string, or continuing the line before
            List<int[]> statements = new ArrayList<>();
            SourceText source = new SourceText(file.toString(), text);
            try {
                walk(PythonParser.parse(source, text).root(), source, closed, statements);
            } catch (IllegalArgumentException notPython) {
                return;
            }
            for (int i = 0; i < lines.length; i++) if (lines[i].endsWith("\\")) closed.add(i + 1);
            for (int i = 0; i < lines.length - 1; i++) {
                if (!closed.contains(i) && !closed.contains(i + 1)) out.add(new Spot(file, Kind.LINE_END, i, 0));
                if (!closed.contains(i)) out.add(new Spot(file, Kind.LINE_BEFORE, i, 0));
            }
            for (int[] s : statements) out.add(new Spot(file, Kind.STATEMENT, s[0], s[1]));
        });
        return out;
    }

    private static void walk(Node n, SourceText source, Set<Integer> closed, List<int[]> statements) {
        if (n.is("string") || n.is("concatenated_string")) {
            int first = source.place(n.start()).line() - 1;
            int last = source.place(n.end()).line() - 1;
            for (int l = first + 1; l <= last; l++) closed.add(l);
        }
        Node parent = n.parent();
        boolean inBody = parent != null && (parent.is("module") || parent.is("block"));
        if (inBody && !NOT_SIMPLE.contains(n.type()) && !n.type().endsWith("definition") && !COMPOUND.contains(n.type())) {
            var p = source.place(n.start());
            statements.add(new int[] {p.line() - 1, p.column() - 1});
        }
        for (Node c : n.named()) walk(c, source, closed, statements);
    }

    /** Compound statements, and a match's case clauses (the only thing a match's block may hold, so no text goes before one). */
    private static final Set<String> COMPOUND = Set.of("if_statement", "for_statement", "while_statement", "try_statement",
            "with_statement", "match_statement", "case_clause", "decorated_definition");

    /** The project with text at {@code spots}, and where each original place now is. */
    record Variant(Map<Path, byte[]> project, Map<String, Moves> moves) {}

    /** Per file: the new line of each original line, and the columns inserted on each original line. */
    record Moves(int[] lines, Map<Integer, TreeMap<Integer, Integer>> columns) {
        String move(int line, int column) {
            int l = line - 1 < lines.length ? lines[line - 1] : line - 1;
            int shift = 0;
            TreeMap<Integer, Integer> c = columns.get(line - 1);
            if (c != null) for (int s : c.headMap(column - 1, true).values()) shift += s;
            return (l + 1) + ":" + (column + shift);
        }
    }

    static Variant insert(Map<Path, byte[]> project, List<Spot> spots, int seed) {
        Map<Path, byte[]> out = new LinkedHashMap<>(project);
        Map<String, Moves> moves = new HashMap<>();
        int k = seed;
        for (Path file : project.keySet()) {
            List<Spot> mine = spots.stream().filter(s -> s.file().equals(file)).toList();
            if (mine.isEmpty()) continue;
            String[] lines = new String(project.get(file), StandardCharsets.UTF_8).split("\n", -1);
            int[] newLines = new int[lines.length];
            Map<Integer, TreeMap<Integer, Integer>> columns = new HashMap<>();
            StringBuilder b = new StringBuilder();
            int at = 0;
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                String end = "";
                TreeMap<Integer, String> before = new TreeMap<>();
                for (Spot s : mine) {
                    if (s.line() != i) continue;
                    String t = TEXTS[k++ % TEXTS.length];
                    switch (s.kind()) {
                        case LINE_BEFORE -> {
                            b.append("# ").append(t).append('\n');
                            at++;
                        }
                        case LINE_END -> end = "  # " + t;
                        case STATEMENT -> before.put(s.column(), "\"" + t + "\"; ");
                    }
                }
                newLines[i] = at++;
                StringBuilder l = new StringBuilder(line);
                for (var e : before.descendingMap().entrySet()) l.insert(e.getKey(), e.getValue());
                if (!before.isEmpty()) {
                    TreeMap<Integer, Integer> shifts = new TreeMap<>();
                    before.forEach((col, s) -> shifts.put(col, s.length()));
                    columns.put(i, shifts);
                }
                b.append(l).append(end);
                if (i < lines.length - 1) b.append('\n');
            }
            out.put(file, b.toString().getBytes(StandardCharsets.UTF_8));
            moves.put(file.toString(), new Moves(newLines, columns));
        }
        return new Variant(out, moves);
    }

    /** The corpus projects, by folder name, as in-memory sources. */
    static Map<String, Map<Path, byte[]>> corpus() throws java.io.IOException {
        Map<String, Map<Path, byte[]>> out = new TreeMap<>();
        try (var dirs = java.nio.file.Files.list(PythonProjectsTest.CORPUS)) {
            for (Path dir : dirs.filter(java.nio.file.Files::isDirectory).toList()) {
                Map<Path, byte[]> m = new LinkedHashMap<>();
                for (Path f : PythonSources.filesUnder(dir)) m.put(dir.relativize(f), java.nio.file.Files.readAllBytes(f));
                out.put(dir.getFileName().toString(), m);
            }
        }
        return out;
    }

    /** The findings of the variant are those of the project ({@code plain}, its outcomes), each place moved where its text went. */
    static void assertSameFindings(List<PythonSources.Outcome> plain, Variant variant, String what) {
        assertEquals(findings(plain, variant.moves()), findings(PythonSources.analyse(variant.project()), Map.of()), what);
    }

    private static List<String> findings(List<PythonSources.Outcome> outcomes, Map<String, Moves> moves) {
        List<String> out = new ArrayList<>();
        for (PythonSources.Outcome o : outcomes) {
            if (o.problem() != null) out.add(o.file() + " problem");
            for (ModelDescription d : o.descriptions()) {
                StringBuilder s = new StringBuilder(moved(d.head(), moves)).append(" | ").append(d.loss().name());
                new TreeMap<>(d.locations()).forEach((k, v) -> s.append(" | ").append(k).append('=').append(moved(v, moves)));
                Fixtures.ADVISOR.validate(d).findings().forEach(f -> s.append(" | ").append(f.code()));
                out.add(s.toString());
            }
        }
        out.sort(null);
        return out;
    }

    private static String moved(String text, Map<String, Moves> moves) {
        if (text == null || moves.isEmpty()) return text;
        Matcher m = PLACE.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            Moves mv = moves.get(m.group(1));
            String to = mv == null ? m.group(2) + ":" + m.group(3) : mv.move(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + ":" + to));
        }
        return m.appendTail(b).toString();
    }
}
