package dev.lossadvisor.engine.rules;

import dev.lossadvisor.engine.findings.Finding;
import dev.lossadvisor.facts.FrameworkAdvice;
import dev.lossadvisor.facts.LabelForm;
import dev.lossadvisor.facts.OutputForm;
import dev.lossadvisor.facts.Recommendation;
import dev.lossadvisor.facts.Task;
import java.util.List;

/** What one rule session concluded. Task, forms and recommendation are null when the rules could not settle them. */
public record Conclusions(List<Finding> findings, Task task, OutputForm outputForm, LabelForm labelForm,
                          Recommendation recommendation, List<FrameworkAdvice> advice) {}
