package dev.lossadvisor.web.pages;

import static dev.lossadvisor.web.pages.Html.esc;

import dev.lossadvisor.engine.findings.RuleInfo;
import dev.lossadvisor.engine.report.RuleDoc;
import java.util.List;

/** The rules index and one documentation page per rule: what it does, why it is bad, example, use instead. */
final class RulesPages {
    private RulesPages() {}

    static String index(List<RuleInfo> rules) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<h1>Rules</h1><p class=\"lead\">").append(rules.size()).append(" rules, each with a stable code and name. ")
                .append("Suppress one in a description with <code>\"suppress\": [{\"rule\": \"…\", \"reason\": \"…\"}]</code>.</p>")
                .append("<table class=\"rules stack\" id=\"rules\"><thead><tr><th>Code</th><th>Name</th><th>Severity</th><th>Summary</th></tr></thead><tbody>");
        for (RuleInfo r : rules) {
            b.append("<tr><td><code>").append(esc(r.code())).append("</code></td><td><a href=\"/rules/").append(esc(r.name())).append("\">")
                    .append(esc(r.name())).append("</a></td><td><span class=\"badge ").append(r.severity().id()).append("\">")
                    .append(r.severity().id()).append("</span></td><td>").append(esc(r.summary())).append("</td></tr>");
        }
        b.append("</tbody></table>");
        return Html.page("Rules", "/rules", "", b.toString());
    }

    static String rule(RuleInfo r) {
        RuleDoc doc = RuleDoc.of(r);
        StringBuilder b = new StringBuilder(8192);
        b.append("<p><a href=\"/rules\">← All rules</a></p><h1><code>").append(esc(r.code())).append("</code> ").append(esc(r.name()))
                .append("</h1><p><span class=\"badge ").append(r.severity().id()).append("\">").append(r.severity().id()).append("</span></p>");
        if (doc.note() != null) b.append("<p class=\"muted\">").append(esc(doc.note())).append("</p>");
        for (RuleDoc.Section s : doc.sections()) {
            b.append("<h2>").append(esc(s.title())).append("</h2>");
            if (s.text() != null) b.append("<p>").append(esc(s.text())).append("</p>");
            if (s.example() == null) continue;
            b.append(Html.snippet(s.firing() ? "bad-example" : "good-example", s.example()));
            if (s.firing()) b.append("<p><a href=\"/validate?sample=").append(esc(r.name())).append("\">Validate this example →</a></p>");
        }
        return Html.page(r.name(), "/rules", "", b.toString());
    }
}
