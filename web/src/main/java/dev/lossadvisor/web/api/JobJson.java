package dev.lossadvisor.web.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lossadvisor.engine.report.JsonReport;
import dev.lossadvisor.web.jobs.JobStatus;

/** A confirm job's status as JSON: state, progress, and the report or the error once finished. */
public final class JobJson {
    private JobJson() {}

    public static String statusUrl(String id) {
        return "/api/confirm/" + id;
    }

    public static ObjectNode status(JobStatus s) {
        ObjectNode n = JsonReport.mapper().createObjectNode().put("id", s.id()).put("state", s.state().id()).put("task", s.task())
                .put("seeds", s.seeds()).put("status_url", statusUrl(s.id())).put("page_url", "/confirm/" + s.id());
        ObjectNode p = n.putObject("progress").put("done_epochs", s.doneEpochs()).put("total_epochs", s.totalEpochs())
                .put("fraction", s.fraction());
        if (s.current() != null) {
            p.put("candidate", s.current()).put("seed", s.seed());
            if (Double.isFinite(s.lastLoss())) p.put("loss", s.lastLoss());
            else p.put("loss", String.valueOf(s.lastLoss()));
        }
        if (s.report() != null) n.set("result", JsonReport.mapper().valueToTree(s.report()));
        if (s.error() != null) n.set("error", JsonReport.error(s.error()));
        return n;
    }
}
