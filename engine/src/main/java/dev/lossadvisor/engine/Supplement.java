package dev.lossadvisor.engine;

import dev.lossadvisor.engine.input.ModelDescription;
import dev.lossadvisor.engine.input.ModelDescription.LossSpec;

/**
 * What the user says about models whose files lack it (--loss, --task, or a per-path entry in loss-advisor.json).
 * It fills gaps only: a loss or task the file records wins.
 *
 * @param task normalised task kind, or null
 * @param loss loss name, or null
 */
public record Supplement(String task, String loss) {
    public static final Supplement NONE = new Supplement(null, null);

    /** This supplement, with the other's values where this one has none. */
    public Supplement or(Supplement other) {
        return new Supplement(task != null ? task : other.task, loss != null ? loss : other.loss);
    }

    public ModelDescription applyTo(ModelDescription d) {
        if (task == null && loss == null) return d;
        return d.supplemented(task, loss == null ? null : LossSpec.named(loss));
    }
}
