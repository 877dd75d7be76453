package dev.lossadvisor.engine.input;

import dev.lossadvisor.engine.samples.SampleMatrix;
import java.util.List;

/**
 * A request for advice.
 *
 * @param task       task kind (see {@code LossAdvisor.TASKS}), or null to infer it from the labels
 * @param frameworks frameworks to write code for; empty means all
 * @param numClasses classes or labels, 0 when unknown
 * @param labels     sample labels, or null
 */
public record RecommendRequest(String task, List<String> frameworks, int numClasses, SampleMatrix labels) {

    public RecommendRequest {
        frameworks = frameworks == null ? List.of() : List.copyOf(frameworks);
    }

    public static RecommendRequest forTask(String task) {
        return new RecommendRequest(task, List.of(), 0, null);
    }
}
