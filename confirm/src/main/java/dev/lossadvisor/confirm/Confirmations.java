package dev.lossadvisor.confirm;

import dev.lossadvisor.engine.input.ConfirmRequest;
import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.input.ModelDescription;
import dev.lossadvisor.facts.LossConfig;

/**
 * The confirm API: trains the reference CNN for an advisor's recommendations. It lives apart from the linting API
 * because it carries PyTorch's native library; the lint jar stays small without it.
 */
public final class Confirmations {
    private final LossAdvisor advisor;

    public Confirmations(LossAdvisor advisor) {
        this.advisor = advisor;
    }

    /**
     * Trains the reference CNN on a synthetic version of the task for each candidate (the recommendation, its
     * mistakes, and the description's own configuration when given) and reports which wins.
     *
     * @param user a model description whose output activation and loss join the candidates, or null
     * @throws InputException for a task the reference CNN does not model, or a user loss it cannot train
     */
    public ConfirmReport confirm(String task, int seeds, ModelDescription user, Progress progress) {
        return confirm(task, seeds, user, Shape.DEFAULT, progress);
    }

    /** As above, on a synthetic task shaped like real labels (a capture's: the share of rare positives, of outliers). */
    public ConfirmReport confirm(String task, int seeds, ModelDescription user, Shape shape, Progress progress) {
        return Confirmer.confirm(confirmTask(task, user), shape, seeds, 1, userActivation(user), userLoss(user), progress);
    }

    /** A request's run: a model with sample labels (a captured description) shapes the synthetic task as its labels are. */
    public ConfirmReport confirm(ConfirmRequest request, Progress progress) {
        ModelDescription user = request.model();
        Shape shape = user == null ? Shape.DEFAULT : Shape.of(user.samples(), "the labels of " + user.name());
        return confirm(request.task(), request.seeds(), user, shape, progress);
    }

    /** The synthetic task closest to a task of the rules (multiclass for distillation, ...), or null when there is none. */
    public static String confirmable(String task) {
        if (task == null) return null;
        String t = switch (task) {
            case "multiclass-large", "distillation" -> "multiclass";
            case "multilabel-imbalanced" -> "multilabel";
            case "margin-binary" -> "binary";
            default -> task;
        };
        return Confirmer.TASKS.contains(t) ? t : null;
    }

    /**
     * How much training {@link #confirm(ConfirmRequest, Progress)} will do: runs times epochs, for progress bars. Checks the request as
     * confirm would, so that a job queue can refuse it before it waits for a worker; problems with the model are
     * located under /model, where a request carries it.
     *
     * @throws InputException for a task the reference CNN does not model, or a user loss it cannot train
     */
    public Confirmer.Plan plan(ConfirmRequest request) {
        ModelDescription user = request.model();
        Confirmer.Plan plan = Confirmer.plan(confirmTask(request.task(), user), request.seeds(), user != null);
        if (user != null) {
            try {
                Confirmer.checkTrainable(userActivation(user), userLoss(user));
            } catch (InputException e) {
                throw e.under("/model");
            }
        }
        return plan;
    }

    /** The task given, else the model's own, else the one the rules tell from its loss and labels (a captured or Python one declares none). */
    private String confirmTask(String task, ModelDescription user) {
        if (task != null) return task;
        String t = user == null ? null : user.task() != null ? user.task() : told(user);
        if (t == null) throw new InputException("/task", "missing", "give a task: " + String.join(", ", Confirmer.TASKS));
        String c = confirmable(t);
        return c != null ? c : t;
    }

    private String told(ModelDescription user) {
        var advice = advisor.validate(user).advice();
        return advice == null ? null : advice.task();
    }

    private static String userActivation(ModelDescription user) {
        if (user == null) return null;
        if (user.output() == null) throw new InputException("/output", "the model file holds no output layer Loss Advisor can read", "describe the final layer in Loss Advisor JSON");
        return user.output().activation();
    }

    private LossConfig userLoss(ModelDescription user) {
        if (user == null) return null;
        if (user.loss() == null) throw new InputException("/loss", "the model file records no loss", "give the loss with --loss, or describe the model in Loss Advisor JSON");
        return advisor.catalog().resolve(user.framework(), user.loss());
    }
}
