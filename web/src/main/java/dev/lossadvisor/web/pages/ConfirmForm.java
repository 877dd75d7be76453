package dev.lossadvisor.web.pages;

import dev.lossadvisor.engine.input.ConfirmRequest;
import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.confirm.Confirmer;
import dev.lossadvisor.engine.input.InputException;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import dev.lossadvisor.engine.input.ModelDescription;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The confirm form as filled in: task, seeds, and an optional model (any format validate reads: a description, a
 * captured one, Keras JSON, Python source) whose configuration joins the run.
 *
 * @param head which output of the model to train, by its name in validate's results (a Python flow's story); "" for its only one
 */
record ConfirmForm(String task, String seeds, String model, String head) {
    static final ConfirmForm EMPTY = new ConfirmForm("binary", String.valueOf(ConfirmRequest.DEFAULT_SEEDS), "", "");

    /** This form with the task preselected, when the reference CNN models it (links from a recommendation pass it). */
    ConfirmForm withTask(String t) {
        return t != null && Confirmer.TASKS.contains(t) ? new ConfirmForm(t, seeds, model, head) : this;
    }

    static ConfirmForm of(Context ctx) {
        return new ConfirmForm(RecommendForm.text(ctx.formParam("task")), RecommendForm.text(ctx.formParam("seeds")),
                RecommendForm.text(ctx.formParam("model")), RecommendForm.text(ctx.formParam("head")));
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
            List<ModelDescription> heads = advisor.read(new ByteArrayInputStream(model.getBytes(StandardCharsets.UTF_8)));
            return new ConfirmRequest(task.isBlank() ? null : task, n, head.isBlank() ? LossAdvisor.single(heads) : chosen(heads));
        } catch (InputException e) {
            throw e.under("/model");
        }
    }

    /** The output named by the head field: validate shows one button per output (per flow into a loss, for Python). */
    private ModelDescription chosen(List<ModelDescription> heads) {
        return heads.stream().filter(h -> head.equals(h.head())).findFirst().orElseThrow(() -> new InputException("", "has no output '" + head + "'",
                "validate the model again and train one of the outputs it shows"));
    }
}
