package dev.lossadvisor.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lossadvisor.web.pages.Pages;
import dev.lossadvisor.engine.LintPolicy;
import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.engine.findings.RuleInfo;
import dev.lossadvisor.engine.report.JsonReport;
import dev.lossadvisor.engine.input.ModelDescription;
import dev.lossadvisor.web.Analyses;
import dev.lossadvisor.web.Bodies;
import dev.lossadvisor.web.Limits;
import dev.lossadvisor.web.Refused;
import dev.lossadvisor.web.jobs.ConfirmJobs;
import dev.lossadvisor.web.jobs.JobStatus;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayInputStream;
import java.util.List;

/** The JSON REST API: each handler parses the body, calls the engine and renders its answer. */
public final class Api {
    private final LossAdvisor advisor;
    private final ConfirmJobs jobs;
    private final Limits limits;
    private final Analyses analyses;
    /** The findings shown are lint's default set: opt-in rules stay out, as on the command line. */
    private final LintPolicy policy;

    public Api(LossAdvisor advisor, ConfirmJobs jobs, Limits limits, Analyses analyses) {
        this.advisor = advisor;
        this.analyses = analyses;
        this.jobs = jobs;
        this.limits = limits;
        this.policy = LintPolicy.defaults(advisor);
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/recommend", this::recommend);
        routes.post("/api/validate", this::validate);
        routes.post("/api/confirm", this::confirm);
        routes.get("/api/confirm/{id}", this::job);
        routes.get("/api/rules", this::rules);
        routes.get("/api/rules/{rule}", this::rule);
    }

    private void recommend(Context ctx) {
        var request = advisor.parseRequest(Bodies.limited(ctx, limits.maxBodyBytes()));
        ctx.json(JsonReport.mapper().valueToTree(advisor.recommend(request)));
    }

    /**
     * The body is a model file of any format lint reads. A model with one output answers with its report, one with
     * several with {"model", "heads": [report, ...]}.
     */
    private void validate(Context ctx) {
        byte[] body = Bodies.read(ctx, limits.maxBodyBytes());
        ctx.json(analyses.run(ctx, () -> answer(advisor.read(new ByteArrayInputStream(body)))));
    }

    private ObjectNode answer(List<ModelDescription> heads) {
        if (heads.isEmpty()) {
            ObjectNode none = JsonReport.mapper().createObjectNode().put("model", "python source").put("note", Pages.NO_FLOW);
            none.putArray("findings");
            none.putArray("heads");
            return none;
        }
        if (heads.size() == 1) return JsonReport.report(policy.apply(advisor.validate(heads.get(0))));
        ObjectNode answer = JsonReport.mapper().createObjectNode().put("model", heads.get(0).name());
        ArrayNode reports = answer.putArray("heads");
        java.util.Set<String> reported = new java.util.HashSet<>();
        heads.forEach(h -> reports.add(JsonReport.report(policy.apply(advisor.validate(h)).withoutRepeats(reported))));
        return answer;
    }

    private void confirm(Context ctx) {
        JobStatus job = jobs.submit(advisor.parseConfirmRequest(Bodies.limited(ctx, limits.maxBodyBytes())));
        ctx.status(HttpStatus.ACCEPTED).header("Location", JobJson.statusUrl(job.id())).json(JobJson.status(job));
    }

    private void job(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(JobJson.status(jobs.status(id).orElseThrow(() -> unknownJob(id))));
    }

    private void rules(Context ctx) {
        ArrayNode list = JsonReport.mapper().createArrayNode();
        advisor.rules().forEach(r -> list.add(rule(r)));
        ctx.json(JsonReport.mapper().createObjectNode().set("rules", list));
    }

    private void rule(Context ctx) {
        String name = ctx.pathParam("rule");
        ctx.json(rule(advisor.rule(name).orElseThrow(() -> Refused.notFound("no rule named '" + name + "'", "GET /api/rules lists codes and names"))));
    }

    private static ObjectNode rule(RuleInfo r) {
        return JsonReport.rule(r).put("doc_url", "/rules/" + r.name());
    }

    static Refused unknownJob(String id) {
        return Refused.notFound("no confirm job '" + id + "'", "no job here has this id (jobs are kept across restarts): check the id, or start a new one with POST /api/confirm");
    }
}
