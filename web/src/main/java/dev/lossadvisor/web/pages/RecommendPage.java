package dev.lossadvisor.web.pages;

import static dev.lossadvisor.web.pages.Html.esc;

import dev.lossadvisor.engine.Advice;
import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.confirm.Confirmer;
import dev.lossadvisor.engine.input.InputException;
import java.util.Map;

/** The task form and, once submitted, the recommendation with code per framework. */
final class RecommendPage {
    private static final Map<String, String> FRAMEWORK_NAMES = Map.of("keras", "Keras", "pytorch", "PyTorch", "djl", "DJL (Java)");

    private RecommendPage() {}

    static String render(RecommendForm form, Advice advice, InputException error) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<h1>Which loss fits your task?</h1><p class=\"lead\">Describe the task, optionally paste some labels, and get the loss, ")
                .append("output activation, label format and output units, with code for your framework.</p>");
        if (error != null) b.append(Html.error(error));
        form(b, form, error);
        if (advice != null) advice(b, advice);
        return Html.page(advice == null ? "Recommend" : "Recommendation: " + advice.loss(), "/", "", b.toString());
    }

    private static void form(StringBuilder b, RecommendForm f, InputException e) {
        b.append("<form method=\"post\" action=\"/recommend\" class=\"card\" id=\"recommend-form\">")
                .append("<label for=\"task\">Task</label><select id=\"task\" name=\"task\"").append(Html.invalidIf(e, "task")).append('>')
                .append("<option value=\"\">(infer from the labels)</option>").append(Html.options(LossAdvisor.TASKS, f.task()))
                .append("</select>")
                .append("<label for=\"classes\">Classes or labels <span class=\"muted\">(optional; fills in unit counts)</span></label>")
                .append("<input id=\"classes\" name=\"classes\" type=\"number\" min=\"1\" inputmode=\"numeric\" value=\"").append(esc(f.classes()))
                .append('"').append(Html.invalidIf(e, "classes")).append('>')
                .append("<fieldset><legend>Frameworks</legend>");
        for (String fw : LossAdvisor.FRAMEWORKS) {
            b.append("<label class=\"inline\"><input type=\"checkbox\" name=\"frameworks\" value=\"").append(fw).append('"')
                    .append(f.frameworks().contains(fw) ? " checked" : "").append("> ").append(FRAMEWORK_NAMES.get(fw)).append("</label>");
        }
        b.append("</fieldset><label for=\"labels\">Sample labels <span class=\"muted\">(optional: 0 1 1 0, one row per line, or JSON such as ")
                .append("[[0,1,0],[1,0,0]])</span></label><textarea id=\"labels\" name=\"labels\" rows=\"4\" spellcheck=\"false\"")
                .append(Html.invalidIf(e, "labels")).append('>').append(esc(f.labels())).append("</textarea>")
                .append("<button type=\"submit\">Recommend</button></form>");
    }

    private static void advice(StringBuilder b, Advice a) {
        b.append("<section class=\"card\" id=\"recommendation\"><h2>Recommendation for <code id=\"rec-task\">").append(esc(a.task()))
                .append("</code></h2>");
        if (!a.taskEvidence().isBlank()) b.append("<p class=\"muted\">").append(esc(a.taskEvidence())).append("</p>");
        b.append("<dl class=\"facts\">")
                .append("<dt>Loss</dt><dd id=\"rec-loss\">").append(esc(a.loss())).append("</dd>")
                .append("<dt>Output activation</dt><dd id=\"rec-activation\">").append(esc(a.activation())).append("</dd>")
                .append("<dt>Label format</dt><dd id=\"rec-labels\">").append(esc(a.labelFormat())).append("</dd>")
                .append("<dt>Output units</dt><dd id=\"rec-units\">").append(esc(a.units())).append("</dd></dl>")
                .append("<h3>Why</h3><p>").append(esc(a.rationale())).append("</p>");
        if (!a.alternatives().isBlank()) b.append("<h3>Alternatives</h3><p>").append(esc(a.alternatives())).append("</p>");
        for (Advice.FrameworkCode c : a.code()) {
            String name = FRAMEWORK_NAMES.getOrDefault(c.framework(), c.framework());
            b.append("<section class=\"framework\" data-framework=\"").append(esc(c.framework())).append("\"><h3>").append(esc(name))
                    .append("</h3><dl class=\"facts\"><dt>Loss</dt><dd><code>").append(esc(c.loss())).append("</code></dd>")
                    .append("<dt>Final layer</dt><dd><code>").append(esc(c.layer())).append("</code></dd>")
                    .append("<dt>Labels</dt><dd>").append(esc(c.labels())).append("</dd></dl>")
                    .append(Html.snippet("snippet-" + c.framework(), c.snippet())).append("</section>");
        }
        if (Confirmer.TASKS.contains(a.task())) {
            b.append("<p><a id=\"confirm-link\" href=\"/confirm?task=").append(esc(a.task())).append("\">Check it on the reference CNN →</a></p>");
        }
        b.append("</section>");
    }
}
