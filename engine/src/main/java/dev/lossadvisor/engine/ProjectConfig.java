package dev.lossadvisor.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.input.JsonErrors;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A project's loss-advisor.json: {"select": [...], "extend_select": [...], "ignore": [...], "severity": {"rule": "error"}, "fail_on": "warning",
 * "files": {"models/*.json": {"loss": "categorical_crossentropy", "task": "multiclass"}}}.
 *
 * @param failOn the threshold from the file, or null when it does not say
 * @param files  what to assume for model files matching a glob that lack it, in the file's order
 */
public record ProjectConfig(LintPolicy policy, String failOn, List<FileEntry> files) {
    public static final String FILE_NAME = "loss-advisor.json";
    private static final Set<String> FIELDS = Set.of("select", "extend_select", "ignore", "severity", "fail_on", "files");
    private static final Set<String> FILE_FIELDS = Set.of("loss", "task");

    /** A glob over file paths (as given to lint, '/'-separated) and what to assume for the files it matches. */
    public record FileEntry(String glob, PathMatcher matcher, Supplement supplement) {}

    /** The supplement of the first entry whose glob matches the file, else none. */
    public Supplement supplementFor(Path file) {
        Path normal = file.normalize();
        for (FileEntry e : files) {
            if (e.matcher().matches(normal) || normal.getFileName() != null && e.matcher().matches(normal.getFileName())) return e.supplement();
        }
        return Supplement.NONE;
    }
    private static final List<String> FAIL_ON = List.of("error", "warning", "info", "never");

    public static ProjectConfig read(LossAdvisor advisor, Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new InputException("", file + ": " + JsonErrors.describe(e), "fix the config file");
        } catch (IOException e) {
            throw new InputException("", file + ": cannot read: " + e.getMessage(), "check the config file");
        }
        try {
            return parse(advisor, root);
        } catch (InputException e) {
            throw new InputException(e.path(), file + ": " + e.problem(), e.hint());
        }
    }

    static ProjectConfig parse(LossAdvisor advisor, JsonNode root) {
        if (root == null || !root.isObject()) throw new InputException("", "a config must be a JSON object", "e.g. {\"ignore\": [\"soft-labels\"]}");
        root.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) throw new InputException("/" + f, "unknown field '" + f + "'", "allowed: extend_select, fail_on, files, ignore, select, severity");
        });
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
        return new ProjectConfig(LintPolicy.of(advisor, strings(root, "select"), strings(root, "extend_select"), strings(root, "ignore"), severities, ""), failOn,
                files(advisor, root.get("files")));
    }

    private static List<FileEntry> files(LossAdvisor advisor, JsonNode n) {
        if (n == null) return List.of();
        if (!n.isObject()) throw new InputException("/files", "must be an object of glob: {loss, task}", "e.g. {\"models/*.h5\": {\"loss\": \"mse\"}}");
        List<FileEntry> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = "/files/" + e.getKey().replace("~", "~0").replace("/", "~1");
            JsonNode v = e.getValue();
            if (!v.isObject()) throw new InputException(path, "must be an object", "e.g. {\"loss\": \"mse\", \"task\": \"regression\"}");
            v.fieldNames().forEachRemaining(f -> {
                if (!FILE_FIELDS.contains(f)) throw new InputException(path + "/" + f, "unknown field '" + f + "'", "allowed: loss, task");
            });
            PathMatcher matcher;
            try {
                matcher = FileSystems.getDefault().getPathMatcher("glob:" + e.getKey());
            } catch (IllegalArgumentException bad) {
                throw new InputException(path, "not a valid glob: " + bad.getMessage(), "use * for a name part, ** across directories");
            }
            String task = v.has("task") ? advisor.task(v.get("task").asText(), path + "/task") : null;
            String loss = v.has("loss") ? v.get("loss").asText() : null;
            out.add(new FileEntry(e.getKey(), matcher, new Supplement(task, loss)));
        }
        return List.copyOf(out);
    }

    private static List<String> strings(JsonNode root, String field) {
        JsonNode n = root.get(field);
        if (n == null) return List.of();
        if (!n.isArray()) throw new InputException("/" + field, "must be an array of rule codes or names", "e.g. [\"LA018\", \"soft-labels\"]");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            if (!n.get(i).isTextual()) throw new InputException("/" + field + "/" + i, "must be a string", "a rule code or name");
            out.add(n.get(i).asText());
        }
        return out;
    }
}
