package dev.lossadvisor.confirm;

import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.facts.LossConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.IntStream;

/**
 * Runs the reference CNN on a synthetic task once per candidate and seed, and weighs the recommendation against
 * the mistakes: it beats one when its mean paired difference over the seeds clears a one-sided 95% t-test and the
 * margin ({@link PairedDifference}). Confirmed when it beats at least one mistake and no mistake beats it;
 * not-confirmed when a mistake (or the user's configuration) beats it; inconclusive otherwise.
 */
public final class Confirmer {
    static {
        // DJL must never try the network: the engine ships in the jars on the class path
        if (System.getProperty("ai.djl.offline") == null) System.setProperty("ai.djl.offline", "true");
    }

    public static final List<String> TASKS = SyntheticTask.TASKS;
    /**
     * One training at a time in a JVM: DJL's PyTorch engine keeps gradient state that two concurrent trainings
     * corrupt ("a leaf Variable that requires grad is being used in an in-place operation", seen with two jobs).
     * On a laptop CPU a second training would only halve the speed of the first anyway.
     */
    private static final ReentrantLock TRAINING = new ReentrantLock();

    private Confirmer() {}

    /** The training a confirm run will do on {@code task}: {@code runs} runs of {@code epochsPerRun} epochs each. */
    public record Plan(String task, int runs, int epochsPerRun) {
        public int totalEpochs() {
            return runs * epochsPerRun;
        }
    }

    /** @throws InputException for a task the reference CNN does not model or a seed count out of range */
    public static Plan plan(String task, int seeds, boolean withUser) {
        check(task, seeds);
        SyntheticTask t = SyntheticTask.of(task);
        return new Plan(task, (t.candidates().size() + (withUser ? 1 : 0)) * seeds, t.epochs());
    }

    /** @throws InputException at /loss/name when the reference CNN cannot train this loss */
    public static void checkTrainable(String activation, LossConfig loss) {
        userCandidate(activation, loss);
    }

    private static void check(String task, int seeds) {
        if (!TASKS.contains(task)) {
            throw new InputException("/task", "confirm has no synthetic task '" + task + "'", "confirm supports " + String.join(", ", TASKS));
        }
        if (seeds < 1 || seeds > 10) throw new InputException("/seeds", "must be between 1 and 10, got " + seeds, "3 seeds are the default");
    }

    /**
     * @param userLoss the user's resolved loss and activation, or null
     * @throws InputException for a task the reference CNN does not model, or a user loss it cannot train
     */
    public static ConfirmReport confirm(String task, int seeds, long firstSeed, String userActivation, LossConfig userLoss, Progress progress) {
        return confirm(task, Shape.DEFAULT, seeds, firstSeed, userActivation, userLoss, progress);
    }

    /** @param shape the rare-positive and outlier shares of the synthetic task (from captured labels) */
    public static ConfirmReport confirm(String task, Shape shape, int seeds, long firstSeed, String userActivation, LossConfig userLoss, Progress progress) {
        check(task, seeds);
        TRAINING.lock();
        try {
            return run(task, shape, seeds, firstSeed, userActivation, userLoss, progress);
        } finally {
            TRAINING.unlock();
        }
    }

    private static ConfirmReport run(String task, Shape shape, int seeds, long firstSeed, String userActivation, LossConfig userLoss, Progress progress) {
        long start = System.nanoTime();
        SyntheticTask t = SyntheticTask.of(task, shape);
        List<Candidate> candidates = new ArrayList<>(t.candidates());
        if (userLoss != null) candidates.add(userCandidate(userActivation, userLoss));
        List<Long> seedList = IntStream.range(0, seeds).mapToObj(i -> firstSeed + i).toList();
        List<ConfirmReport.CandidateSummary> summaries = new ArrayList<>();
        for (Candidate c : candidates) {
            List<RunResult> runs = new ArrayList<>();
            for (long seed : seedList) runs.add(ReferenceCnn.run(t, c, seed, t.train(seed), t.test(seed), progress));
            summaries.add(summarise(c, runs, t.epochs()));
        }
        ConfirmReport.CandidateSummary rec = summaries.get(0);
        List<ConfirmReport.Comparison> comparisons = new ArrayList<>();
        for (ConfirmReport.CandidateSummary other : summaries.subList(1, summaries.size())) comparisons.add(compare(t, rec, other));
        String[] verdict = verdict(t, rec, comparisons);
        return new ConfirmReport(task, t.metric(), t.higherIsBetter(), seedList, t.epochs(), List.copyOf(summaries), List.copyOf(comparisons),
                verdict[0], verdict[1], (System.nanoTime() - start) / 1_000_000, setting(shape, task));
    }

    /** What of the user's labels the task took, and from where. */
    private static String setting(Shape shape, String task) {
        String facts = shape.describe(task);
        return facts.isEmpty() ? "" : facts + ", as in " + shape.source();
    }

