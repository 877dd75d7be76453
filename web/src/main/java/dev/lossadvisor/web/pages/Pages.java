package dev.lossadvisor.web.pages;

import dev.lossadvisor.engine.Advice;
import dev.lossadvisor.engine.LintPolicy;
import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.input.ModelDescription;
import dev.lossadvisor.engine.report.RuleDocs;
import dev.lossadvisor.facts.FileContents;
import dev.lossadvisor.web.Analyses;
import dev.lossadvisor.web.Bodies;
import dev.lossadvisor.web.Limits;
import dev.lossadvisor.web.Refused;
import dev.lossadvisor.web.jobs.ConfirmJobs;
import dev.lossadvisor.web.jobs.JobStatus;
import dev.lossadvisor.web.jobs.TooManyJobs;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;


/**
 * The HTML pages. Each handler reads the form, calls the engine and renders; a bad input re-renders the
 * form with what the user typed and the problem next to it, so nothing typed is lost.
 */
public final class Pages {
    private final LossAdvisor advisor;
    private final ConfirmJobs jobs;
    private final Limits limits;
    private final Analyses analyses;
    /** The findings shown are lint's default set: opt-in rules stay out, as on the command line. */
    private final LintPolicy policy;

    public Pages(LossAdvisor advisor, ConfirmJobs jobs, Limits limits, Analyses analyses) {
        this.analyses = analyses;
        this.advisor = advisor;
        this.jobs = jobs;
        this.limits = limits;
        this.policy = LintPolicy.defaults(advisor);
    }

    public void register(RoutesConfig routes) {
        routes.get("/", this::home);
        routes.post("/recommend", this::recommend);
        routes.get("/validate", this::validateForm);
        routes.post("/validate", this::validate);
        routes.get("/rules", ctx -> ctx.html(RulesPages.index(advisor.rules())));
        routes.get("/rules/{rule}", this::rule);
        routes.get("/confirm", ctx -> ctx.html(ConfirmPages.form(ConfirmForm.EMPTY.withTask(ctx.queryParam("task")), null, null)));
        routes.post("/confirm", this::confirm);
        routes.get("/confirm/{id}", this::job);
    }

    /** The form; with ?task=… (links from validation results) the recommendation too. */
    private void home(Context ctx) {
        String task = ctx.queryParam("task");
        if (task == null) {
            ctx.html(RecommendPage.render(RecommendForm.EMPTY, null, null));
            return;
        }
        recommend(ctx, new RecommendForm(task, "", LossAdvisor.FRAMEWORKS, ""));
    }

    private void recommend(Context ctx) {
        recommend(ctx, RecommendForm.of(ctx));
    }

    private void recommend(Context ctx, RecommendForm form) {
        try {
            Advice advice = advisor.recommend(form.request(advisor));
            ctx.html(RecommendPage.render(form, advice, null));
        } catch (InputException e) {
            ctx.status(status(e)).html(RecommendPage.render(form, null, e));
        }
    }

    /** The form, empty or (?sample=rule) holding that rule's documented bad example. */
    private void validateForm(Context ctx) {
        String rule = ctx.queryParam("sample");
        String sample = rule == null ? null : advisor.rule(rule).map(r -> RuleDocs.sample(r.name(), "bad.json")).orElse(null);
        ctx.html(ValidatePage.render(sample == null ? "" : sample, null, List.of(), null));
    }

