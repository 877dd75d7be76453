package dev.lossadvisor.engine.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lossadvisor.engine.Finding;
import dev.lossadvisor.engine.RuleInfo;
import dev.lossadvisor.engine.Severity;
import dev.lossadvisor.engine.Suppressed;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** SARIF 2.1.0, with every rule's metadata and help, so code-scanning UIs can show findings and rule docs. */
public final class SarifReport {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {}

    public static String lint(List<FileResult> results, List<RuleInfo> rules, String version) {
        ObjectNode root = JsonReport.mapper().createObjectNode().put("$schema", SCHEMA).put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver").put("name", "loss-advisor").put("version", version);
        ArrayNode ruleArray = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        for (RuleInfo r : rules) {
            index.put(r.name(), index.size());
            ObjectNode rule = ruleArray.addObject().put("id", r.code()).put("name", r.name());
            rule.putObject("shortDescription").put("text", r.summary());
            rule.putObject("fullDescription").put("text", r.why());
            rule.putObject("help").put("text", r.summary() + ". " + r.why() + " Use instead: " + r.instead()).put("markdown", RuleDocs.markdown(r));
            rule.putObject("defaultConfiguration").put("level", level(r.severity()));
        }
        ArrayNode out = run.putArray("results");
        ArrayNode notifications = run.putArray("invocations").addObject().put("executionSuccessful", true).putArray("toolExecutionNotifications");
        for (FileResult fr : results) {
            if (fr.skipped() != null) continue;
            String uri = uri(fr.file());
            if (fr.error() != null) {
                ObjectNode n = notifications.addObject().put("level", "error");
                n.putObject("message").put("text", fr.error().oneLine());
                location(n.putArray("locations").addObject(), uri, 1, fr.error().path());
                continue;
            }
            List<Finding> all = new java.util.ArrayList<>(fr.report().findings());
            fr.report().suppressed().forEach(s -> all.add(s.finding()));
            // JSON pointers get their line from the file; source places (file:line:col) carry theirs
            Map<String, Integer> lines = JsonLines.lines(Path.of(fr.file()), all.stream().map(Finding::path)
                    .filter(p -> !SOURCE_PLACE.matcher(p).matches()).collect(Collectors.toSet()));
            for (Finding f : fr.report().findings()) result(out, f, index, uri, lines);
            for (Suppressed s : fr.report().suppressed()) {
                result(out, s.finding(), index, uri, lines).putArray("suppressions").addObject()
                        .put("kind", "inSource").put("justification", s.reason());
            }
        }
        return JsonReport.write(root);
    }

    /** A file path as a SARIF artifact URI: relative, '/'-separated, percent-encoded (a space is %20, '#' is %23). */
    static String uri(String file) {
        String path = Path.of(file).normalize().toString().replace('\\', '/');
        try {
            return new URI(null, null, path, null).getRawPath().replace("#", "%23").replace("?", "%3F");
        } catch (URISyntaxException e) {
            return path; // a path the URI class cannot take at all is still better shown than dropped
        }
    }

    private static ObjectNode result(ArrayNode out, Finding f, Map<String, Integer> index, String uri, Map<String, Integer> lines) {
        ObjectNode r = out.addObject().put("ruleId", f.code()).put("ruleIndex", index.getOrDefault(f.rule(), 0)).put("level", level(f.severity()));
        r.putObject("message").put("text", f.message() + " Fix: " + f.fix());
        Matcher place = SOURCE_PLACE.matcher(f.path());
        if (place.matches()) {
            // a place in source code: the region is that file's line and column, which may be another file than the result's
            ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", uri(place.group(1)));
            physical.putObject("region").put("startLine", Integer.parseInt(place.group(2))).put("startColumn", Integer.parseInt(place.group(3)));
        } else {
            location(r.putArray("locations").addObject(), uri, lines.getOrDefault(f.path(), 1), f.path());
        }
        return r;
    }

    private static final Pattern SOURCE_PLACE = Pattern.compile("(.+):(\\d+):(\\d+)");

    private static void location(ObjectNode loc, String uri, int line, String pointer) {
        ObjectNode physical = loc.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri);
        physical.putObject("region").put("startLine", line);
        if (!pointer.isEmpty()) loc.putArray("logicalLocations").addObject().put("fullyQualifiedName", pointer).put("kind", "member");
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