    /** The user's configuration as a candidate, by what its loss takes and its final activation. */
    private static Candidate userCandidate(String activation, LossConfig loss) {
        String kind = switch (loss.kind()) {
            case "sparse_cce" -> "cce";
            case "bce", "cce", "nll", "mse", "mae", "huber", "binary_focal" -> loss.kind();
            default -> throw new InputException("/loss/name", "confirm cannot train " + loss.name() + " yet",
                    "confirm trains BCE, focal, categorical, NLL, MSE, MAE and Huber losses");
        };
        Candidate c = Candidate.of("user", "your configuration: " + activation + " + " + loss.name(), "user", activation, kind, loss.input());
        if (loss.epsilon() != null) c = c.withEpsilon(loss.epsilon());
        if (loss.gamma() != null) c = c.withFocal(loss.gamma(), Double.NaN);
        return c;
    }

    private static ConfirmReport.CandidateSummary summarise(Candidate c, List<RunResult> runs, int epochs) {
        List<Double> curve = new ArrayList<>();
        for (int e = 0; e < epochs; e++) {
            int epoch = e;
            curve.add(runs.stream().mapToDouble(r -> r.lossCurve().get(epoch)).average().orElse(Double.NaN));
        }
        double[] metric = runs.stream().mapToDouble(RunResult::metric).toArray();
        return new ConfirmReport.CandidateSummary(c, mean(metric), std(metric), runs.stream().mapToDouble(RunResult::ece).average().orElse(Double.NaN),
                runs.stream().mapToDouble(RunResult::brier).average().orElse(Double.NaN), (int) runs.stream().filter(RunResult::nonFinite).count(),
                List.copyOf(curve), List.copyOf(runs));
    }

    private static ConfirmReport.Comparison compare(SyntheticTask t, ConfirmReport.CandidateSummary rec, ConfirmReport.CandidateSummary other) {
        int n = rec.runs().size();
        double sign = t.higherIsBetter() ? 1 : -1;
        double[] differences = new double[n];
        for (int i = 0; i < n; i++) differences[i] = sign * (finite(rec.runs().get(i).metric(), t) - finite(other.runs().get(i).metric(), t));
        PairedDifference d = PairedDifference.of(differences);
        return new ConfirmReport.Comparison(other.candidate().id(), other.candidate().role(), d.outcome(), d.mean(), d.threshold(), d.won());
    }

    /**
     * A diverged run scores the worst possible value, not NaN, so that it loses comparisons: 0, or for an error
     * metric one far beyond any of these tasks' whose square still fits a double (the paired spread squares it).
     */
    private static double finite(double v, SyntheticTask t) {
        if (Double.isFinite(v)) return v;
        return t.higherIsBetter() ? 0 : 1e12;
    }

    private static String[] verdict(SyntheticTask t, ConfirmReport.CandidateSummary rec, List<ConfirmReport.Comparison> comparisons) {
        List<ConfirmReport.Comparison> contenders = comparisons.stream().filter(c -> !c.role().equals("alternative")).toList();
        List<String> beatenBy = contenders.stream().filter(c -> c.outcome().equals("worse")).map(ConfirmReport.Comparison::other).toList();
        List<String> beats = contenders.stream().filter(c -> c.outcome().equals("better")).map(ConfirmReport.Comparison::other).toList();
        String score = String.format(Locale.ROOT, "%s %.3f ± %.3f", t.metric(), rec.metricMean(), rec.metricStd());
        // one seed cannot tell noise from an effect: say so beside any verdict
        String weak = rec.runs().size() == 1 ? "; one seed is weak evidence: run 3 or more" : "";
        String how = rec.runs().size() == 1 ? " by more than the margin" : " on paired seeds, beyond their spread (one-sided t-test, 95%)";
        if (!beatenBy.isEmpty()) {
            return new String[] {"not-confirmed", rec.candidate().label() + " (" + score + ") is beaten by " + String.join(", ", beatenBy) + weak};
        }
        List<String> userTies = contenders.stream().filter(c -> c.role().equals("user") && c.outcome().equals("tie")).map(ConfirmReport.Comparison::other).toList();
        if (!beats.isEmpty() && !userTies.isEmpty()) {
            // never "confirmed" over a table where the user's own configuration does as well
            return new String[] {"inconclusive", rec.candidate().label() + " (" + score + ") beats " + String.join(", ", beats)
                    + ", but your configuration ties with it (within the margin)" + weak};
        }
        if (!beats.isEmpty()) {
            return new String[] {"confirmed", rec.candidate().label() + " (" + score + ") beats " + String.join(", ", beats)
                    + how + weak};
        }
        return new String[] {"inconclusive", rec.candidate().label() + " (" + score + ") is within noise of every alternative" + weak};
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }

    private static double std(double[] v) {
        if (v.length < 2) return 0;
        double m = mean(v);
        double s = 0;
        for (double x : v) s += (x - m) * (x - m);
        return Math.sqrt(s / (v.length - 1));
    }
}
