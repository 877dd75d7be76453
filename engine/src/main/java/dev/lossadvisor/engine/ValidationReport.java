package dev.lossadvisor.engine;

import dev.lossadvisor.engine.findings.Finding;
import dev.lossadvisor.engine.findings.Severity;
import dev.lossadvisor.engine.losses.LossValue;
import java.util.List;
import java.util.Map;

/**
 * The result of validating one model description.
 *
 * @param head            the output this report is about in a model with several outputs, else null
 * @param read            what was read: the output's units and activation and the loss they feed
 * @param suppressed      findings silenced by the description's own "suppress" entries
 * @param advice          what the rules recommend for the task they settled on, or null when the task is unknown
 * @param configuredLoss  the configured loss computed on the samples, or null without paired samples
 * @param recommendedLoss the recommended loss on the same predictions, or null
 * @param places          where the description's parts stand in the file ({@link dev.lossadvisor.engine.input.ModelDescription#locations()}):
 *                        a flow's output, loss and loss call in source code, for the other ends of a finding
 */
public record ValidationReport(String model, String head, String read, String framework, List<Finding> findings, List<Suppressed> suppressed, Advice advice,
                               LossValue configuredLoss, LossValue recommendedLoss, Map<String, String> places) {

    /** A file that was read and holds nothing to report: Python source without a flow into a loss. */
    public static ValidationReport clean(String model) {
        return new ValidationReport(model, null, null, null, List.of(), List.of(), null, null, null, Map.of());
    }

    /** The same report with other findings (a policy's selection, findings told what was observed). */
    public ValidationReport withFindings(List<Finding> other) {
        return new ValidationReport(model, head, read, framework, List.copyOf(other), suppressed, advice, configuredLoss, recommendedLoss, places);
    }

    /**
     * This report without the findings an earlier report of the same run gave: the same rule at the same place, as
     * when one loss is called in the training and the validation loop, or one model reaches it by two paths; the
     * findings it keeps are added to {@code reported} (rule and place). A finding placed off the flow's own output,
     * loss and call (at the labels) is one per output as well: two builders' heads trained on one set of labels are
     * two mistakes.
     */
    public ValidationReport withoutRepeats(java.util.Set<String> reported) {
        return withFindings(findings.stream().filter(f -> reported.add(f.rule() + " " + f.path() + offFlow(f.path()))).toList());
    }

    private String offFlow(String path) {
        if (places == null) return "";
        boolean own = path.equals(places.get("/output")) || path.equals(places.get("/loss")) || path.equals(places.get(""));
        return own ? "" : " " + places.getOrDefault("/output", "");
    }

    /** True when some finding is at least as severe as the threshold. */
    public boolean failsAt(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
