package dev.lossadvisor.engine.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lossadvisor.engine.Suppressed;
import dev.lossadvisor.engine.findings.Finding;
import dev.lossadvisor.engine.findings.RuleInfo;
import dev.lossadvisor.engine.findings.Severity;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** SARIF 2.1.0, with every rule's metadata and help, so code-scanning UIs can show findings and rule docs. */
public final class SarifReport {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {}

    public static String lint(List<FileResult> results, List<RuleInfo> rules, String version) {
        ObjectNode root = JsonReport.object().put("$schema", SCHEMA).put("version", "2.1.0");
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
        Places places = new Places();
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
            Map<String, Integer> lines = Places.pointerLines(fr.file(), all.stream().map(Finding::path).collect(Collectors.toSet()));
            for (Finding f : fr.report().findings()) related(result(out, f, index, places.of(fr.file(), f.path(), lines)), fr, f, places);
            for (Suppressed s : fr.report().suppressed()) {
                related(result(out, s.finding(), index, places.of(fr.file(), s.finding().path(), lines)), fr, s.finding(), places)
                        .putArray("suppressions").addObject().put("kind", "inSource").put("justification", s.reason());
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

    /**
     * A result at its place: a source place in its file (which may be another than the result's); a notebook's cell
     * at the line of that text in the .ipynb, which code-scanning viewers show, with the cell named in the message and
     * as a logical location; a JSON pointer at its key's line, the pointer as a logical location.
     */
    private static ObjectNode result(ArrayNode out, Finding f, Map<String, Integer> index, Places.Place at) {
        ObjectNode r = out.addObject().put("ruleId", f.code()).put("ruleIndex", index.getOrDefault(f.rule(), 0)).put("level", level(f.severity()));
        String cell = at.cell() == 0 ? "" : " (cell " + at.cell() + ", line " + at.cellLine() + ", column " + at.cellColumn() + ")";
        r.putObject("message").put("text", f.message() + " Fix: " + f.fix() + cell);
        ObjectNode loc = r.putArray("locations").addObject();
        ObjectNode physical = loc.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri(at.file()));
        ObjectNode region = physical.putObject("region").put("startLine", at.line());
        if (at.column() > 0) region.put("startColumn", at.column());
        if (at.cell() > 0) {
            loc.putArray("logicalLocations").addObject().put("name", "cell " + at.cell()).put("fullyQualifiedName", "cell " + at.cell() + ":" + at.cellLine()
                    + ":" + at.cellColumn()).put("kind", "module");
            r.putObject("properties").put("notebookCell", at.cell()).put("cellLine", at.cellLine()).put("cellColumn", at.cellColumn());
        } else if (at.column() == 0 && !f.path().isEmpty()) {
            loc.putArray("logicalLocations").addObject().put("fullyQualifiedName", f.path()).put("kind", "member");
        }
        return r;
    }

    /** The other ends of a finding's flow in source code (the output, the loss, its call) as related locations, numbered from 1. */
    private static ObjectNode related(ObjectNode result, FileResult fr, Finding f, Places places) {
        List<FlowPlace> others = FlowPlace.others(fr.report().places(), f.path());
        if (others.isEmpty()) return result;
        ArrayNode related = result.putArray("relatedLocations");
        for (FlowPlace other : others) {
            Places.Place at = places.of(fr.file(), other.place(), Map.of());
            ObjectNode loc = related.addObject().put("id", related.size());
            ObjectNode physical = loc.putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", uri(at.file()));
            ObjectNode region = physical.putObject("region").put("startLine", at.line());
            if (at.column() > 0) region.put("startColumn", at.column());
            loc.putObject("message").put("text", other.what() + (at.cell() == 0 ? "" : " (cell " + at.cell() + ", line " + at.cellLine() + ")"));
        }
        return result;
    }

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
