package dev.lossadvisor.engine.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lossadvisor.engine.Advice;
import dev.lossadvisor.engine.ValidationReport;
import dev.lossadvisor.engine.findings.Finding;
import dev.lossadvisor.engine.findings.RuleInfo;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.losses.LossValue;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** JSON rendering: stable field names in snake_case, one document per run. */
public final class JsonReport {
    /**
     * Reports are trees of plain nodes written by the streaming generator, as the mapper writes them indented: an
     * ObjectMapper's class initialisation (its date format's calendar and locale data) costs a cold lint tens of
     * milliseconds, and a report has no beans to map.
     */
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonFactory GENERATORS = new JsonFactory();

    private JsonReport() {}

    /** The indenting mapper, for callers that map beans (the web app, confirm); made on first use. */
    public static ObjectMapper mapper() {
        return Mapper.MAPPER;
    }

    private static final class Mapper {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** An empty object node, for the other report writers. */
    static ObjectNode object() {
        return NODES.objectNode();
    }

    public static String lint(List<FileResult> results) {
        ObjectNode root = NODES.objectNode();
        ArrayNode all = root.putArray("findings");
        ArrayNode files = root.putArray("files");
        ArrayNode errors = root.putArray("errors");
        ArrayNode skipped = root.putArray("skipped");
        for (FileResult r : results) {
            if (r.skipped() != null) {
                skipped.addObject().put("file", r.file()).put("reason", r.skipped());
                continue;
            }
            if (r.error() != null) {
                errors.addObject().put("file", r.file()).setAll(error(r.error()));
                continue;
            }
            ObjectNode file = NODES.objectNode().put("file", r.file());
            file.setAll(report(r.report()));
            files.add(file);
            r.report().findings().forEach(f -> all.add(finding(f).put("file", r.file())));
        }
        LintSummary s = LintSummary.of(results);
        root.putObject("summary").put("files", s.files()).put("linted", s.linted()).put("skipped", s.skipped()).put("unreadable", s.unreadable())
                .put("errors", s.errors()).put("warnings", s.warnings()).put("infos", s.infos()).put("suppressed", s.suppressed());
        return write(root);
    }

    /** One description's validation: findings, suppressed findings, the loss on its samples and the advice. */
    public static ObjectNode report(ValidationReport report) {
        ObjectNode file = NODES.objectNode().put("model", report.model());
        // the output named in a model with several, else what was read: a reader whose task is not inferred sees it
        if (report.head() != null || report.read() != null) file.put("head", report.head() != null ? report.head() : report.read());
        file.put("framework", report.framework());
        if (report.advice() != null) file.put("task", report.advice().task()).put("task_evidence", report.advice().taskEvidence());
        ArrayNode fileFindings = file.putArray("findings");
        report.findings().forEach(f -> fileFindings.add(finding(f)));
        if (!report.suppressed().isEmpty()) {
            ArrayNode sup = file.putArray("suppressed");
            report.suppressed().forEach(x -> sup.add(finding(x.finding()).put("reason", x.reason())));
        }
        if (report.configuredLoss() != null) {
            ObjectNode losses = file.putObject("loss_on_samples");
            losses.set("configured", loss(report.configuredLoss()));
            if (report.recommendedLoss() != null) losses.set("recommended", loss(report.recommendedLoss()));
        }
        if (report.advice() != null) file.set("advice", advice(report.advice()));
        return file;
    }

    /**
     * Advice under its record's component names, written field by field: Jackson's bean introspection of the records
     * (valueToTree) cost a cold lint more than the rest of the JSON report.
     */
    public static ObjectNode advice(Advice a) {
        ObjectNode n = NODES.objectNode().put("task", a.task()).put("taskEvidence", a.taskEvidence()).put("loss", a.loss())
                .put("activation", a.activation()).put("labelFormat", a.labelFormat()).put("units", a.units())
                .put("rationale", a.rationale()).put("alternatives", a.alternatives());
        ArrayNode code = n.putArray("code");
        for (Advice.FrameworkCode c : a.code()) {
            code.addObject().put("framework", c.framework()).put("loss", c.loss()).put("layer", c.layer()).put("labels", c.labels())
                    .put("snippet", c.snippet());
        }
        return n;
    }

    /** Bad input as {error, path, hint}: the problem, the JSON pointer to the field, and what to do. */
    public static ObjectNode error(InputException e) {
        return error(e.problem(), e.path(), e.hint());
    }

    public static ObjectNode error(String problem, String path, String hint) {
        return NODES.objectNode().put("error", problem).put("path", path).put("hint", hint);
    }

    public static ObjectNode finding(Finding f) {
        return NODES.objectNode().put("rule", f.rule()).put("code", f.code()).put("severity", f.severity().id())
                .put("message", f.message()).put("fix", f.fix()).put("path", f.path());
    }

    private static ObjectNode loss(LossValue v) {
        ObjectNode n = NODES.objectNode().put("loss", v.loss());
        if (v.value() == null) n.putNull("value");
        else if (Double.isFinite(v.value())) n.put("value", v.value());
        else n.put("value", TextReport.format(v.value()));
        if (!v.elements().isEmpty()) {
            ArrayNode elements = n.putArray("elements");
            v.elements().forEach(e -> {
                if (Double.isFinite(e)) elements.add(e);
                else elements.add(TextReport.format(e));
            });
        }
        if (v.note() != null) n.put("note", v.note());
        return n;
    }

    public static ObjectNode rule(RuleInfo r) {
        return NODES.objectNode().put("code", r.code()).put("name", r.name()).put("severity", r.severity().id())
                .put("summary", r.summary()).put("why", r.why()).put("instead", r.instead());
    }

    public static String rules(List<RuleInfo> rules) {
        ArrayNode a = NODES.arrayNode();
        rules.forEach(r -> a.add(rule(r)));
        return write(NODES.objectNode().set("rules", a));
    }

    /** The tree as the indenting mapper writes it. */
    public static String write(JsonNode tree) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = GENERATORS.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            write(g, tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Objects, arrays and nulls are written here: their nodes' own serializers ask a mapper's provider. */
    private static void write(JsonGenerator g, JsonNode n) throws IOException {
        if (n.isObject()) {
            g.writeStartObject();
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                g.writeFieldName(e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (n.isArray()) {
            g.writeStartArray();
            for (JsonNode e : n) write(g, e);
            g.writeEndArray();
        } else if (n.isNull()) {
            g.writeNull();
        } else {
            ((JsonSerializable) n).serialize(g, null); // a string, number or boolean writes itself
        }
    }
}
