package dev.lossadvisor.cli;

import dev.lossadvisor.confirm.Confirmations;
import dev.lossadvisor.confirm.Confirmer;
import dev.lossadvisor.confirm.Shape;
import dev.lossadvisor.engine.Advice;
import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.engine.capture.Captured;
import dev.lossadvisor.engine.capture.CapturedReader;
import dev.lossadvisor.engine.input.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The loss call site of a capture that 'confirm --from' trains: its configuration, task and label shape. */
record CaptureSite(Captured captured, String task, Shape shape, int sites) {

    /** The first call site the program reached, with captured labels. */
    static CaptureSite first(LossAdvisor advisor, Path dir) {
        if (!Files.isDirectory(dir)) throw new InputException("--from", dir + " is no directory", "name the --out directory of 'loss-advisor capture'");
        List<Captured> all = CapturedReader.read(advisor, dir);
        Captured c = all.stream().filter(x -> x.description().samples() != null && x.description().samples().labelStats() != null).findFirst()
                .orElseThrow(() -> new InputException("--from", dir + " holds no captured loss call with labels",
                        "run 'loss-advisor capture --out " + dir + " -- python3 train.py' first"));
        Advice advice = c.validate(advisor).advice();
        if (advice == null) throw new InputException("--from", "the task of " + c.description().head() + " could not be told from what was captured", "give it with --task");
        String task = Confirmations.confirmable(advice.task());
        if (task == null) {
            throw new InputException("--from", "the captured task is " + advice.task() + ", which confirm has no synthetic task for",
                    "confirm covers " + String.join(", ", Confirmer.TASKS));
        }
        return new CaptureSite(c, task, Shape.of(c.description().samples(), "the labels captured at " + c.description().head()), all.size());
    }

    String summary() {
        String shaped = shape.describe(task);
        return captured.description().head() + " (the first of " + sites + " call site(s) captured), task " + task + " from its labels"
                + (shaped.isEmpty() ? "" : "; " + shaped + ", as captured");
    }
}
