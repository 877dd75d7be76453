package dev.lossadvisor.web.pages;

import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.engine.input.RecommendRequest;
import dev.lossadvisor.engine.input.InputException;
import io.javalin.http.Context;
import java.util.List;

/** The recommend form as the user filled it in; kept verbatim so that a page with an error shows it again. */
record RecommendForm(String task, String classes, List<String> frameworks, String labels) {
    static final RecommendForm EMPTY = new RecommendForm("", "", LossAdvisor.FRAMEWORKS, "");

    static RecommendForm of(Context ctx) {
        return new RecommendForm(text(ctx.formParam("task")), text(ctx.formParam("classes")), ctx.formParams("frameworks"),
                text(ctx.formParam("labels")));
    }

    /** @throws InputException naming the form field (as a JSON pointer) that is wrong */
    RecommendRequest request(LossAdvisor advisor) {
        int k = 0;
        if (!classes.isBlank()) {
            try {
                k = Integer.parseInt(classes.strip());
            } catch (NumberFormatException e) {
                k = -1;
            }
            if (k < 1) throw new InputException("/classes", "must be a whole number of 1 or more, got '" + classes + "'", "leave it empty when unknown");
        }
        return new RecommendRequest(task.isBlank() ? null : task, frameworks, k, labels.isBlank() ? null : advisor.parseLabels(labels, "/labels"));
    }

    static String text(String s) {
        return s == null ? "" : s;
    }
}
