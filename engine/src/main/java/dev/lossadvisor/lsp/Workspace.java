package dev.lossadvisor.lsp;

import dev.lossadvisor.engine.Finding;
import dev.lossadvisor.engine.LintPolicy;
import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.engine.ProjectConfig;
import dev.lossadvisor.engine.Severity;
import dev.lossadvisor.engine.fix.Fixer;
import dev.lossadvisor.engine.python.syntax.SourcePlace;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.input.ModelDescription;
import dev.lossadvisor.engine.python.PythonSources;
import dev.lossadvisor.engine.report.JsonLines;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The project as the editor sees it: every Python file and model-description JSON under the root, read from disk and
 * replaced by the editor's text while a file is open. A lint reuses what an edit cannot have changed: the Python
 * analysis when no Python text changed, a JSON file's findings while its text stays the same, and the rule base
 * always. Not thread-safe: the server calls it from one thread.
 */
final class Workspace {
    private static final Map<String, String> WHAT = Map.of("/output", "the output is made here", "/loss", "the loss is built here",
            "", "the loss is called here");

    private final LossAdvisor advisor;
    private final Path root;
    private LintPolicy policy;
    private String configProblem;
    private final Map<String, String> python = new TreeMap<>();
    private final Map<String, String> json = new TreeMap<>();
    /** The last Python analysis and the texts it ran on. */
    private Map<String, String> analysedPython;
    private List<Fixer.Issue> pythonIssues = List.of();
    private final Map<String, List<Problem>> jsonProblems = new HashMap<>();
    private final Map<String, String> jsonAnalysed = new HashMap<>();

    Workspace(LossAdvisor advisor, Path root) {
        this.advisor = advisor;
        this.root = root.toAbsolutePath().normalize();
        readConfig();
        for (Path f : files()) {
            String text = read(f);
            if (text != null) put(key(f), text);
        }
    }

    Path root() {
        return root;
    }

    /** The key of a file: its path under the root, or its absolute path outside it. */
    String key(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString();
    }

    Path path(String key) {
        return root.resolve(key);
    }

    /** The editor's text for a file (opened or changed); returns false for a file this server does not lint. */
    boolean put(String key, String text) {
        if (key.endsWith(ProjectConfig.FILE_NAME)) {
            readConfig();
            analysedPython = null;
            jsonAnalysed.clear();
            return true;
        }
        if (PythonSources.isPython(Path.of(key))) {
            python.put(key, text);
            return true;
        }
        if (key.endsWith(".json")) {
            json.put(key, text);
            return true;
        }
        return false;
    }

    /** A file closed or changed on disk: back to what the disk holds (gone when it was deleted). */
    void reload(String key) {
        String text = read(path(key));
        if (text != null) {
            put(key, text);
        } else {
            python.remove(key);
            json.remove(key);
        }
    }

    String text(String key) {
        String t = python.get(key);
        return t != null ? t : json.get(key);
    }

    Map<String, String> pythonTexts() {
        return python;
    }

