package dev.lossadvisor.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lossadvisor.engine.input.InputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A project's loss-advisor.json: {"select": [...], "ignore": [...], "severity": {"rule": "error"}, "fail_on": "warning"}.
 *
 * @param failOn the threshold from the file, or null when it does not say
 */
public record ProjectConfig(LintPolicy policy, String failOn) {
    public static final String FILE_NAME = "loss-advisor.json";
    private static final Set<String> FIELDS = Set.of("select", "ignore", "severity", "fail_on");
    private static final List<String> FAIL_ON = List.of("error", "warning", "info", "never");

    public static ProjectConfig read(LossAdvisor advisor, Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new InputException("", file + ": not readable JSON: " + e.getMessage().lines().findFirst().orElse(""), "fix the config file");
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
            if (!FIELDS.contains(f)) throw new InputException("/" + f, "unknown field '" + f + "'", "allowed: fail_on, ignore, select, severity");
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
        return new ProjectConfig(LintPolicy.of(advisor, strings(root, "select"), strings(root, "ignore"), severities, ""), failOn);
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
