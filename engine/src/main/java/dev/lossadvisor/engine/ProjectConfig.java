package dev.lossadvisor.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.lossadvisor.engine.discover.FileSearch;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.input.JsonErrors;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A project's settings: loss-advisor.json, or the [tool.loss-advisor] table of pyproject.toml, with the same keys
 * (spelt with '_' or '-', as ruff's are): {"select": [...], "extend_select": [...], "ignore": [...], "severity":
 * {"rule": "error"}, "fail_on": "warning", "files": {"models/*.json": {"loss": ..., "task": ...}}, "per_file_ignores":
 * {"tests/**": ["LA001"]}, "exclude": [...], "extend_exclude": [...], "force_exclude": true}. Found as ruff finds its
 * own: in the linted path's folder or the nearest one above it, up to the repository's root.
 *
 * @param source the file read, or null for the defaults
 * @param dir    the folder globs and excludes are relative to
 * @param root   the settings, keys spelt with '_'
 */
public record ProjectConfig(Path source, Path dir, JsonNode root) {
    public static final String FILE_NAME = "loss-advisor.json";
    public static final String PYPROJECT = "pyproject.toml";
    private static final Set<String> FIELDS = Set.of("select", "extend_select", "ignore", "severity", "fail_on", "files", "per_file_ignores",
            "exclude", "extend_exclude", "force_exclude");
    private static final Set<String> FILE_FIELDS = Set.of("loss", "task");
    private static final List<String> FAIL_ON = List.of("error", "warning", "info", "never");

    /** No config file: the defaults, relative to the working directory. */
    public static ProjectConfig none() {
        return new ProjectConfig(null, Path.of(""), JsonNodeFactory.instance.objectNode());
    }