    /** Validates the uploaded file when one was chosen (a description, Keras model JSON or a .keras archive), else the text. */
    private void validate(Context ctx) {
        UploadedFile file = ctx.uploadedFile("file");
        boolean upload = file != null && file.size() > 0;
        String text = RecommendForm.text(ctx.formParam("description"));
        String source = null;
        try {
            byte[] bytes;
            if (upload) {
                try (InputStream in = Bodies.limited(file.content(), limits.maxBodyBytes())) {
                    bytes = in.readAllBytes();
                }
                // a binary model is named in the result; a text file takes the text area's place, editable
                if (isText(bytes)) text = new String(bytes, StandardCharsets.UTF_8);
                else source = file.filename();
            } else {
                bytes = text.getBytes(StandardCharsets.UTF_8);
            }
            List<ModelDescription> heads = analyses.run(ctx, () -> advisor.read(new ByteArrayInputStream(bytes)));
            if (source != null && !heads.isEmpty()) source += " (" + FORMATS.getOrDefault(heads.get(0).contents().format(), "model file") + ")";
            Set<String> reported = new HashSet<>(); // a mistake reached by two flows is shown once, as lint reports it
            ctx.html(ValidatePage.render(text, source, heads.stream().map(h -> policy.apply(advisor.validate(h)).withoutRepeats(reported)).toList(), null, NO_FLOW));
        } catch (InputException e) {
            ctx.status(status(e)).html(ValidatePage.render(text, source, List.of(), e));
        } catch (IOException e) {
            ctx.status(400).html(ValidatePage.render(text, source, List.of(),
                    new InputException("/file", "the upload could not be read: " + e.getMessage(), "choose the file again")));
        }
    }

    private void rule(Context ctx) {
        String name = ctx.pathParam("rule");
        ctx.html(RulesPages.rule(advisor.rule(name).orElseThrow(() -> Refused.notFound("no rule named '" + name + "'", "see the rules index"))));
    }

    private void confirm(Context ctx) {
        ConfirmForm form = ConfirmForm.of(ctx);
        try {
            // the model field reads any format, Python too: under the same deadline as an upload
            JobStatus job = jobs.submit(analyses.run(ctx, () -> form.request(advisor)));
            ctx.redirect("/confirm/" + job.id(), HttpStatus.SEE_OTHER);
        } catch (InputException e) {
            ctx.status(status(e)).html(ConfirmPages.form(form, "Cannot use this input:", e));
        } catch (TooManyJobs e) {
            ctx.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", String.valueOf(e.retryAfterSeconds()))
                    .html(ConfirmPages.form(form, "Busy:", new InputException("", e.getMessage(), e.hint())));
        }
    }

    private void job(Context ctx) {
        String id = ctx.pathParam("id");
        JobStatus s = jobs.status(id).orElseThrow(() -> Refused.notFound("no confirm job '" + id + "'",
                "no job here has this id (jobs are kept across restarts): check the link, or start a new run from the confirm page"));
        ctx.html(ConfirmPages.job(s));
    }

    /** 400 for input that is not JSON at all, 422 for JSON with a wrong field. */
    /** How the page names the binary formats an upload is detected as. */
    private static final Map<String, String> FORMATS = Map.of(FileContents.FORMAT_KERAS_ARCHIVE, "Keras archive", FileContents.FORMAT_KERAS_H5, "Keras HDF5",
            FileContents.FORMAT_PYTHON, "Python project");
    /** Python source is read whole, but only a flow from a model's output into a loss gives something to check. */
    public static final String NO_FLOW = "No flow from a model's output into a loss was found in this Python source, so there was nothing to check.";

    /** True for UTF-8 text without control bytes, which the text area can show and the user edit. */
    private static boolean isText(byte[] bytes) {
        int n = Math.min(bytes.length, 4096);
        for (int i = 0; i < n; i++) {
            int c = bytes[i] & 0xff;
            if (c < 0x09 || c > 0x0d && c < 0x20) return false;
        }
        return true;
    }

    public static int status(InputException e) {
        return e.tooLarge() ? 413 : e.malformed() ? 400 : 422;
    }

    /** An error page for problems outside a form (unknown page, body too large). */
    public static String errorPage(int status, String problem, String hint) {
        return Html.page("Error " + status, "", "", "<h1>" + status + "</h1>" + Html.error("", null, problem, hint)
                + "<p><a href=\"/\">Back to the start</a> · use your browser's back button to return to what you typed</p>");
    }
}
