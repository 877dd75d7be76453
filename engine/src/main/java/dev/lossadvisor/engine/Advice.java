package dev.lossadvisor.engine;

import java.util.List;

/**
 * What to use for a task: loss, output activation, label format and units, why, and the code per framework.
 *
 * @param task         the task the advice is for
 * @param taskEvidence why this task was chosen
 * @param units        output units, with K filled in when the number of classes is known
 */
public record Advice(String task, String taskEvidence, String loss, String activation, String labelFormat, String units,
                     String rationale, String alternatives, List<FrameworkCode> code) {

    /** The recommendation written for one framework. */
    public record FrameworkCode(String framework, String loss, String layer, String labels, String snippet) {}
}
