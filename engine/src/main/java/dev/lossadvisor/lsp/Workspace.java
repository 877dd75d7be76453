package dev.lossadvisor.lsp;

import dev.lossadvisor.engine.findings.Finding;
import dev.lossadvisor.engine.LintPolicy;
import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.engine.ProjectConfig;
import dev.lossadvisor.engine.findings.Severity;
import dev.lossadvisor.engine.discover.FileSearch;
import dev.lossadvisor.engine.fix.Fix;
import dev.lossadvisor.engine.fix.Fixer;
import dev.lossadvisor.engine.python.syntax.SourcePlace;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.input.ModelDescription;
import dev.lossadvisor.engine.read.ModelReader;
import dev.lossadvisor.engine.report.FlowPlace;
import dev.lossadvisor.engine.report.JsonLines;
import dev.lossadvisor.engine.scripts.Notebook;
import dev.lossadvisor.engine.scripts.Scripts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The project as the editor sees it: every Python file, notebook and model-description JSON under the root that a
 * lint of the root would search (the project's excludes, .gitignore), read from disk and replaced by the editor's
 * text while a file is open. As ruff's server does, a file the project's exclude or extend-exclude matches gets no
 * diagnostics even when it is opened, and an opened file that .gitignore hides is linted. The project's config
 * (select, ignore, severity, per-file-ignores, files) applies as on the command line. A lint reuses what an edit
 * cannot have changed: the Python analysis when no script changed, a JSON file's findings while its text stays the
 * same, and the rule base always. Not thread-safe: the server calls it from one thread.
 */
final class Workspace {
    private final LossAdvisor advisor;
    private final Path root;
    private ProjectConfig.Rules rules;
    private LintPolicy policy;
    private FileSearch search;
    private String configProblem;
    /** The editor's texts of the files it holds open, excluded ones too (a config edit may bring them in). */
    private final Map<String, String> opened = new HashMap<>();
    /** Notebooks open as notebook documents, by the .ipynb's key; the URIs of every cell seen (a closed one's diagnostics are cleared at it). */
    private final Map<String, OpenNotebook> notebooks = new HashMap<>();
    private final Set<String> cells = new HashSet<>();
    /** Python files and notebooks (their JSON), and model JSON, that are linted. */
    private final Map<String, String> scripts = new TreeMap<>();
    private final Map<String, String> json = new TreeMap<>();
    /** The last Python analysis and the texts it ran on. */
    private Map<String, String> analysedPython;
    private List<Fixer.Issue> pythonIssues = List.of();
    private final Map<String, List<Problem>> jsonProblems = new HashMap<>();
    private final Map<String, String> jsonAnalysed = new HashMap<>();

    Workspace(LossAdvisor advisor, Path root) {
        this.advisor = advisor;
        this.root = root.toAbsolutePath().normalize();
        load();
    }

    Path root() {
        return root;
    }

    /** The key of a file: its path under the root, or its absolute path outside it. */
    String key(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString();
    }

    /** The key of a document: a notebook cell's own URI, else its file's key; null for a document that is no file (untitled:). */
    String key(String uri) {
        if (cells.contains(uri)) return uri;
        URI u = URI.create(uri);
        return "file".equals(u.getScheme()) ? key(Path.of(u)) : null;
    }

    /** The URI of a document key, or of a fix's cell name ("train.ipynb:cell 3") in a notebook open as a notebook. */
    String uri(String key) {
        if (cells.contains(key)) return key;
        Matcher m = CELL_NAME.matcher(key);
        String cell = m.matches() && notebooks.containsKey(m.group(1)) ? notebooks.get(m.group(1)).uri(Integer.parseInt(m.group(2))) : null;
        return cell != null ? cell : path(key).toUri().toString();
    }

    /** Whether a document is a cell of a notebook open as a notebook document. */
    boolean isCell(String key) {
        return cells.contains(key) && notebooks.values().stream().anyMatch(nb -> nb.textOf(key) != null);
    }

    /**
     * The Python texts as a fix would leave them, its cell edits ("train.ipynb:cell 3") made in the cells of the open
     * notebook and the notebook's JSON made again from them; null when an edit no longer applies.
     */
    Map<String, String> fixed(Fix fix) {
        Map<String, String> texts = new TreeMap<>(scripts);
        notebooks.forEach((key, nb) -> nb.texts().forEach((n, text) -> texts.put(key + ":cell " + n, text)));
        Map<String, String> edited = Fixer.apply(texts, fix);
        if (edited == null) return null;
        Map<String, String> out = new TreeMap<>(edited);
        out.keySet().removeIf(k -> CELL_NAME.matcher(k).matches());
        notebooks.forEach((key, nb) -> {
            if (!scripts.containsKey(key)) return;
            Map<Integer, String> cellTexts = new HashMap<>();
            nb.texts().keySet().forEach(n -> cellTexts.put(n, edited.get(key + ":cell " + n)));
            out.put(key, nb.ipynb(cellTexts));
        });
        return out;
    }

    Path path(String key) {
        return root.resolve(key);
    }

    /** The editor's text for a file it opened or changed (a config is read from disk when saved, as the command line reads it). */
    void put(String key, String text) {
        if (isConfig(key)) return;
        opened.put(key, text);
        store(key, text);
    }

    /** A notebook opened or changed as a notebook document: linted as the .ipynb its cells make. */
    void putNotebook(String key, OpenNotebook nb) {
        notebooks.put(key, nb);
        cells.addAll(nb.uris());
        put(key, nb.ipynb());
    }

    OpenNotebook notebook(String key) {
        return notebooks.get(key);
    }

    /** A file closed by the editor: back to what the disk holds, if a lint of the root would read it. */
    void close(String key) {
        if (isConfig(key)) return;
        opened.remove(key);
        notebooks.remove(key);
        scripts.remove(key);
        json.remove(key);
        reload(key);
    }

    /** A file changed on disk (the editor's text stays while it is open): read again, gone when it was deleted. */
    void reload(String key) {
        if (isConfig(key)) {
            load();
            return;
        }
        if (opened.containsKey(key)) return;
        String text = search.excluded(path(key)) ? null : read(path(key));
        if (text != null) {
            store(key, text);
        } else {
            scripts.remove(key);
            json.remove(key);
        }
    }

    /** A text in the maps a lint reads, unless the project excludes its file. */
    private void store(String key, String text) {
        if (search.excluded(path(key))) return;
        if (Scripts.isScript(Path.of(key))) scripts.put(key, text);
        else if (key.endsWith(".json")) json.put(key, text);
    }

    private static boolean isConfig(String key) {
        String name = Path.of(key).getFileName().toString();
        return name.equals(ProjectConfig.FILE_NAME) || name.equals(ProjectConfig.PYPROJECT);
    }

    String text(String key) {
        String t = scripts.get(key);
        return t != null ? t : json.get(key);
    }

    Map<String, String> pythonTexts() {
        return scripts;
    }

    /** Every problem in the workspace, by document key. */
    Map<String, List<Problem>> lint() {
        Map<String, List<Problem>> out = new LinkedHashMap<>();
        if (!scripts.equals(analysedPython)) {
            Map<String, String> snapshot = new TreeMap<>(scripts);
            if (analysedPython == null || !Irrelevant.edits(analysedPython, snapshot)) pythonIssues = new Fixer(advisor, policy).lint(snapshot);
            analysedPython = snapshot;
        }
        for (Fixer.Issue i : pythonIssues) {
            // per-file-ignores apply to the file a flow is charged to (its loss call's), as on the command line
            if (rules.ignoredFor(path(i.file())).contains(i.finding().rule())) continue;
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
        Spot at = spot(f.path());
        if (at == null) at = new Spot(i.file(), 0, 0, 1);
        List<Problem.Related> related = new ArrayList<>();
        for (FlowPlace other : FlowPlace.others(i.description().locations(), f.path())) {
            Spot p = spot(other.place());
            if (p != null) related.add(new Problem.Related(p.doc(), p.line(), p.column(), other.what()));
        }
        return new Problem(at.doc(), at.line(), at.column(), at.end(), f, i.description(), related);
    }

    /** A place in a document, 0-based as LSP counts; {@code end} the column the expression there ends at. */
    private record Spot(String doc, int line, int column, int end) {}

    private static final Pattern CELL = Pattern.compile("(.+):cell (\\d+):(\\d+):(\\d+)");
    /** A cell as a fix's edits name it. */
    private static final Pattern CELL_NAME = Pattern.compile("(.+):cell (\\d+)");

    /**
     * Where a finding's place is in the editor: a notebook's "file:cell C:line:column" in cell C's own document when
     * the notebook is open as a notebook, else at that text's line and column in the .ipynb JSON (as SARIF places it);
     * "file:line:column" in the file; null for no place.
     */
    private Spot spot(String place) {
        Matcher m = CELL.matcher(place);
        if (!m.matches()) {
            SourcePlace p = SourcePlace.parse(place).orElse(null);
            return p == null ? null : new Spot(p.file(), p.line() - 1, p.column() - 1, end(text(p.file()), p.line() - 1, p.column() - 1));
        }
        String file = m.group(1);
        int cell = Integer.parseInt(m.group(2));
        int line = Integer.parseInt(m.group(3)) - 1;
        int column = Integer.parseInt(m.group(4)) - 1;
        OpenNotebook open = notebooks.get(file);
        String cellUri = open == null ? null : open.uri(cell);
        if (cellUri != null) return new Spot(cellUri, line, column, end(open.textOf(cellUri), line, column));
        int[] at = null;
        try {
            String text = text(file);
            if (text != null) at = Notebook.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).filePosition(cell, line + 1, column + 1);
        } catch (IOException | IllegalArgumentException e) {
            // a notebook that no longer reads: its first line
        }
        return at == null ? new Spot(file, 0, 0, 1) : new Spot(file, at[0] - 1, at[1] - 1, end(text(file), at[0] - 1, at[1] - 1));
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
            LintPolicy own = policy.ignoring(rules.ignoredFor(path(key)));
            for (ModelDescription d : advisor.read(new ByteArrayInputStream(bytes))) {
                List<Finding> findings = own.apply(advisor.validate(rules.supplementFor(path(key)).applyTo(d))).findings();
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

    /** Reads the config and the files a lint of the root reads; the editor's texts stand over the disk's. */
    private void load() {
        readConfig();
        scripts.clear();
        json.clear();
        analysedPython = null;
        jsonAnalysed.clear();
        for (Path f : files()) {
            String text = read(f);
            if (text != null) store(key(f), text);
        }
        opened.forEach(this::store);
    }

    /** The project's config (a broken one is reported, and the defaults apply) and the excludes it sets. */
    private void readConfig() {
        configProblem = null;
        ProjectConfig config;
        try {
            config = ProjectConfig.discover(root);
            rules = config.rules(advisor);
        } catch (InputException e) {
            configProblem = e.oneLine();
            config = ProjectConfig.none();
            rules = config.rules(advisor);
        }
        policy = rules.policy();
        search = new FileSearch(config.excludes(null), config.source() == null ? root : config.dir(), ModelReader::isModelDirectory);
    }

    /** The scripts and JSON files a lint of the root searches: .gitignore, the default and the project's excludes respected. */
    private List<Path> files() {
        try {
            return search.files(root).stream().filter(f -> Scripts.isScript(f) || f.toString().endsWith(".json") && !isConfig(f.toString())).toList();
        } catch (InputException e) {
            return List.of(); // an unlistable root: the editor's files are still linted
        }
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