    /**
     * The config that applies to a linted path: loss-advisor.json or a pyproject.toml with [tool.loss-advisor] in its
     * folder or the nearest above it, stopping at the repository's root (the folder with .git); else a
     * loss-advisor.json in the working directory; else none.
     */
    public static ProjectConfig discover(Path linted) {
        Path start = linted.toAbsolutePath().normalize();
        Path dir = Files.isDirectory(start) ? start : start.getParent();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve(FILE_NAME))) return read(d.resolve(FILE_NAME));
            Path pyproject = d.resolve(PYPROJECT);
            if (Files.isRegularFile(pyproject)) {
                ProjectConfig c = read(pyproject);
                if (c.source() != null) return c;
            }
            if (Files.exists(d.resolve(".git"))) break;
        }
        Path here = Path.of(FILE_NAME);
        return Files.isRegularFile(here) ? read(here) : none();
    }

    /**
     * Reads a config file: TOML when it is called pyproject.toml (its [tool.loss-advisor] table; a pyproject without
     * one is no config, {@link #source()} null), else JSON.
     *
     * @throws InputException naming the file, the key and the fix
     */
    public static ProjectConfig read(Path file) {
        boolean toml = file.getFileName().toString().equals(PYPROJECT);
        JsonNode root;
        try {
            root = toml ? new TomlMapper().readTree(file.toFile()).path("tool").path("loss-advisor") : new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new InputException("", file + ": " + (toml ? "not valid TOML: " + e.getOriginalMessage() : JsonErrors.describe(e)), "fix the config file");
        } catch (IOException e) {
            throw new InputException("", file + ": cannot read: " + e.getMessage(), "check the config file");
        }
        if (toml && root.isMissingNode()) return new ProjectConfig(null, dir(file), JsonNodeFactory.instance.objectNode());
        String where = toml ? file + " [tool.loss-advisor]" : file.toString();
        if (root == null || !root.isObject()) throw new InputException("", where + ": a config must be a table of settings", "e.g. ignore = [\"soft-labels\"]");
        ObjectNode normal = JsonNodeFactory.instance.objectNode();
        root.fields().forEachRemaining(e -> {
            String key = e.getKey().replace('-', '_');
            if (!FIELDS.contains(key)) {
                throw new InputException("/" + e.getKey(), where + ": unknown field '" + e.getKey() + "'", "allowed: " + String.join(", ", FIELDS.stream().sorted().toList()));
            }
            normal.set(key, e.getValue());
        });
        ProjectConfig c = new ProjectConfig(file, dir(file), normal);
        try {
            c.exclude();
            c.extendExclude();
        } catch (InputException e) {
            throw new InputException(e.path(), where + ": " + e.problem(), e.hint());
        }
        return c;
    }

    private static Path dir(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("") : parent;
    }

    /** What verbose output says about the config in use. */
    public String describe() {
        if (source == null) return "no config file (defaults)";
        return source.getFileName().toString().equals(PYPROJECT) ? source + " [tool.loss-advisor]" : source.toString();
    }

    /** The excludes replacing the default ones, or null to keep them. */
    public List<String> exclude() {
        return root.has("exclude") ? strings("exclude", "a gitignore-style pattern") : null;
    }

    public List<String> extendExclude() {
        return strings("extend_exclude", "a gitignore-style pattern");
    }

    /** The excludes in force: {@code replacing} when given (the command line's), else the config's, else the defaults; then extend_exclude. */
    public List<String> excludes(List<String> replacing) {
        List<String> out = new ArrayList<>(replacing != null ? replacing : exclude() != null ? exclude() : FileSearch.DEFAULT_EXCLUDES);
        out.addAll(extendExclude());
        return out;
    }

    public boolean forceExclude() {
        return root.path("force_exclude").asBoolean(false);
    }

    /** The rule settings, checked against the rule base; @throws InputException naming the file and key. */
    public Rules rules(LossAdvisor advisor) {
        try {
            return parseRules(advisor);
        } catch (InputException e) {
            throw source == null ? e : new InputException(e.path(), describe() + ": " + e.problem(), e.hint());
        }
    }

    private Rules parseRules(LossAdvisor advisor) {
        Map<String, String> severities = new LinkedHashMap<>();
        JsonNode sev = root.get("severity");
        if (sev != null) {
            if (!sev.isObject()) throw new InputException("/severity", "must be an object of rule: severity", "e.g. {\"class-imbalance\": \"error\"}");
            sev.fields().forEachRemaining(e -> severities.put(e.getKey(), e.getValue().asText()));
        }
        String failOn = null;
        if (root.has("fail_on")) {
            failOn = root.get("fail_on").asText();
            if (!FAIL_ON.contains(failOn)) throw new InputException("/fail_on", "unknown value '" + failOn + "'", "use " + String.join(", ", FAIL_ON));
        }
        LintPolicy policy = LintPolicy.of(advisor, strings("select", "a rule code, prefix or name"), strings("extend_select", "a rule code, prefix or name"),
                strings("ignore", "a rule code, prefix or name"), severities, "");
        return new Rules(policy, failOn, files(advisor, root.get("files")), perFileIgnores(advisor, root.get("per_file_ignores")), dir);
    }

    /**
     * The rule settings of a project.
     *
     * @param failOn the threshold from the file, or null when it does not say
     * @param files  what to assume for model files matching a glob that lack it, in the file's order
     * @param ignores rules to drop for files matching a glob
     */
    public record Rules(LintPolicy policy, String failOn, List<FileEntry> files, List<FileIgnore> ignores, Path dir) {
        /** The supplement of the first entry whose glob matches the file, else none. */
        public Supplement supplementFor(Path file) {
            for (FileEntry e : files) if (matches(e.matcher(), file)) return e.supplement();
            return Supplement.NONE;
        }

        /** The rules per-file-ignores drops for a file. */
        public Set<String> ignoredFor(Path file) {
            Set<String> out = new HashSet<>();
            for (FileIgnore i : ignores) if (matches(i.matcher(), file)) out.addAll(i.rules());
            return out;
        }

        /** A glob matches the path as given to lint, the path under the config's folder, or the file name. */
        private boolean matches(PathMatcher m, Path file) {
            Path normal = file.normalize();
            if (m.matches(normal) || normal.getFileName() != null && m.matches(normal.getFileName())) return true;
            Path absolute = file.toAbsolutePath().normalize();
            return absolute.startsWith(dir) && m.matches(dir.relativize(absolute));
        }
    }

    /** A glob over file paths ('/'-separated) and what to assume for the files it matches. */
    public record FileEntry(String glob, PathMatcher matcher, Supplement supplement) {}

    /** A glob and the rules (names) dropped for the files it matches. */
    public record FileIgnore(String glob, PathMatcher matcher, Set<String> rules) {}

    private static List<FileEntry> files(LossAdvisor advisor, JsonNode n) {
        List<FileEntry> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : globs(n, "/files", "an object of glob: {loss, task}", "e.g. {\"models/*.h5\": {\"loss\": \"mse\"}}")) {
            String path = pointer("/files", e.getKey());
            JsonNode v = e.getValue();
            if (!v.isObject()) throw new InputException(path, "must be an object", "e.g. {\"loss\": \"mse\", \"task\": \"regression\"}");
            v.fieldNames().forEachRemaining(f -> {
                if (!FILE_FIELDS.contains(f)) throw new InputException(path + "/" + f, "unknown field '" + f + "'", "allowed: loss, task");
            });
            String task = v.has("task") ? advisor.task(v.get("task").asText(), path + "/task") : null;
            String loss = v.has("loss") ? v.get("loss").asText() : null;
            out.add(new FileEntry(e.getKey(), glob(e.getKey(), path), new Supplement(task, loss)));
        }
        return List.copyOf(out);
    }

    private static List<FileIgnore> perFileIgnores(LossAdvisor advisor, JsonNode n) {
        List<FileIgnore> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : globs(n, "/per_file_ignores", "an object of glob: [rules]", "e.g. {\"tests/**\": [\"LA001\"]}")) {
            String path = pointer("/per_file_ignores", e.getKey());
            if (!e.getValue().isArray()) throw new InputException(path, "must be an array of rule codes or names", "e.g. [\"LA001\", \"soft-labels\"]");
            List<String> refs = new ArrayList<>();
            e.getValue().forEach(r -> refs.add(r.asText()));
            LintPolicy named = LintPolicy.of(advisor, List.of(), List.of(), refs, Map.of(), path);
            out.add(new FileIgnore(e.getKey(), glob(e.getKey(), path), named.ignore()));
        }
        return List.copyOf(out);
    }

    private static List<Map.Entry<String, JsonNode>> globs(JsonNode n, String path, String what, String example) {
        if (n == null) return List.of();
        if (!n.isObject()) throw new InputException(path, "must be " + what, example);
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) out.add(it.next());
        return out;
    }

    private static String pointer(String base, String key) {
        return base + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    private static PathMatcher glob(String glob, String path) {
        try {
            return FileSystems.getDefault().getPathMatcher("glob:" + glob);
        } catch (IllegalArgumentException bad) {
            throw new InputException(path, "not a valid glob: " + bad.getMessage(), "use * for a name part, ** across directories");
        }
    }

    private List<String> strings(String field, String what) {
        JsonNode n = root.get(field);
        if (n == null) return List.of();
        if (!n.isArray()) throw new InputException("/" + field, "must be an array", "e.g. [\"LA018\", \"soft-labels\"]");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            if (!n.get(i).isTextual()) throw new InputException("/" + field + "/" + i, "must be a string", what);
            out.add(n.get(i).asText());
        }
        return out;
    }
}
