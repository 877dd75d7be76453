package dev.lossadvisor.confirm;

/** Told after every epoch of every run, for progress bars and live charts. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (candidate, seed, epoch, epochs, loss) -> { };

    void epoch(Candidate candidate, long seed, int epoch, int epochs, double loss);
}
