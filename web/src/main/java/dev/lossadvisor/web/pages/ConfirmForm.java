package dev.lossadvisor.web.pages;

import dev.lossadvisor.engine.input.ConfirmRequest;
import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.confirm.Confirmer;
import dev.lossadvisor.engine.input.InputException;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** The confirm form as filled in: task, seeds, and an optional model (description or Keras JSON) whose configuration joins the run. */
record ConfirmForm(String task, String seeds, String model) {
    static final ConfirmForm EMPTY = new ConfirmForm("binary", String.valueOf(ConfirmRequest.DEFAULT_SEEDS), "");

    /** This form with the task preselected, when the reference CNN models it (links from a recommendation pass it). */
    ConfirmForm withTask(String t) {
        return t != null && Confirmer.TASKS.contains(t) ? new ConfirmForm(t, seeds, model) : this;
    }

    static ConfirmForm of(Context ctx) {
        return new ConfirmForm(RecommendForm.text(ctx.formParam("task")), RecommendForm.text(ctx.formParam("seeds")),
                RecommendForm.text(ctx.formParam("model")));
    }

    /** @throws InputException naming the form field (as a JSON pointer) that is wrong */
    ConfirmRequest request(LossAdvisor advisor) {
        int n;
        try {
            n = Integer.parseInt(seeds.strip());
        } catch (NumberFormatException e) {
            throw new InputException("/seeds", "must be a whole number, got '" + seeds + "'", "3 seeds are the default");
        }
        if (model.isBlank()) return new ConfirmRequest(task.isBlank() ? null : task, n, null);
        try {
            return new ConfirmRequest(task.isBlank() ? null : task, n,
                    LossAdvisor.single(advisor.read(new ByteArrayInputStream(model.getBytes(StandardCharsets.UTF_8)))));
        } catch (InputException e) {
            throw e.under("/model");
        }
    }
}
