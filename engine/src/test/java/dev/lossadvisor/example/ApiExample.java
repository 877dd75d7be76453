package dev.lossadvisor.example;

import dev.lossadvisor.engine.Advice;
import dev.lossadvisor.engine.findings.Finding;
import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.engine.input.RecommendRequest;
import dev.lossadvisor.engine.ValidationReport;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.input.ModelDescription;
import java.nio.file.Path;
import java.util.List;

public class ApiExample {
    public static void main(String[] args) {
        LossAdvisor advisor = LossAdvisor.create(); // load once: immutable, thread-safe, reusable

        // any model file lint reads, detected by content: one description per output head
        Path model = Path.of(args.length > 0 ? args[0] : "samples/categorical-loss-single-unit/bad-two-heads.json");
        try {
            for (ModelDescription head : advisor.read(model)) {
                ValidationReport report = advisor.validate(head);
                for (Finding f : report.findings()) {
                    System.out.println(report.head() + ": " + f.code() + " " + f.rule() + " (" + f.severity().id() + ") at " + f.path());
                }
            }
        } catch (InputException e) { // bad input: the JSON pointer, the problem and what to do, in one line
            System.out.println(e.oneLine());
        }

        Advice advice = advisor.recommend(new RecommendRequest("multilabel", List.of("pytorch"), 5, null));
        System.out.println(advice.loss() + " -> " + advice.code().get(0).loss() + ", " + advice.code().get(0).layer());
    }
}
