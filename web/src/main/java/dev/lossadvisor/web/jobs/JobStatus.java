package dev.lossadvisor.web.jobs;

import dev.lossadvisor.confirm.ConfirmReport;
import dev.lossadvisor.engine.input.InputException;

/**
 * A snapshot of one confirm job; a job replaces its snapshot as it trains.
 *
 * @param doneEpochs  epochs trained so far over all runs
 * @param totalEpochs epochs the whole job trains
 * @param current     the candidate training now, or null
 * @param report      the result once done, else null
 * @param error       why the job failed or timed out, else null
 */
public record JobStatus(String id, State state, String task, int seeds, int doneEpochs, int totalEpochs, String current,
                        long seed, double lastLoss, ConfirmReport report, InputException error) {

    public enum State {
        QUEUED, RUNNING, DONE, FAILED, TIMED_OUT, INTERRUPTED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public boolean finished() {
            return this == DONE || this == FAILED || this == TIMED_OUT || this == INTERRUPTED;
        }
    }

    static JobStatus queued(String id, String task, int seeds, int totalEpochs) {
        return new JobStatus(id, State.QUEUED, task, seeds, 0, totalEpochs, null, 0, Double.NaN, null, null);
    }

    JobStatus progress(String candidate, long runSeed, double loss) {
        return new JobStatus(id, State.RUNNING, task, seeds, doneEpochs + 1, totalEpochs, candidate, runSeed, loss, null, null);
    }

    JobStatus running() {
        return new JobStatus(id, State.RUNNING, task, seeds, doneEpochs, totalEpochs, current, seed, lastLoss, null, null);
    }

    JobStatus done(ConfirmReport result) {
        return new JobStatus(id, State.DONE, task, seeds, totalEpochs, totalEpochs, null, 0, lastLoss, result, null);
    }

    JobStatus failed(State why, InputException problem) {
        return new JobStatus(id, why, task, seeds, doneEpochs, totalEpochs, current, seed, lastLoss, null, problem);
    }

    /** Share of the training done, 0 to 1. */
    public double fraction() {
        return totalEpochs == 0 ? 0 : (double) doneEpochs / totalEpochs;
    }
}
