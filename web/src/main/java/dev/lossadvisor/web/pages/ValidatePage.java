package dev.lossadvisor.web.pages;

import static dev.lossadvisor.web.pages.Html.esc;

import dev.lossadvisor.engine.findings.Finding;
import dev.lossadvisor.engine.findings.Severity;
import dev.lossadvisor.engine.Suppressed;
import dev.lossadvisor.engine.ValidationReport;
import dev.lossadvisor.confirm.Confirmations;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.losses.LossValue;
import dev.lossadvisor.engine.report.TextReport;
import java.util.List;
import java.util.Map;

/** The validate form (paste or upload a description) and its findings, grouped by severity. */
final class ValidatePage {
    private static final Map<Severity, String> HEADINGS = Map.of(Severity.ERROR, "Errors", Severity.WARNING, "Warnings", Severity.INFO, "Info");

    private ValidatePage() {}

    /**
     * @param source  the uploaded binary model's name when one was validated instead of the text, else null
     * @param reports one per output of the model (empty when there is none to show)
     */
    static String render(String description, String source, List<ValidationReport> reports, InputException error) {
        return render(description, source, reports, error, null);
    }

    /** @param notice what to say when there is neither a report nor an error (Python source with no flow into a loss) */
    static String render(String description, String source, List<ValidationReport> reports, InputException error, String notice) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<h1>Validate a model description</h1><p class=\"lead\">Paste or upload a model description (JSON: framework, ")
                .append("output, loss, and optionally task, labels and samples), a Keras model, or Python training code (a .py file, a Jupyter notebook, or a ")
                .append("zip of the project) to lint it against every <a href=\"/rules\">rule</a>.</p>");
        if (error != null) b.append(Html.error(source == null ? "Cannot use this input:" : "Cannot use " + source + ":", error.path(),
                error.problem(), error.hint()));
        b.append("<form method=\"post\" action=\"/validate\" enctype=\"multipart/form-data\" class=\"card\" id=\"validate-form\">")
                .append("<label for=\"description\">Model description</label><textarea id=\"description\" name=\"description\" rows=\"14\" ")
                .append("spellcheck=\"false\" placeholder=\"{&quot;framework&quot;: &quot;keras&quot;, &quot;output&quot;: {&quot;units&quot;: 1, ")
                .append("&quot;activation&quot;: &quot;sigmoid&quot;}, &quot;loss&quot;: &quot;mse&quot;, &quot;task&quot;: &quot;binary&quot;}\"")
                .append(error == null ? "" : " aria-invalid=\"true\"").append('>').append(esc(description)).append("</textarea>")
                .append("<label for=\"file\">…or upload a file <span class=\"muted\">(a description, a Keras model: .keras, .h5, model.json or TF.js model.json; ")
                .append("a Python script, a notebook (.ipynb), or a .zip of a Python project; used instead of the text above)</span></label>")
                .append("<input id=\"file\" name=\"file\" type=\"file\" accept=\".json,.keras,.h5,.hdf5,.py,.ipynb,.zip,application/json\">")
                .append("<button type=\"submit\">Validate</button></form>");
        if (notice != null && reports.isEmpty() && error == null) b.append("<p class=\"card muted\" id=\"notice\">").append(esc(notice)).append("</p>");
        for (ValidationReport r : reports) report(b, r, source, description);
        return Html.page("Validate", "/validate", "", b.toString());
    }

    private static void report(StringBuilder b, ValidationReport r, String source, String description) {
        b.append("<section class=\"card\" id=\"").append(r.head() == null ? "findings" : "findings-" + esc(r.head())).append("\"><h2>")
                .append(esc(r.model())).append(r.head() == null ? "" : " → output <code>" + esc(r.head()) + "</code>")
                .append(" <span class=\"muted\">(").append(esc(r.framework())).append(")</span></h2>");
        if (r.advice() != null && !r.advice().taskEvidence().isEmpty()) {
            b.append("<p class=\"muted\" id=\"task-evidence\">Task <code>").append(esc(r.advice().task())).append("</code>: ")
                    .append(esc(r.advice().taskEvidence())).append("</p>");
        }
        if (source != null) b.append("<p class=\"muted\" id=\"source\">From ").append(esc(source)).append("</p>");
        if (r.findings().isEmpty()) b.append("<p class=\"ok\" id=\"no-findings\">No findings: nothing in this description breaks a rule.</p>");
        for (Severity s : Severity.values()) {
            List<Finding> group = r.findings().stream().filter(f -> f.severity() == s).toList();
            if (group.isEmpty()) continue;
            b.append("<section class=\"severity ").append(s.id()).append("\" id=\"severity-").append(s.id()).append("\"><h3>")
                    .append(HEADINGS.get(s)).append(" (").append(group.size()).append(")</h3><ul class=\"findings\">");
            group.forEach(f -> finding(b, f, null));
            b.append("</ul></section>");
        }
        if (!r.suppressed().isEmpty()) {
            b.append("<section class=\"severity suppressed\"><h3>Suppressed (").append(r.suppressed().size()).append(")</h3><ul class=\"findings\">");
            for (Suppressed s : r.suppressed()) finding(b, s.finding(), s.reason());
            b.append("</ul></section>");
        }
        if (r.configuredLoss() != null) {
            b.append("<h3>Loss on your samples</h3><dl class=\"facts\">");
            loss(b, "Configured", r.configuredLoss());
            if (r.recommendedLoss() != null) loss(b, "Recommended", r.recommendedLoss());
            b.append("</dl>");
        }
        if (r.advice() != null) {
            b.append("<h3>Recommended for <code>").append(esc(r.advice().task())).append("</code></h3><p>").append(esc(r.advice().loss()))
                    .append(" with ").append(esc(r.advice().activation())).append(" output, ").append(esc(r.advice().labelFormat()))
                    .append(" labels, ").append(esc(r.advice().units())).append(" units. <a href=\"/?task=").append(esc(r.advice().task()))
                    .append("\">Code for each framework →</a></p>");
            String task = Confirmations.confirmable(r.advice().task());
            if (task != null && source == null) confirmButton(b, task, description, r.head());
        }
        b.append("</section>");
    }

    /**
     * Trains this very output against the recommendation on the reference CNN: the input as given (a description, a
     * captured one whose labels shape the task, Python source) and, when it has several outputs or flows, which one.
     */
    private static void confirmButton(StringBuilder b, String task, String description, String head) {
        b.append("<form method=\"post\" action=\"/confirm\" ").append(head == null ? "id=\"confirm-this\"" : "class=\"confirm-this\"")
                .append("><input type=\"hidden\" name=\"task\" value=\"").append(esc(task))
                .append("\"><input type=\"hidden\" name=\"seeds\" value=\"3\"><input type=\"hidden\" name=\"model\" value=\"").append(esc(description))
                .append(head == null ? "" : "\"><input type=\"hidden\" name=\"head\" value=\"" + esc(head))
                .append("\"><button type=\"submit\">Train this configuration against the recommendation →</button></form>");
    }

    private static void finding(StringBuilder b, Finding f, String suppressedBecause) {
        b.append("<li class=\"finding ").append(f.severity().id()).append("\" data-rule=\"").append(esc(f.rule())).append("\">")
                .append("<a class=\"rule\" href=\"/rules/").append(esc(f.rule())).append("\"><code>").append(esc(f.code())).append("</code> ")
                .append(esc(f.rule())).append("</a>");
        if (f.path() != null && !f.path().isEmpty()) b.append(" <code class=\"path\">").append(esc(f.path())).append("</code>");
        b.append("<p>").append(esc(f.message())).append("</p><p class=\"fix\"><strong>Fix:</strong> ").append(esc(f.fix())).append("</p>");
        if (suppressedBecause != null) b.append("<p class=\"muted\">Suppressed: ").append(esc(suppressedBecause)).append("</p>");
        b.append("</li>");
    }

    private static void loss(StringBuilder b, String which, LossValue v) {
        b.append("<dt>").append(which).append("</dt><dd>").append(esc(v.loss())).append(": <strong>")
                .append(v.computed() ? esc(TextReport.shown(v)) : "—").append("</strong>");
        if (v.note() != null) b.append(" <span class=\"muted\">").append(esc(v.note())).append("</span>");
        b.append("</dd>");
    }
}