    /** Every problem in the workspace, by file. */
    Map<String, List<Problem>> lint() {
        Map<String, List<Problem>> out = new LinkedHashMap<>();
        if (!python.equals(analysedPython)) {
            Map<String, String> snapshot = new TreeMap<>(python);
            if (analysedPython == null || !Irrelevant.edits(analysedPython, snapshot)) pythonIssues = new Fixer(advisor, policy).lint(snapshot);
            analysedPython = snapshot;
        }
        for (Fixer.Issue i : pythonIssues) {
            Problem p = pythonProblem(i);
            out.computeIfAbsent(p.file(), k -> new ArrayList<>()).add(p);
        }
        jsonProblems.keySet().retainAll(json.keySet());
        for (Map.Entry<String, String> e : json.entrySet()) {
            if (!e.getValue().equals(jsonAnalysed.get(e.getKey()))) {
                jsonProblems.put(e.getKey(), jsonFile(e.getKey(), e.getValue()));
                jsonAnalysed.put(e.getKey(), e.getValue());
            }
            if (!jsonProblems.get(e.getKey()).isEmpty()) out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).addAll(jsonProblems.get(e.getKey()));
        }
        if (configProblem != null) {
            out.computeIfAbsent(ProjectConfig.FILE_NAME, k -> new ArrayList<>()).add(new Problem(ProjectConfig.FILE_NAME, 0, 0, 1,
                    new Finding("config", "config", Severity.ERROR, configProblem, "fix the config file", ""), null, List.of()));
        }
        return out;
    }

    /** A finding on a flow, at its own place, with the flow's other places as related information. */
    private Problem pythonProblem(Fixer.Issue i) {
        Finding f = i.finding();
        SourcePlace at = SourcePlace.parse(f.path()).orElse(new SourcePlace(i.file(), 1, 1));
        Set<String> seen = new HashSet<>(Set.of(at.toString()));
        List<Problem.Related> related = new ArrayList<>();
        for (String pointer : List.of("/output", "/loss", "")) {
            String place = i.description().locations().get(pointer);
            SourcePlace p = place == null ? null : SourcePlace.parse(place).orElse(null);
            if (p != null && seen.add(p.toString())) related.add(new Problem.Related(p.file(), p.line() - 1, p.column() - 1, WHAT.get(pointer)));
        }
        return new Problem(at.file(), at.line() - 1, at.column() - 1, end(text(at.file()), at.line() - 1, at.column() - 1), f, i.description(), related);
    }

    /** The end of the expression at a place: its line's code, trailing blanks and comment left out. */
    private static int end(String text, int line, int column) {
        if (text == null) return column + 1;
        String l = text.lines().skip(line).findFirst().orElse("");
        int hash = l.indexOf('#', column);
        int end = (hash < 0 ? l : l.substring(0, hash)).stripTrailing().length();
        return Math.max(end, column + 1);
    }

    /** A JSON file: nothing when it holds no model; findings at the line of their pointer; bad input at its field. */
    private List<Problem> jsonFile(String key, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<Problem> out = new ArrayList<>();
        try {
            for (ModelDescription d : advisor.read(new ByteArrayInputStream(bytes))) {
                List<Finding> findings = policy.apply(advisor.validate(d)).findings();
                Map<String, Integer> lines = JsonLines.lines(bytes, findings.stream().map(Finding::path).collect(Collectors.toSet()));
                for (Finding f : findings) {
                    int line = lines.getOrDefault(f.path(), 1) - 1;
                    out.add(new Problem(key, line, indent(text, line), end(text, line, 0), f, d, List.of()));
                }
            }
        } catch (InputException e) {
            if (e.notAModel()) return List.of();
            int line = JsonLines.lines(bytes, Set.of(e.path())).getOrDefault(e.path(), 1) - 1;
            out.add(new Problem(key, line, indent(text, line), end(text, line, 0),
                    new Finding("bad-input", "input", Severity.ERROR, e.oneLine(), e.hint(), e.path()), null, List.of()));
        }
        return out;
    }

    private static int indent(String text, int line) {
        String l = text.lines().skip(line).findFirst().orElse("");
        return l.length() - l.stripLeading().length();
    }

    private void readConfig() {
        configProblem = null;
        policy = LintPolicy.defaults(advisor);
        try {
            policy = ProjectConfig.discover(root).rules(advisor).policy();
        } catch (InputException e) {
            configProblem = e.oneLine();
        }
    }

    /** The project's Python files (virtualenvs and caches left out) and its JSON files, hidden and build folders left out. */
    private List<Path> files() {
        List<Path> out = new ArrayList<>();
        try {
            out.addAll(PythonSources.filesUnder(root));
            try (var s = Files.walk(root)) {
                s.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p) && !p.getFileName().toString().equals(ProjectConfig.FILE_NAME))
                        .filter(this::ownFile)
                        .forEach(out::add);
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable folder: lint what could be listed
        }
        return out;
    }

    /** Not under a hidden, dependency or build folder. */
    private boolean ownFile(Path p) {
        for (Path part : root.relativize(p)) {
            String n = part.toString();
            if (n.startsWith(".") || n.equals("node_modules") || n.equals("target") || n.equals("venv")) return false;
        }
        return true;
    }

    private static String read(Path f) {
        try {
            if (!Files.isRegularFile(f) || Files.size(f) > 4 << 20) return null;
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(f))).toString();
        } catch (IOException e) {
            return null;
        }
    }
}
