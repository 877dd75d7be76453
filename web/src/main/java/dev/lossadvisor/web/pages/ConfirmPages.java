package dev.lossadvisor.web.pages;

import static dev.lossadvisor.web.pages.Html.esc;

import dev.lossadvisor.confirm.ConfirmReport;
import dev.lossadvisor.confirm.Confirmer;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.report.TextReport;
import dev.lossadvisor.web.jobs.JobStatus;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** The confirm form, a job's progress while it trains, and its loss curves and verdict table once done. */
final class ConfirmPages {
    private ConfirmPages() {}

    static String form(ConfirmForm f, String problemHeading, InputException error) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<h1>Confirm on a reference CNN</h1><p class=\"lead\">Trains a small CNN (conv → relu → pool → dense) on synthetic ")
                .append("28×28 images shaped like the task, once per candidate and seed: the recommendation, the mistakes it guards ")
                .append("against, and your own configuration if you paste a description. Takes seconds; runs on the server's CPU.</p>");
        if (error != null) b.append(Html.error(problemHeading, error.path(), error.problem(), error.hint()));
        b.append("<form method=\"post\" action=\"/confirm\" class=\"card\" id=\"confirm-form\">")
                .append("<label for=\"task\">Task</label><select id=\"task\" name=\"task\"").append(Html.invalidIf(error, "task")).append('>')
                .append(Html.options(Confirmer.TASKS, f.task())).append("</select>")
                .append("<label for=\"seeds\">Seeds per candidate <span class=\"muted\">(1–10; more seeds, firmer verdict)</span></label>")
                .append("<input id=\"seeds\" name=\"seeds\" type=\"number\" min=\"1\" max=\"10\" value=\"").append(esc(f.seeds())).append('"')
                .append(Html.invalidIf(error, "seeds")).append('>')
                .append("<label for=\"model\">Your model description <span class=\"muted\">(optional JSON; its activation and loss join ")
                .append("the candidates)</span></label><textarea id=\"model\" name=\"model\" rows=\"6\" spellcheck=\"false\"")
                .append(Html.invalidIf(error, "model")).append('>').append(esc(f.model())).append("</textarea>")
                .append(f.head().isEmpty() ? "" : "<input type=\"hidden\" name=\"head\" value=\"" + esc(f.head()) + "\">")
                .append("<button type=\"submit\">Start training</button></form>");
        return Html.page("Confirm", "/confirm", "", b.toString());
    }

    static String job(JobStatus s) {
        return s.state() == JobStatus.State.DONE ? done(s) : s.state().finished() ? failed(s) : running(s);
    }

    private static String running(JobStatus s) {
        String body = "<h1>Training the reference CNN on <code>" + esc(s.task()) + "</code></h1>"
                + "<section class=\"card\" id=\"job\" data-job=\"" + esc(s.id()) + "\" data-state=\"" + s.state().id() + "\">"
                + "<progress id=\"job-progress\" max=\"" + s.totalEpochs() + "\" value=\"" + s.doneEpochs() + "\"></progress>"
                + "<p id=\"job-status\" aria-live=\"polite\">" + esc(statusLine(s)) + "</p>"
                + "<p class=\"muted\">This page follows the job and shows the results when training ends.</p></section>";
        // without script the page refreshes itself; with it, app.js polls the status URL instead
        return Html.page("Training…", "/confirm", "<noscript><meta http-equiv=\"refresh\" content=\"2\"></noscript>", body);
    }

    static String statusLine(JobStatus s) {
        if (s.state() == JobStatus.State.QUEUED) return "Queued: waiting for a free worker.";
        String where = s.current() == null ? "starting" : s.current() + ", seed " + s.seed() + ", loss " + TextReport.format(s.lastLoss());
        return String.format(Locale.ROOT, "%d of %d epochs (%.0f%%): %s", s.doneEpochs(), s.totalEpochs(), 100 * s.fraction(), where);
    }

    private static String failed(JobStatus s) {
        InputException e = s.error();
        String heading = switch (s.state()) {
            case TIMED_OUT -> "Timed out:";
            case INTERRUPTED -> "Interrupted:";
            default -> "Training failed:";
        };
        String body = "<h1>Confirm on <code>" + esc(s.task()) + "</code></h1><section id=\"job\" data-job=\"" + esc(s.id()) + "\" data-state=\""
                + s.state().id() + "\">" + Html.error(heading, e.path(), e.problem(), e.hint()) + "</section><p><a href=\"/confirm\">Start another run</a></p>";
        return Html.page("Confirm failed", "/confirm", "", body);
    }

    private static String done(JobStatus s) {
        ConfirmReport r = s.report();
        StringBuilder b = new StringBuilder(16384);
        b.append("<h1>Confirm on <code>").append(esc(r.task())).append("</code></h1><section class=\"card\" id=\"job\" data-job=\"")
                .append(esc(s.id())).append("\" data-state=\"done\"><p class=\"verdict ").append(esc(r.verdict())).append("\" id=\"verdict\"><strong>")
                .append(esc(r.verdict())).append("</strong> — ").append(esc(r.explanation())).append("</p>")
                .append(r.setting() == null || r.setting().isEmpty() ? "" : "<p class=\"muted\" id=\"setting\">The synthetic task: " + esc(r.setting()) + "</p>")
                .append(SvgChart.render("Training loss per epoch on " + r.task(), r.candidates().stream()
                        .map(c -> new SvgChart.Series(c.candidate().label(), c.meanLossCurve())).toList()));
        String metric = esc(r.metric()) + (r.higherIsBetter() ? " ↑" : " ↓");
        b.append("<table class=\"verdicts stack\" id=\"verdict-table\"><thead><tr><th>Candidate</th><th>Role</th><th>")
                .append(metric).append("</th><th>ECE</th><th>Brier</th><th>NaN runs</th>")
                .append("<th>Recommendation vs this</th></tr></thead><tbody>");
        for (ConfirmReport.CandidateSummary c : r.candidates()) {
            String outcome = r.comparisons().stream().filter(x -> x.other().equals(c.candidate().id())).findFirst()
                    .map(x -> outcome(x, r.seeds().size())).orElse("—");
            // data-label names the column where a phone shows the row as a block
            b.append("<tr class=\"").append(esc(c.candidate().role())).append("\"><td>").append(esc(c.candidate().label()))
                    .append("</td><td data-label=\"Role\">").append(esc(c.candidate().role())).append("</td><td data-label=\"").append(metric).append("\">")
                    .append(TextReport.format(c.metricMean())).append(" ± ").append(TextReport.format(c.metricStd()))
                    .append("</td><td data-label=\"ECE\">").append(TextReport.format(c.eceMean())).append("</td><td data-label=\"Brier\">")
                    .append(TextReport.format(c.brierMean())).append("</td><td data-label=\"NaN runs\">").append(c.nonFiniteRuns()).append('/')
                    .append(c.runs().size()).append("</td><td data-label=\"Recommendation vs this\">").append(esc(outcome)).append("</td></tr>");
        }
        b.append("</tbody></table><p class=\"muted\">Seeds ").append(esc(r.seeds())).append(", ").append(r.epochs()).append(" epochs each, ")
                .append(String.format(Locale.ROOT, "%.1f s", r.millis() / 1000.0)).append(" of training. <a href=\"/api/confirm/").append(esc(s.id()))
                .append("\">JSON</a> · <a href=\"/confirm\">Start another run</a></p></section>");
        return Html.page("Confirm: " + r.verdict(), "/confirm", "", b.toString());
    }

    /**
     * How the recommendation fared against one candidate, in the README's terms: better or worse means a mean paired
     * difference over the seeds beyond the margin (the t-test's bound on their spread, at least 0.005); anything else is a tie.
     */
    static String outcome(ConfirmReport.Comparison c, int seeds) {
        String margin = significant(Math.abs(c.difference()));
        return switch (c.outcome()) {
            case "better" -> "better by " + margin + " (ahead on " + c.seedsWon() + "/" + seeds + " seeds)";
            case "worse" -> "worse by " + margin + " (ahead on " + c.seedsWon() + "/" + seeds + " seeds)";
            default -> "tie: " + (c.difference() >= 0 ? "ahead" : "behind") + " by " + margin + ", within the margin "
                    + significant(c.threshold()) + " (ahead on " + c.seedsWon() + "/" + seeds + " seeds)";
        };
    }

    /** Three significant digits without trailing zeros: 0.002, 0.35, 12.3. */
    private static String significant(double v) {
        if (!Double.isFinite(v)) return String.valueOf(v);
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
